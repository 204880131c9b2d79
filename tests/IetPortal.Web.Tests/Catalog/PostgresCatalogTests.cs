using System.Globalization;
using System.Net;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Tests.Api;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Catalog;

/// <summary>Two approved programs and a draft on PostgreSQL, built once for <see cref="PostgresCatalogTests"/>.</summary>
public sealed class PostgresCatalogFactory() : ApiAppFactory(DatabaseProvider.Postgres), IAsyncLifetime
{
    public int Cna { get; private set; }

    public int Welding { get; private set; }

    public int Draft { get; private set; }

    public async Task InitializeAsync()
    {
        var world = await CatalogWorld.PeopleOnlyAsync(this);
        Cna = await world.ApprovedAsync("Nursing Assistant with Integrated English Language Learning", ProgramPlace.NursingAtMatc, "IET-2027-0701");
        Welding = await world.ApprovedAsync("Welding Fundamentals with Contextualized Math", ProgramPlace.WeldingAtMadison, "IET-2027-0702");
        Draft = await world.DraftAsync("Hidden draft on PostgreSQL", ProgramPlace.NursingAtMatc);
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// The catalog's and the API's queries translate to the same meaning on PostgreSQL: codes and words compared without
/// case, the area and pathway filters, paging, and the detail of an approved program only.
/// </summary>
public sealed class PostgresCatalogTests(PostgresCatalogFactory app) : IClassFixture<PostgresCatalogFactory>
{
    [Fact]
    public async Task On_PostgreSQL_the_api_filters_page_and_find_only_approved_programs()
    {
        var nursing = await app.WithDbAsync(db => db.CareerPathways.Where(w => w.Name.StartsWith("Nursing")).Select(w => w.Id).SingleAsync());

        Assert.Equal([app.Cna, app.Welding], (await app.GetJsonAsync("/api/v1/programs")).ItemIds);
        Assert.Equal([app.Cna], (await app.GetJsonAsync("/api/v1/programs?college=matc")).ItemIds);
        Assert.Equal([app.Welding], (await app.GetJsonAsync("/api/v1/programs?q=WELD")).ItemIds);
        Assert.Equal([app.Cna], (await app.GetJsonAsync("/api/v1/programs?wda=2")).ItemIds);
        Assert.Equal([app.Welding], (await app.GetJsonAsync("/api/v1/programs?occupation=51-4121")).ItemIds);
        Assert.Equal([app.Cna], (await app.GetJsonAsync($"/api/v1/programs?pathway={nursing.ToString(CultureInfo.InvariantCulture)}")).ItemIds);
        var second = await app.GetJsonAsync("/api/v1/programs?pageSize=1&page=2");
        Assert.Equal([app.Welding], second.ItemIds);
        Assert.Equal(2, second.Json["totalPages"]!.GetValue<int>());

        var detail = await app.GetJsonAsync($"/api/v1/programs/{app.Cna}");
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.Equal(6, detail.Json["learningObjectives"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetJsonAsync($"/api/v1/programs/{app.Draft}")).Status);
    }

    [Fact]
    public async Task On_PostgreSQL_the_catalog_pages_show_the_approved_programs()
    {
        using var client = app.CreateAppClient();

        var list = await client.GetDocumentAsync("/catalog?college=matc&q=nursing");
        var detail = await client.GetDocumentAsync($"/catalog/{app.Welding}");
        using var draft = await client.GetAsync($"/catalog/{app.Draft}");

        Assert.Equal([$"/catalog/{app.Cna}"], list.QuerySelectorAll(".ietportal-catalog-results h3 a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Welding Fundamentals with Contextualized Math", detail.QuerySelector("h1")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
    }
}
