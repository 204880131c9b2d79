using System.Data.Common;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.ReferenceData;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Infrastructure.Persistence.Providers;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

using static IetPortal.Web.Tests.ProposalList.ProposalListPages;

namespace IetPortal.Web.Tests.ProposalList;

/// <summary>
/// My proposals: search, filters, paging and empty states within the user's college; starting and copying drafts.
/// Each test works in a college of its own, so the tests sharing this app's database never see each other's rows.
/// </summary>
public sealed class ProposalListTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task Filtering_by_status_shows_only_proposals_in_that_status()
    {
        await ProposalSeed.AddAsync(app, "FVTC", "Draft CNA", p => p.Status = ProposalStatus.Draft);
        await ProposalSeed.AddAsync(app, "FVTC", "Approved welding", p => p.Status = ProposalStatus.Approved);
        await ProposalSeed.AddAsync(app, "FVTC", "Returned IT support", p => p.Status = ProposalStatus.Returned);
        using var client = await app.SignedInStaffAsync("FVTC");

        var page = await client.GetDocumentAsync("/proposals?status=Approved");

        Assert.Equal(["Approved welding"], Titles(page));
        var options = page.QuerySelectorAll("select#status option").Select(o => o.TextContent).ToList();
        Assert.Equal(["Any status", "Draft", "Submitted", "In review", "Returned", "Approved", "Withdrawn", "Superseded"], options);
        Assert.Equal("Approved", page.QuerySelector<IHtmlSelectElement>("select#status")?.Value);
    }

    [Fact]
    public async Task Filtering_by_pathway_shows_only_proposals_on_it_and_retired_pathways_can_be_chosen()
    {
        var (nursing, welding) = await app.WithDbAsync(async db => (
            await db.CareerPathways.Where(w => w.Name.StartsWith("Nursing")).Select(w => w.Id).FirstAsync(),
            await db.CareerPathways.Where(w => w.Name == "Welding").Select(w => w.Id).FirstAsync()));
        var retired = await app.WithDbAsync(async db =>
        {
            var pathway = new CareerPathway
            {
                Name = "Retired test pathway " + Guid.NewGuid().ToString("N")[..6],
                CareerClusterId = await db.CareerClusters.Select(c => c.Id).FirstAsync(),
                Status = PathwayStatus.Retired,
            };
            db.CareerPathways.Add(pathway);
            await db.SaveChangesAsync();
            return pathway;
        });
        await ProposalSeed.AddAsync(app, "GTC", "CNA on the nursing ladder", p => p.CareerPathwayId = nursing);
        await ProposalSeed.AddAsync(app, "GTC", "Welding bridge", p => p.CareerPathwayId = welding);
        await ProposalSeed.AddAsync(app, "GTC", "Old program", p => p.CareerPathwayId = retired.Id);
        await ProposalSeed.AddAsync(app, "GTC", "No pathway yet");
        using var client = await app.SignedInStaffAsync("GTC");

        var page = await client.GetDocumentAsync($"/proposals?pathway={welding}");
        var retiredPage = await client.GetDocumentAsync($"/proposals?pathway={retired.Id}");

        Assert.Equal(["Welding bridge"], Titles(page));
        Assert.Equal("Welding", page.QuerySelector("tbody td[data-label='Career pathway']")?.TextContent);
        Assert.Equal("Any pathway", page.QuerySelector("select#pathway option")?.TextContent);
        Assert.NotNull(page.QuerySelector($"select#pathway optgroup[label='Retired pathways'] option[value='{retired.Id}']"));
        Assert.Equal(["Old program"], Titles(retiredPage));
    }

    [Fact]
    public async Task Forty_five_proposals_make_three_pages_of_twenty_twenty_and_five()
    {
        await ProposalSeed.AddAsync(app, "LTC", [.. Enumerable.Range(1, 45).Select(i => $"Paging cohort {i:D2}")]);
        using var client = await app.SignedInStaffAsync("LTC");

        var first = await client.GetDocumentAsync("/proposals");
        var second = await client.GetDocumentAsync("/proposals?page=2");
        var third = await client.GetDocumentAsync("/proposals?page=3");

        Assert.Equal(20, Titles(first).Count);
        Assert.Equal(20, Titles(second).Count);
        Assert.Equal(5, Titles(third).Count);
        Assert.Equal(45, Titles(first).Concat(Titles(second)).Concat(Titles(third)).Distinct().Count());
        Assert.Equal("Proposals 41\u201345 of 45, most recently edited first", third.QuerySelector("caption")?.TextContent);
        var pagination = third.QuerySelector("nav[aria-label='Pagination']");
        Assert.NotNull(pagination);
        Assert.Equal("3", pagination.QuerySelector("[aria-current='page']")?.TextContent);
        Assert.Null(pagination.QuerySelector("a[aria-label='Next page']"));
        Assert.Equal("/proposals?page=2", pagination.QuerySelector("a[aria-label='Previous page']")?.GetAttribute("href"));
        Assert.Null(first.QuerySelector("nav[aria-label='Pagination'] a[aria-label='Previous page']"));
    }

    [Fact]
    public async Task Pagination_links_keep_the_search_and_filters()
    {
        await ProposalSeed.AddAsync(app, "MSTC", [.. Enumerable.Range(1, 41).Select(i => $"Evening cohort {i:D2}")]);
        await ProposalSeed.AddAsync(app, "MSTC", "Not in the search");
        using var client = await app.SignedInStaffAsync("MSTC");

        var page = await client.GetDocumentAsync("/proposals?q=evening+cohort&status=Draft&page=2");

        Assert.Equal(20, Titles(page).Count);
        Assert.Equal("/proposals?q=evening%20cohort&status=Draft", page.QuerySelector("a[aria-label='Previous page']")?.GetAttribute("href"));
        Assert.Equal("/proposals?q=evening%20cohort&status=Draft&page=3", page.QuerySelector("a[aria-label='Next page']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task A_college_without_proposals_is_told_how_to_start_one()
    {
        using var client = await app.SignedInStaffAsync("MPTC");

        var page = await client.GetDocumentAsync("/proposals");

        Assert.Equal("No proposals yet", page.QuerySelector("#empty-heading")?.TextContent);
        Assert.Null(page.QuerySelector("table"));
        Assert.NotNull(page.QuerySelector("main a[href='/proposals/new']"));
    }

    [Fact]
    public async Task A_search_without_matches_says_so_and_offers_to_clear_the_filters()
    {
        await ProposalSeed.AddAsync(app, "NTC", "Truck driving IET");
        using var client = await app.SignedInStaffAsync("NTC");

        var page = await client.GetDocumentAsync("/proposals?q=forklift&status=Approved");

        Assert.Equal("No proposals match", page.QuerySelector("main h2")?.TextContent);
        Assert.Null(page.QuerySelector("#empty-heading"));
        Assert.Contains(page.QuerySelectorAll("main li"), li => li.TextContent == "Title contains \u201cforklift\u201d");
        Assert.Contains(page.QuerySelectorAll("main li"), li => li.TextContent == "Status: Approved");
        Assert.Contains(page.QuerySelectorAll("main a[href='/proposals']"), a => a.TextContent == "Clear filters");
    }

    [Fact]
    public async Task Each_row_shows_pathway_status_last_edit_and_editor_and_a_copy_button_named_for_the_proposal()
    {
        var staff = await app.CreateStaffAsync("WCTC");
        var id = (await ProposalSeed.AddAsync(app, "WCTC", "Row details CNA")).Single();
        await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedByUserId, staff.Id)));
        using var client = app.CreateAppClient();
        await client.SignInAsync(staff);

        var row = (await client.GetDocumentAsync("/proposals")).QuerySelector("tbody tr")!;

        Assert.Equal($"/proposals/{id}", row.QuerySelector("th a")?.GetAttribute("href"));
        Assert.Equal("Not chosen yet", row.QuerySelector("td[data-label='Career pathway']")?.TextContent);
        Assert.Equal("Draft", row.QuerySelector("td[data-label='Status']")?.TextContent);
        Assert.Matches(@"^[A-Z][a-z]{2} \d{1,2}, \d{4}$", row.QuerySelector("td[data-label='Last edited']")?.TextContent.Trim());
        Assert.Equal("Test CollegeStaff", row.QuerySelector("td[data-label='By']")?.TextContent);
        var form = row.QuerySelector<IHtmlFormElement>("form")!;
        Assert.Equal("post", form.Method, StringComparer.OrdinalIgnoreCase);
        Assert.Equal($"/proposals/{id}/copy", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal("Copy Row details CNA", form.QuerySelector("button")?.TextContent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("    ")]
    [InlineData("Welding\u0007IET")]
    [InlineData("Welding\nIET")]
    [InlineData("Welding\tIET")]
    public async Task A_new_proposal_with_a_blank_or_control_character_title_is_refused_and_nothing_is_saved(string title)
    {
        var collegeId = await app.CollegeIdAsync("NWTC");
        using var client = await app.SignedInStaffAsync("NWTC");
        var before = await CountAsync(collegeId);

        using var response = await client.SubmitFormAsync("/proposals/new", "/proposals/new", new Dictionary<string, string> { ["Title"] = title });
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#error-summary a[href='#Title']"));
        Assert.Equal("true", page.QuerySelector("#Title")?.GetAttribute("aria-invalid"));
        Assert.Equal(before, await CountAsync(collegeId));
    }

    [Fact]
    public async Task A_new_proposal_title_longer_than_200_characters_is_refused()
    {
        var collegeId = await app.CollegeIdAsync("NWTC");
        using var client = await app.SignedInStaffAsync("NWTC");
        var before = await CountAsync(collegeId);

        using var response = await client.SubmitFormAsync("/proposals/new", "/proposals/new", new Dictionary<string, string> { ["Title"] = new string('T', 201) });
        var page = await AppClient.ParseAsync(response);

        Assert.Contains("Enter a title of at most 200 characters.", page.QuerySelector("#error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(new string('T', 201), page.QuerySelector<IHtmlInputElement>("#Title")?.Value);
        Assert.Equal(before, await CountAsync(collegeId));
    }

    [Fact]
    public async Task A_new_proposal_is_a_draft_of_the_user_college_whatever_else_the_form_posts()
    {
        var madison = await app.CollegeIdAsync("MADISON");
        var northwood = await app.CollegeIdAsync("NORTHWOOD");
        using var client = await app.SignedInStaffAsync("NORTHWOOD");

        using var response = await client.SubmitFormAsync("/proposals/new", "/proposals/new", new Dictionary<string, string>
        {
            ["Title"] = "  Forklift operator IET  ",
            ["CollegeId"] = madison.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Status"] = nameof(ProposalStatus.Approved),
            ["Id"] = "1",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.Proposals.Include(p => p.Components).SingleAsync(p => p.Title == "Forklift operator IET"));
        Assert.Equal($"/proposals/{stored.Id}/edit/overview", response.Headers.Location?.OriginalString);
        Assert.Equal(northwood, stored.CollegeId);
        Assert.Equal(ProposalStatus.Draft, stored.Status);
        Assert.Equal(3, stored.Components.Count);
        var created = await app.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.IetProposalId == stored.Id));
        Assert.Equal(("Created", nameof(ProposalSection.Overview)), (created.Action, created.Section));
    }

    [Fact]
    public async Task The_new_proposal_form_is_labelled_and_posts_with_an_antiforgery_token()
    {
        using var client = await app.SignedInStaffAsync("NORTHWOOD");

        var page = await client.GetDocumentAsync("/proposals/new");

        Assert.Equal("Proposal title", page.QuerySelector("label[for=Title]")?.TextContent);
        Assert.NotNull(page.QuerySelector("form[action='/proposals/new'] input[name=__RequestVerificationToken]"));
    }

    [Fact]
    public async Task Copying_an_own_proposal_makes_a_deep_copy_as_a_new_draft()
    {
        var sourceId = await ProposalSeed.AddCompleteAsync(app, "SWTC", "Welding with integrated ELL");
        using var client = await app.SignedInStaffAsync("SWTC");

        using var response = await client.SubmitFormAsync("/proposals", $"/proposals/{sourceId}/copy", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (source, copy) = await app.WithDbAsync(async db =>
        {
            var loaded = await db.Proposals.AsNoTracking().AsSplitQuery()
                .Include(p => p.Components).ThenInclude(c => c.Schedule)
                .Include(p => p.Components).ThenInclude(c => c.Instructors)
                .Include(p => p.Components).ThenInclude(c => c.Materials)
                .Include(p => p.Components).ThenInclude(c => c.ResearchBases)
                .Include(p => p.Components).ThenInclude(c => ((WorkforcePreparationComponent)c).Activities)
                .Include(p => p.Components).ThenInclude(c => ((WorkforceTrainingComponent)c).Courses)
                .Include(p => p.LearningObjectives).Include(p => p.Partners).Include(p => p.Credentials).Include(p => p.WorkforceAreas)
                .Include(p => p.Attachments)
                .Where(p => p.Title.EndsWith("Welding with integrated ELL"))
                .ToListAsync();
            return (loaded.Single(p => p.Id == sourceId), loaded.Single(p => p.Id != sourceId));
        });
        Assert.Equal($"/proposals/{copy.Id}/edit/overview", response.Headers.Location?.OriginalString);
        Assert.Equal("Copy of Welding with integrated ELL", copy.Title);
        Assert.Equal((source.CollegeId, ProposalStatus.Draft, 1), (copy.CollegeId, copy.Status, copy.NextVersionNumber));
        Assert.Null(copy.SubmittedAtUtc);
        Assert.Equal(source.Summary, copy.Summary);
        Assert.Equal(source.CareerPathwayId, copy.CareerPathwayId);
        Assert.Equal(source.Credentials.Select(c => c.CredentialId), copy.Credentials.Select(c => c.CredentialId));
        Assert.Equal(source.WorkforceAreas.Select(a => a.WorkforceDevelopmentAreaId), copy.WorkforceAreas.Select(a => a.WorkforceDevelopmentAreaId));
        Assert.Equal(source.LearningObjectives.OrderBy(o => o.Position).Select(o => (o.Position, o.Statement)), copy.LearningObjectives.OrderBy(o => o.Position).Select(o => (o.Position, o.Statement)));
        Assert.Equal(source.Partners.Select(p => p.Name).Order(), copy.Partners.Select(p => p.Name).Order());
        Assert.Equal("Room W-110", copy.Components.OfType<AdultEducationComponent>().Single().Schedule.Single().Location);
        Assert.Equal("Jordan Lee", copy.Components.OfType<WorkforceTrainingComponent>().Single().Instructors.Single().Name);
        Assert.Equal("AWS D1.1 excerpts", copy.Components.OfType<WorkforceTrainingComponent>().Single().Materials.Single().Title);
        Assert.Equal("I-BEST field study", copy.Components.OfType<AdultEducationComponent>().Single().ResearchBases.Single().Citation);
        Assert.Equal("Shop safety briefing", copy.Components.OfType<WorkforcePreparationComponent>().Single().Activities.Single().Description);
        Assert.Equal("Welding I", copy.Components.OfType<WorkforceTrainingComponent>().Single().Courses.Single().Title);
        Assert.Single(source.Attachments);
        Assert.Empty(copy.Attachments);
        Assert.DoesNotContain(copy.Components, c => source.Components.Any(s => s.Id == c.Id));
        var audit = await app.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.IetProposalId == copy.Id));
        Assert.Equal($"Copied from proposal {sourceId}", audit.Action);
    }

    [Fact]
    public async Task Copying_another_college_proposal_is_forbidden_and_creates_nothing()
    {
        var madisonProposal = (await ProposalSeed.AddAsync(app, "MADISON", "Madison-only ECE IET")).Single();
        using var client = await app.SignedInStaffAsync("WTC");
        var before = await app.WithDbAsync(db => db.Proposals.CountAsync());

        using var response = await PostWithTokenAsync(client, "/proposals", $"/proposals/{madisonProposal}/copy");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.Proposals.CountAsync()));
    }

    [Fact]
    public async Task Copying_an_unknown_proposal_is_not_found()
    {
        using var client = await app.SignedInStaffAsync("WTC");

        using var response = await PostWithTokenAsync(client, "/proposals", "/proposals/987654/copy");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(RoleNames.StateReviewer, "/review")]
    [InlineData(RoleNames.Administrator, "/admin")]
    public async Task The_System_Office_cannot_copy_or_start_proposals(string role, string home)
    {
        var id = (await ProposalSeed.AddAsync(app, "WTC", "Reviewed elsewhere")).Single();
        using var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateUserAsync(role));
        var before = await app.WithDbAsync(db => db.Proposals.CountAsync());

        using var copy = await PostWithTokenAsync(client, home, $"/proposals/{id}/copy");
        using var start = await PostWithTokenAsync(client, home, "/proposals/new", new() { ["Title"] = "Reviewer draft" });
        using var form = await client.GetAsync("/proposals/new");

        Assert.Equal(HttpStatusCode.Forbidden, copy.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, start.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Equal(before, await app.WithDbAsync(db => db.Proposals.CountAsync()));
    }

    private Task<int> CountAsync(int collegeId) => app.WithDbAsync(db => db.Proposals.CountAsync(p => p.CollegeId == collegeId));

    /// <summary>Posts with a real antiforgery token taken from a page the user may open (every page has the sign-out form).</summary>
    private static async Task<HttpResponseMessage> PostWithTokenAsync(AppClient client, string pageUrl, string url, Dictionary<string, string>? fields = null)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pageUrl} has no antiforgery token");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = token });
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}

/// <summary>
/// The list's reads must not grow with the number of proposals (no query per row): the commands the app sends while
/// rendering a list of 5 and one of 50 are counted by an interceptor added to the app's own DbContext options.
/// </summary>
public sealed class ProposalListQueryCountTests(CommandCountingAppFactory app) : IClassFixture<CommandCountingAppFactory>
{
    [Fact]
    public async Task Rendering_the_list_takes_the_same_few_commands_for_5_or_50_proposals()
    {
        var few = await StaffWithProposalsAsync("WCTC", 5);
        var many = await StaffWithProposalsAsync("WTC", 50);
        using var fewClient = app.CreateAppClient();
        using var manyClient = app.CreateAppClient();
        await fewClient.SignInAsync(few);
        await manyClient.SignInAsync(many);
        await fewClient.GetDocumentAsync("/proposals"); // warm-up: the first request may read the data-protection key ring
        await manyClient.GetDocumentAsync("/proposals");

        var forFew = await CommandsToRenderAsync(fewClient, 5);
        var forMany = await CommandsToRenderAsync(manyClient, 20);

        Assert.Equal(forFew, forMany);
        Assert.InRange(forMany, 1, 4); // the college's name, the pathway choices, the count, one page of rows
    }

    private async Task<int> CommandsToRenderAsync(AppClient client, int expectedRows)
    {
        app.Commands.Reset();
        var page = await client.GetDocumentAsync("/proposals");
        var count = app.Commands.Count;
        Assert.Equal(expectedRows, page.QuerySelectorAll("tbody tr").Length);
        return count;
    }

    private async Task<TestUser> StaffWithProposalsAsync(string collegeCode, int count)
    {
        var staff = await app.CreateStaffAsync(collegeCode);
        var pathway = await app.WithDbAsync(db => db.CareerPathways.Select(w => w.Id).FirstAsync());
        var collegeId = await app.CollegeIdAsync(collegeCode);
        await ProposalSeed.AddAsync(app, collegeCode, [.. Enumerable.Range(1, count).Select(i => $"Counted proposal {i}")]);
        // Every row names a pathway and an editor, so both correlated subqueries have something to find.
        await app.WithDbAsync(db => db.Proposals.Where(p => p.CollegeId == collegeId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.UpdatedByUserId, staff.Id).SetProperty(p => p.CareerPathwayId, pathway)));
        return staff;
    }
}

/// <summary>The SQLite app with a command-counting interceptor added to its DbContext options.</summary>
public sealed class CommandCountingAppFactory() : IetPortalFactory(DatabaseProvider.Sqlite)
{
    public CommandCounter Commands { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
            services.ConfigureDbContext<SqliteIetPortalDbContext>(options => options.AddInterceptors(Commands)));
    }
}

public sealed class CommandCounter : DbCommandInterceptor
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Interlocked.Increment(ref _count);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _count);
        return ValueTask.FromResult(result);
    }
}

/// <summary>Proposals written straight to the app's database for a test to list, search and copy.</summary>
internal static class ProposalSeed
{
    public static Task<List<int>> AddAsync(IetPortalFactory app, string collegeCode, params string[] titles) =>
        AddAsync(app, collegeCode, titles, _ => { });

    public static async Task<List<int>> AddAsync(IetPortalFactory app, string collegeCode, string title, Action<IetProposal> configure) =>
        await AddAsync(app, collegeCode, [title], configure);

    private static async Task<List<int>> AddAsync(IetPortalFactory app, string collegeCode, string[] titles, Action<IetProposal> configure)
    {
        var collegeId = await app.CollegeIdAsync(collegeCode);
        return await app.WithDbAsync(async db =>
        {
            var proposals = titles.Select(title => IetProposal.StartDraft(collegeId, title)).ToList();
            proposals.ForEach(configure);
            db.Proposals.AddRange(proposals);
            await db.SaveChangesAsync();
            return proposals.Select(p => p.Id).ToList();
        });
    }

    /// <summary>A proposal with something in every list the copy takes over, and an attachment it must leave behind.</summary>
    public static async Task<int> AddCompleteAsync(IetPortalFactory app, string collegeCode, string title)
    {
        var collegeId = await app.CollegeIdAsync(collegeCode);
        return await app.WithDbAsync(async db =>
        {
            var pathway = await db.CareerPathways.Include(w => w.Credentials).FirstAsync(w => w.Name == "Welding");
            var area = await db.WorkforceDevelopmentAreas.Select(a => a.Id).FirstAsync();
            var proposal = IetProposal.StartDraft(collegeId, title);
            proposal.Summary = "Sixteen weeks of welding with English taught in the shop.";
            proposal.Status = ProposalStatus.Approved;
            proposal.SubmittedAtUtc = new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc);
            proposal.CareerPathwayId = pathway.Id;
            proposal.Credentials = [new ProposalCredential { CredentialId = pathway.Credentials[0].Id }];
            proposal.WorkforceAreas = [new ProposalWorkforceArea { WorkforceDevelopmentAreaId = area }];
            proposal.AdultEducation!.Schedule = [new ScheduleEntry { Day = DayOfWeek.Tuesday, StartTime = new TimeOnly(17, 0), EndTime = new TimeOnly(19, 0), Location = "Room W-110" }];
            proposal.AdultEducation.ResearchBases = [new ResearchBasis { Citation = "I-BEST field study" }];
            proposal.WorkforcePreparation!.Activities = [new WorkforcePreparationActivity { Area = WorkforcePreparationArea.SelfManagement, Description = "Shop safety briefing" }];
            proposal.WorkforceTraining!.Instructors = [new Instructor { Name = "Jordan Lee", Role = "Welding instructor" }];
            proposal.WorkforceTraining.Materials = [new InstructionalMaterial { Title = "AWS D1.1 excerpts", IsOccupationallyRelevant = true }];
            proposal.WorkforceTraining.Courses = [new TrainingCourse { CourseNumber = "31-442-301", Title = "Welding I", Credits = 2 }];
            proposal.LearningObjectives =
            [
                new LearningObjective { Position = 1, Statement = "Read a weld symbol on a blueprint." },
                new LearningObjective { Position = 2, Statement = "Explain a weld defect to a supervisor." },
            ];
            proposal.Partners = [new ProposalPartner { Name = "Badger Fabrication", Type = PartnerType.Employer }];
            proposal.Attachments =
            [
                new ProposalAttachment
                {
                    FileName = "syllabus.pdf",
                    ContentType = "application/pdf",
                    SizeBytes = 3,
                    Content = new AttachmentContent { Data = [1, 2, 3] },
                },
            ];
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
    }
}

/// <summary>Reading the list the way a test needs it.</summary>
internal static class ProposalListPages
{
    public static async Task<AppClient> SignedInStaffAsync(this IetPortalFactory app, string collegeCode)
    {
        var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateStaffAsync(collegeCode));
        return client;
    }

    public static List<string> Titles(IHtmlDocument page) => [.. page.QuerySelectorAll("tbody th a").Select(a => a.TextContent)];
}
