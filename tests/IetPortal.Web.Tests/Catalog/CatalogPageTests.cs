using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Catalog;

/// <summary>
/// The public catalog as an anonymous visitor sees it: only approved, current programs (never a draft, a proposal under
/// review, a superseded version or an amendment in progress), searchable by pathway, college, occupation and WDA, a
/// detail page with what a learner needs, and not a word of the review behind them.
/// </summary>
[Collection(CatalogWorldGroup.Name)]
public sealed class CatalogPageTests(CatalogWorldFactory app)
{
    private CatalogWorld World => app.World;

    [Fact]
    public async Task Anonymous_visitors_see_every_approved_current_program_in_title_order_and_nothing_else()
    {
        using var client = app.CreateAppClient();

        var page = await client.GetDocumentAsync("/catalog");

        Assert.Equal(World.Approved, ProgramIds(page));
        Assert.Equal("4 approved programs are in the catalog", page.QuerySelector("#results-heading")!.TextContent.Trim());
        Assert.Equal("Program catalog - IetPortal", page.Title);
        var text = page.Body!.TextContent;
        Assert.Contains(CatalogWorld.AmendedTitle, text, StringComparison.Ordinal);
        Assert.Contains("Medical Assistant Pathway Bridge", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden ", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("submitted")]
    [InlineData("in review")]
    [InlineData("returned")]
    [InlineData("withdrawn")]
    [InlineData("superseded")]
    [InlineData("amendment in progress")]
    public async Task A_proposal_that_is_not_approved_and_current_is_not_found(string state)
    {
        var id = World.Hidden[state];
        using var client = app.CreateAppClient();

        using var response = await client.GetAsync($"/catalog/{id}");
        var list = await client.GetDocumentAsync("/catalog");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain(id, ProgramIds(list));
    }

    [Fact]
    public async Task The_detail_page_shows_what_a_learner_needs_to_know()
    {
        using var client = app.CreateAppClient();

        var page = await client.GetDocumentAsync($"/catalog/{World.Cna}");

        var text = page.Body!.TextContent;
        Assert.Equal("Nursing Assistant with Integrated English Language Learning", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Nursing Assistant with Integrated English Language Learning - IetPortal", page.Title);
        Assert.Contains("Milwaukee Area Technical College, Milwaukee", page.QuerySelector(".usa-intro")!.TextContent, StringComparison.Ordinal);

        // What you learn: the single set of objectives with what each integrates.
        var objectives = page.QuerySelectorAll(".ietportal-catalog-objectives > li");
        Assert.Equal(6, objectives.Length);
        Assert.Contains("Calculate and record a resident's intake and output for a shift.", objectives[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Adding and converting milliliters and ounces", objectives[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Measure and record intake and output.", objectives[1].TextContent, StringComparison.Ordinal);

        // Credentials along the pathway, the entry step marked.
        Assert.Contains("Nursing Assistant (30-543-1): WTCS technical diploma, WTCS technical college", text, StringComparison.Ordinal);
        var entry = page.QuerySelectorAll("ol.usa-list > li").Single(li => li.TextContent.Contains("(this program)", StringComparison.Ordinal));
        Assert.Contains("Nursing Assistant (CNA)", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("Wisconsin Nurse Aide Registry listing", entry.TextContent, StringComparison.Ordinal);

        // Hours per component, dates, schedule, delivery and place.
        var rows = page.QuerySelectorAll("table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("96 hours", rows[0], StringComparison.Ordinal);
        Assert.Contains("Monday, 9:00 AM to 12:00 PM, Room M-312", rows[0], StringComparison.Ordinal);
        Assert.Contains("32 hours", rows[1], StringComparison.Ordinal);
        Assert.Contains("120 hours", rows[2], StringComparison.Ordinal);
        Assert.Contains("Jan 19, 2026 to May 1, 2026", rows[2], StringComparison.Ordinal);
        Assert.Equal("Contact hours, dates and weekly schedule of each part of the program", page.QuerySelector("table caption")!.TextContent);
        Assert.Contains("248 hours in all", text, StringComparison.Ordinal);
        Assert.Contains("In person", text, StringComparison.Ordinal);
        Assert.Contains("MATC Downtown Milwaukee Campus, 700 W. State Street, Milwaukee", text, StringComparison.Ordinal);
        Assert.Contains("Jan 12, 2026 to May 1, 2026 (16 weeks)", text, StringComparison.Ordinal);

        // How to reach the college, and the approval in force.
        var contact = page.QuerySelector("address")!;
        Assert.Equal("mailto:info@matc.edu", contact.QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));
        Assert.Contains("(414) 297-6282", contact.TextContent, StringComparison.Ordinal);
        Assert.Contains("as IET-2027-0501", text, StringComparison.Ordinal);
        Assert.Contains("in force from Jul 1, 2027 to Jun 30, 2030", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_approved_program_under_amendment_shows_its_approved_version()
    {
        using var client = app.CreateAppClient();

        var page = await client.GetDocumentAsync($"/catalog/{World.UnderAmendment}");

        Assert.Equal("Medical Assistant Pathway Bridge", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("IET-2027-0504", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_internal_text_appears_on_any_catalog_page()
    {
        using var client = app.CreateAppClient();
        var urls = new List<string> { "/catalog", "/catalog?college=MATC", "/catalog?q=nursing&wda=2", "/catalog?college=NICOLET" };
        urls.AddRange(World.Approved.Select(id => $"/catalog/{id}"));

        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            var text = (await AppClient.ParseAsync(response)).Body!.TextContent;
            foreach (var secret in World.InternalTexts)
            {
                Assert.False(html.Contains(secret, StringComparison.OrdinalIgnoreCase) || text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{url} shows \"{secret}\"");
            }
        }
    }

    [Fact]
    public async Task Each_filter_and_their_combination_narrow_the_results()
    {
        using var client = app.CreateAppClient();
        var nursing = await app.WithDbAsync(db => db.CareerPathways.Where(w => w.Name.StartsWith("Nursing")).Select(w => w.Id).SingleAsync());

        Assert.Equal([World.Cna, World.Amended], ProgramIds(await client.GetDocumentAsync($"/catalog?pathway={nursing}")));
        Assert.Equal([World.UnderAmendment, World.Cna], ProgramIds(await client.GetDocumentAsync("/catalog?college=MATC")));
        Assert.Equal([World.Welding], ProgramIds(await client.GetDocumentAsync("/catalog?occupation=51-4121")));
        Assert.Equal([World.UnderAmendment, World.Cna], ProgramIds(await client.GetDocumentAsync("/catalog?wda=2")));
        Assert.Equal([World.Amended], ProgramIds(await client.GetDocumentAsync($"/catalog?pathway={nursing}&wda=1")));
        Assert.Equal([World.UnderAmendment, World.Amended], ProgramIds(await client.GetDocumentAsync("/catalog?q=BRIDGE")));

        var filtered = await client.GetDocumentAsync("/catalog?college=MATC&occupation=31-9092");
        Assert.Equal([World.UnderAmendment], ProgramIds(filtered));
        Assert.Equal("1 approved program matches your search", filtered.QuerySelector("#results-heading")!.TextContent.Trim());
        Assert.Equal("MATC", filtered.QuerySelector("#college option[selected]")!.GetAttribute("value"));
        Assert.Equal("31-9092", filtered.QuerySelector("#occupation option[selected]")!.GetAttribute("value"));
        Assert.StartsWith("Program catalog: 1 approved program", filtered.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_form_offers_the_choices_that_can_find_programs()
    {
        using var client = app.CreateAppClient();

        var page = await client.GetDocumentAsync("/catalog");

        var form = page.QuerySelector("form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(16, page.QuerySelectorAll("#college option").Length - 1);
        Assert.Equal(11, page.QuerySelectorAll("#wda option").Length - 1);
        Assert.Equal(
            ["", "29-2061", "31-9092", "31-1131", "51-4121"],
            page.QuerySelectorAll("#occupation option").Select(o => o.GetAttribute("value")));
        Assert.Contains(page.QuerySelectorAll("#occupation option"), o => o.TextContent == "Nursing Assistants (SOC 31-1131)");
        foreach (var id in new[] { "q", "pathway", "college", "occupation", "wda" })
        {
            Assert.NotNull(page.QuerySelector($"label[for='{id}']"));
        }
    }

    [Fact]
    public async Task An_empty_result_says_what_was_searched_and_offers_to_remove_each_filter()
    {
        using var client = app.CreateAppClient();

        var page = await client.GetDocumentAsync("/catalog?college=NICOLET&occupation=31-1131");

        Assert.Equal("No approved programs match your search", page.QuerySelector("#results-heading")!.TextContent.Trim());
        Assert.Empty(ProgramIds(page));
        var removals = page.QuerySelectorAll("section[aria-labelledby=results-heading] ul.usa-list li").ToList();
        Assert.Equal(2, removals.Count);
        Assert.StartsWith("College: Nicolet College", removals[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("/catalog?occupation=31-1131", removals[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.StartsWith("Occupation: Nursing Assistants (SOC 31-1131)", removals[1].TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("section a[href='/catalog']"));

        var widened = await client.GetDocumentAsync(removals[0].QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal([World.Cna], ProgramIds(widened));
    }

    [Fact]
    public async Task A_hand_edited_address_gets_notes_and_the_nearest_sensible_search_never_an_error()
    {
        using var client = app.CreateAppClient();

        var page = await client.GetDocumentAsync("/catalog?pathway=abc&college=NOPE&occupation=311131&wda=99&page=-3&q=%00%01");

        var notes = page.QuerySelector(".usa-alert--info")!.TextContent;
        Assert.Contains("career pathway in the address was not found", notes, StringComparison.Ordinal);
        Assert.Contains("college in the address was not found", notes, StringComparison.Ordinal);
        Assert.Contains("not a SOC code like 31-1131", notes, StringComparison.Ordinal);
        Assert.Contains("Workforce Development Area in the address was not found", notes, StringComparison.Ordinal);
        Assert.Contains("page number in the address was not valid", notes, StringComparison.Ordinal);
        Assert.Equal(World.Approved, ProgramIds(page));

        var pastTheEnd = await client.GetDocumentAsync("/catalog?page=9");
        Assert.Contains("There is no page 9, so the last page, 1, is shown.", pastTheEnd.QuerySelector(".usa-alert--info")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(World.Approved, ProgramIds(pastTheEnd));
    }

    [Fact]
    public async Task Everybody_has_the_program_catalog_in_the_header_navigation()
    {
        using var anonymous = app.CreateAppClient();
        using var staff = await app.CreateSignedInAsync(World.Staff[0]);
        using var reviewer = await app.CreateSignedInAsync(World.Reviewer);

        var login = await anonymous.GetDocumentAsync("/account/login");
        var catalog = await anonymous.GetDocumentAsync("/catalog");
        var proposals = await staff.GetDocumentAsync("/proposals");
        var queue = await reviewer.GetDocumentAsync("/review");

        foreach (var page in new[] { login, catalog, proposals, queue })
        {
            Assert.Equal("Program catalog", page.QuerySelector("nav[aria-label=Main] a[href='/catalog']")!.TextContent);
        }

        Assert.Equal("page", catalog.QuerySelector("nav[aria-label=Main] a[href='/catalog']")!.GetAttribute("aria-current"));
        Assert.Null(proposals.QuerySelector("nav[aria-label=Main] a[href='/catalog']")!.GetAttribute("aria-current"));
        Assert.NotNull(catalog.QuerySelector("nav[aria-label=Main] a[href='/account/login']"));
    }

    private static List<int> ProgramIds(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".ietportal-catalog-results h3 a")
            .Select(a => int.Parse(a.GetAttribute("href")!["/catalog/".Length..], CultureInfo.InvariantCulture))];
}
