using IetPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace IetPortal.Web.Tests.Catalog;

/// <summary>The app with the public catalog's output cache on, as it runs outside the tests (60 seconds).</summary>
public sealed class CachedCatalogFactory : ApiAppFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Catalog:CacheSeconds", "60");
    }
}

public sealed class CatalogCacheTests(CachedCatalogFactory app) : IClassFixture<CachedCatalogFactory>
{
    [Fact]
    public async Task Anonymous_visitors_get_the_cached_catalog_page_and_api_answer_while_signed_in_people_and_other_queries_see_new_approvals()
    {
        var world = await CatalogWorld.PeopleOnlyAsync(app);
        await world.ApprovedAsync("Cacheable Nursing Bridge A", ProgramPlace.NursingAtMatc, "WTCS-CACHE-1");
        using var visitor = app.CreateAppClient();
        var pageBefore = await HeadingAsync(visitor, "/catalog?q=Cacheable");
        var apiBefore = await BodyAsync(visitor, "/api/v1/programs?q=Cacheable");

        await world.ApprovedAsync("Cacheable Nursing Bridge B", ProgramPlace.NursingAtMatc, "WTCS-CACHE-2");
        var pageAfter = await HeadingAsync(visitor, "/catalog?q=Cacheable");
        var apiAfter = await BodyAsync(visitor, "/api/v1/programs?q=Cacheable");
        var otherQuery = await HeadingAsync(visitor, "/catalog?q=Cacheable&page=1");
        using var reviewer = await app.CreateSignedInAsync(world.Reviewer);
        var signedIn = await HeadingAsync(reviewer, "/catalog?q=Cacheable");

        Assert.Equal("1 approved program matches your search", pageBefore);
        Assert.Equal(pageBefore, pageAfter);
        Assert.Equal(apiBefore, apiAfter);
        Assert.Contains("Cacheable Nursing Bridge A", apiAfter, StringComparison.Ordinal);
        Assert.DoesNotContain("Cacheable Nursing Bridge B", apiAfter, StringComparison.Ordinal);
        Assert.Equal("2 approved programs match your search", otherQuery);
        Assert.Equal("2 approved programs match your search", signedIn);
    }

    private static async Task<string> HeadingAsync(AppClient client, string url) =>
        (await client.GetDocumentAsync(url)).QuerySelector("#results-heading")!.TextContent.Trim();

    private static async Task<string> BodyAsync(AppClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
