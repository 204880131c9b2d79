using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using IetPortal.Domain.Common;
using IetPortal.Web.Tests.Infrastructure;

using static IetPortal.Web.Tests.ProposalList.ProposalListPages;

namespace IetPortal.Web.Tests.ProposalList;

/// <summary>
/// The title search and hostile query strings, on SQLite and on PostgreSQL: the two disagree on what LIKE and lower()
/// mean and on which characters a text parameter may hold, so the search is checked on both.
/// </summary>
public abstract class ProposalSearchTests(IetPortalFactory app)
{
    [Fact]
    public async Task Searching_by_title_ignores_case_and_matches_anywhere_in_the_title()
    {
        await ProposalSeed.AddAsync(app, "BTC", "Welding Fundamentals IET", "Nursing Assistant with ELL", "Bridge to ADVANCED WELDING");
        using var client = await app.SignedInStaffAsync("BTC");

        var page = await client.GetDocumentAsync("/proposals?q=welding");

        Assert.Equal(["Bridge to ADVANCED WELDING", "Welding Fundamentals IET"], Titles(page).Order());
        Assert.Equal("welding", page.QuerySelector<IHtmlInputElement>("input#q")?.Value);
        Assert.Contains("2 proposals matching the search", page.QuerySelector("caption")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Percent_and_underscore_in_a_search_are_plain_characters_not_wildcards()
    {
        await ProposalSeed.AddAsync(app, "CVTC", "CNA 100% online", "CNA_evening", "CNA evening");
        using var client = await app.SignedInStaffAsync("CVTC");

        Assert.Equal(["CNA 100% online"], Titles(await client.GetDocumentAsync("/proposals?q=%25")));
        Assert.Equal(["CNA_evening"], Titles(await client.GetDocumentAsync("/proposals?q=_")));
    }

    [Fact]
    public async Task A_title_with_accented_capitals_is_found_by_its_exact_spelling()
    {
        await ProposalSeed.AddAsync(app, "CVTC", "École de soudure IET", "Another title");
        using var client = await app.SignedInStaffAsync("CVTC");

        Assert.Equal(["École de soudure IET"], Titles(await client.GetDocumentAsync("/proposals?q=%C3%89cole")));
    }

    [Fact]
    public async Task Staff_never_see_another_college_proposal_even_when_its_title_matches()
    {
        await ProposalSeed.AddAsync(app, "MADISON", "Scoped search target");
        await ProposalSeed.AddAsync(app, "MATC", "Scoped search target at MATC");
        using var client = await app.SignedInStaffAsync("MATC");

        var searched = await client.GetDocumentAsync("/proposals?q=scoped+search+target");
        var everything = await client.GetDocumentAsync("/proposals?page=1");

        Assert.Equal(["Scoped search target at MATC"], Titles(searched));
        Assert.DoesNotContain("Scoped search target", Titles(everything));
    }

    [Theory]
    [InlineData("page=-1", "The page number in the address was not valid")]
    [InlineData("page=0", "The page number in the address was not valid")]
    [InlineData("page=abc", "The page number in the address was not valid")]
    [InlineData("page=99999999999999999999", "The page number in the address was not valid")]
    [InlineData("page=2147483647", "There is no page 2147483647")]
    [InlineData("status=Nonsense", "The status in the address is not one IetPortal knows")]
    [InlineData("status=3", "The status in the address is not one IetPortal knows")]
    [InlineData("status=Draft,Approved", "The status in the address is not one IetPortal knows")]
    [InlineData("pathway=999999", "The career pathway in the address was not found")]
    [InlineData("pathway=-4", "The career pathway in the address was not found")]
    [InlineData("pathway=%27%20OR%201=1--", "The career pathway in the address was not found")]
    [InlineData("q=%00%01Hostile%7F%1B", "Invisible control characters were removed")]
    [InlineData("q=%FF%FE%FD", null)]
    [InlineData("q=%27%3B%20DROP%20TABLE%20Proposals%3B--", null)]
    [InlineData("q=a&q=b&status=Draft&status=Approved&page=1&page=2", null)]
    [InlineData("q=&status=&pathway=&page=", null)]
    public async Task Hostile_query_strings_get_the_nearest_sensible_list_never_an_error(string queryString, string? note)
    {
        await ProposalSeed.AddAsync(app, "NICOLET", "Hostile query target");
        using var client = await app.SignedInStaffAsync("NICOLET");

        using var response = await client.GetAsync("/proposals?" + queryString);
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("IET proposals of", page.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        if (note is not null)
        {
            Assert.Contains(note, page.QuerySelector(".usa-alert--info")?.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_ten_thousand_character_search_is_shortened_to_the_longest_title()
    {
        using var client = await app.SignedInStaffAsync("NICOLET");

        using var response = await client.GetAsync("/proposals?q=" + new string('w', 10_000));
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FieldLengths.ShortText, page.QuerySelector<IHtmlInputElement>("input#q")?.Value.Length);
        Assert.Contains("The search was shortened to 200 characters", page.QuerySelector(".usa-alert--info")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("No proposals match", page.QuerySelector("main h2")?.TextContent);
    }

}

public sealed class SqliteProposalSearchTests(SqliteAppFactory app) : ProposalSearchTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresProposalSearchTests(PostgresAppFactory app) : ProposalSearchTests(app), IClassFixture<PostgresAppFactory>
{
    private readonly PostgresAppFactory _app = app;

    [Fact]
    public async Task On_PostgreSQL_case_is_ignored_beyond_ASCII_too()
    {
        await ProposalSeed.AddAsync(_app, "WTC", "ÉCOLE DE SOUDURE", "Another title");
        using var client = await _app.SignedInStaffAsync("WTC");

        Assert.Equal(["ÉCOLE DE SOUDURE"], Titles(await client.GetDocumentAsync("/proposals?q=%C3%A9cole")));
    }
}
