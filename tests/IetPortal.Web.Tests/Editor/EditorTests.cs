using System.Net;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Editor;

/// <summary>The section editor through HTTP: saves, repeating items, validation, concurrency, audit and scoping.</summary>
public sealed class EditorTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private async Task<(AppClient Client, int ProposalId)> StaffWithDraftAsync(string college = "MATC")
    {
        var collegeId = await app.CollegeIdAsync(college);
        var id = await app.WithDbAsync(async db =>
        {
            var proposal = IetProposal.StartDraft(collegeId, "CNA with integrated ELL");
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
        var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateStaffAsync(college));
        return (client, id);
    }

    private static async Task<string> VersionAsync(AppClient client, string url) =>
        (await client.GetDocumentAsync(url)).QuerySelector("input[name='Form.Version']")?.GetAttribute("value") ?? "";

    private static Task<HttpResponseMessage> SaveAsync(AppClient client, string url, Dictionary<string, string> fields) =>
        client.SubmitFormAsync(url, url, fields);

    public static TheoryData<string> Sections =>
    [
        "overview", "pathway", "adult-education", "workforce-preparation", "workforce-training",
        "integration", "learning-objectives", "materials", "equity", "partners",
    ];

    [Theory]
    [MemberData(nameof(Sections))]
    public async Task Every_section_page_renders_for_the_owning_college(string section)
    {
        var (client, id) = await StaffWithDraftAsync();

        var page = await client.GetDocumentAsync($"/proposals/{id}/edit/{section}");

        Assert.NotNull(page.QuerySelector("nav[aria-label='Proposal sections'] a[aria-current='page']"));
        Assert.NotNull(page.QuerySelector("input[name='Form.Version']"));
        client.Dispose();
    }

    [Fact]
    public async Task A_saved_overview_shows_on_the_read_view_and_in_the_history()
    {
        var (client, id) = await StaffWithDraftAsync();
        var url = $"/proposals/{id}/edit/overview";

        using var response = await SaveAsync(client, url, new()
        {
            ["Form.Version"] = await VersionAsync(client, url),
            ["Form.Title"] = "Nursing Assistant IET",
            ["Form.Summary"] = "Sixteen weeks of CNA training with contextualized ELL.",
            ["Form.StartDate"] = "2027-01-12",
            ["Form.EndDate"] = "2027-05-01",
            ["Form.CohortCapacity"] = "18",
            ["Form.ServesEnglishLanguageLearners"] = "true",
            ["Form.FundingSources"] = "AeflaSection231",
        });
        var read = await client.GetDocumentAsync($"/proposals/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Nursing Assistant IET", read.QuerySelector("h1")?.TextContent);
        Assert.Contains("Sixteen weeks of CNA training", read.Body!.TextContent, StringComparison.Ordinal);
        var history = read.QuerySelector("#history-heading")!.ParentElement!.TextContent;
        Assert.Contains("Section saved", history, StringComparison.Ordinal);
        Assert.Contains("Overview", history, StringComparison.Ordinal);
        var stored = await app.WithDbAsync(db => db.Proposals.SingleAsync(p => p.Id == id));
        Assert.Equal(FundingSources.AeflaSection231, stored.FundingSources);
        Assert.True(stored.ServesEnglishLanguageLearners);
    }

    [Fact]
    public async Task Repeating_items_are_added_reordered_and_removed_without_javascript()
    {
        var (client, id) = await StaffWithDraftAsync();
        var url = $"/proposals/{id}/edit/learning-objectives";
        var fields = new Dictionary<string, string>
        {
            ["Form.Version"] = await VersionAsync(client, url),
            ["Form.Objectives[0].Statement"] = "Take and record vital signs",
            ["Form.Objectives[1].Statement"] = "Communicate with residents",
            ["Form.Command"] = "up:Objectives:1",
        };

        using var moved = await SaveAsync(client, url, fields);
        var page = await AppClient.ParseAsync(moved);
        var statements = page.QuerySelectorAll("textarea[name$='.Statement']").Select(t => t.TextContent).ToList();

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(["Communicate with residents", "Take and record vital signs"], statements);
        fields["Form.Version"] = page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        fields["Form.Objectives[0].Statement"] = "Communicate with residents";
        fields["Form.Objectives[1].Statement"] = "Take and record vital signs";
        fields["Form.Command"] = "remove:Objectives:0";
        using var removed = await client.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(WithToken(fields, page)));
        var stored = await app.WithDbAsync(db => db.LearningObjectives.Where(o => o.IetProposalId == id).OrderBy(o => o.Position).Select(o => o.Statement).ToListAsync());
        Assert.Equal(["Take and record vital signs"], stored);

        var added = await AppClient.ParseAsync(removed);
        fields = new Dictionary<string, string>
        {
            ["Form.Version"] = added.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!,
            ["Form.Objectives[0].Statement"] = "Take and record vital signs",
            ["Form.Command"] = "add:Objectives",
        };
        using var withBlank = await client.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(WithToken(fields, added)));
        var blankPage = await AppClient.ParseAsync(withBlank);
        Assert.Equal(2, blankPage.QuerySelectorAll("textarea[name$='.Statement']").Length);
    }

    [Fact]
    public async Task Malformed_input_is_reported_at_the_top_and_nothing_is_saved()
    {
        var (client, id) = await StaffWithDraftAsync();
        var url = $"/proposals/{id}/edit/pathway";

        using var response = await SaveAsync(client, url, new()
        {
            ["Form.Version"] = await VersionAsync(client, url),
            ["Form.OccupationSocCode"] = "311131",
            ["Form.CipCode"] = "51-3902",
            ["Form.Credits"] = "-4",
            ["Form.OccupationTitle"] = "Nursing Assistants",
        });
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = page.QuerySelectorAll("#error-summary a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Form_OccupationSocCode", links);
        Assert.Contains("#Form_CipCode", links);
        Assert.Contains("#Form_Credits", links);
        Assert.NotNull(page.QuerySelector("#Form_OccupationSocCode[aria-invalid='true']"));
        var stored = await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.OccupationTitle).SingleAsync());
        Assert.Null(stored);
    }

    [Fact]
    public async Task End_dates_before_start_dates_and_impossible_dates_get_clear_messages()
    {
        var (client, id) = await StaffWithDraftAsync();
        var url = $"/proposals/{id}/edit/adult-education";

        using var response = await SaveAsync(client, url, new()
        {
            ["Form.Version"] = await VersionAsync(client, url),
            ["Form.StartDate"] = "2027-05-01",
            ["Form.EndDate"] = "2027-01-12",
            ["Form.ContactHours"] = "lots",
            ["Form.Schedule[0].Day"] = "Monday",
            ["Form.Schedule[0].StartTime"] = "11:00",
            ["Form.Schedule[0].EndTime"] = "09:00",
        });
        using var impossible = await SaveAsync(client, url, new()
        {
            ["Form.Version"] = await VersionAsync(client, url),
            ["Form.StartDate"] = "2027-02-30",
        });

        var summary = (await AppClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent;
        Assert.Contains("End date must be on or after the start date", summary, StringComparison.Ordinal);
        Assert.Contains("End time must be after the start time", summary, StringComparison.Ordinal);
        Assert.Contains("\"lots\" is not a valid contact hours", summary, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, impossible.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(impossible)).QuerySelector("#error-summary a[href='#Form_StartDate']"));
    }

    [Fact]
    public async Task A_second_editor_of_the_same_section_is_refused_with_both_values_and_nothing_is_lost()
    {
        var (first, id) = await StaffWithDraftAsync();
        using var second = app.CreateAppClient();
        await second.SignInAsync(await app.CreateStaffAsync("MATC"));
        var url = $"/proposals/{id}/edit/equity";
        var firstVersion = await VersionAsync(first, url);
        var secondVersion = await VersionAsync(second, url);

        using var firstSave = await SaveAsync(first, url, new() { ["Form.Version"] = firstVersion, ["Form.RecruitmentStrategies"] = "Flyers in Spanish and Hmong at community centers" });
        using var secondSave = await SaveAsync(second, url, new() { ["Form.Version"] = secondVersion, ["Form.RecruitmentStrategies"] = "Referrals from the job center" });
        var page = await AppClient.ParseAsync(secondSave);

        Assert.Equal(HttpStatusCode.Redirect, firstSave.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, secondSave.StatusCode);
        var conflict = page.QuerySelector("#conflict-summary")!.TextContent;
        Assert.Contains("Flyers in Spanish and Hmong at community centers", conflict, StringComparison.Ordinal);
        Assert.Contains("Referrals from the job center", conflict, StringComparison.Ordinal);
        Assert.Equal("Referrals from the job center", page.QuerySelector("#Form_RecruitmentStrategies")?.TextContent);
        var stored = await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.RecruitmentStrategies).SingleAsync());
        Assert.Equal("Flyers in Spanish and Hmong at community centers", stored);

        // Choosing "Save my version" posts the form again with the version it was shown.
        var resolved = page.QuerySelector("input[name='Form.Version']")!.GetAttribute("value")!;
        using var overwrite = await second.Http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(WithToken(
            new() { ["Form.Version"] = resolved, ["Form.RecruitmentStrategies"] = "Referrals from the job center" }, page)));
        Assert.Equal(HttpStatusCode.Redirect, overwrite.StatusCode);
    }

    [Fact]
    public async Task Saving_twice_in_a_row_never_conflicts_with_yourself()
    {
        var (client, id) = await StaffWithDraftAsync();
        var url = $"/proposals/{id}/edit/workforce-training";

        using var first = await SaveAsync(client, url, new() { ["Form.Version"] = await VersionAsync(client, url), ["Form.ContactHours"] = "120", ["Form.Courses[0].Title"] = "Nursing Assistant", ["Form.Courses[0].Credits"] = "3.0" });
        using var second = await SaveAsync(client, url, new() { ["Form.Version"] = await VersionAsync(client, url), ["Form.ContactHours"] = "120.5", ["Form.Courses[0].Title"] = "Nursing Assistant", ["Form.Courses[0].Credits"] = "3" });

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(120.5m, await app.WithDbAsync(db => db.Components.Where(c => c.IetProposalId == id && c is WorkforceTrainingComponent).Select(c => c.ContactHours).SingleAsync()));
    }

    [Fact]
    public async Task Saving_different_sections_at_once_does_not_conflict()
    {
        var (first, id) = await StaffWithDraftAsync();
        var equity = $"/proposals/{id}/edit/equity";
        var integration = $"/proposals/{id}/edit/integration";
        var equityVersion = await VersionAsync(first, equity);
        var integrationVersion = await VersionAsync(first, integration);

        using var a = await SaveAsync(first, equity, new() { ["Form.Version"] = equityVersion, ["Form.PopulationsServed"] = "Refugees" });
        using var b = await SaveAsync(first, integration, new() { ["Form.Version"] = integrationVersion, ["Form.InstructionalModel"] = "TeamTeaching" });

        Assert.Equal(HttpStatusCode.Redirect, a.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, b.StatusCode);
    }

    [Fact]
    public async Task Staff_of_another_college_cannot_read_or_save_any_section()
    {
        var (_, id) = await StaffWithDraftAsync("MATC");
        using var other = app.CreateAppClient();
        await other.SignInAsync(await app.CreateStaffAsync("MADISON"));

        using var read = await other.GetAsync($"/proposals/{id}/edit/overview");
        var token = (await other.GetDocumentAsync("/account/change-password")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var write = await other.Http.PostAsync(new Uri($"/proposals/{id}/edit/overview", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.Title"] = "Taken over",
        }));

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Equal("CNA with integrated ELL", await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Title).SingleAsync()));
    }

    [Fact]
    public async Task Over_posted_status_and_college_fields_are_ignored()
    {
        var (client, id) = await StaffWithDraftAsync();
        var url = $"/proposals/{id}/edit/overview";
        var otherCollege = await app.CollegeIdAsync("MADISON");

        using var response = await SaveAsync(client, url, new()
        {
            ["Form.Version"] = await VersionAsync(client, url),
            ["Form.Title"] = "CNA IET",
            ["Form.Status"] = "Approved",
            ["Form.CollegeId"] = otherCollege.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Status"] = "Approved",
            ["CollegeId"] = otherCollege.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var stored = await app.WithDbAsync(db => db.Proposals.SingleAsync(p => p.Id == id));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ProposalStatus.Draft, stored.Status);
        Assert.NotEqual(otherCollege, stored.CollegeId);
    }

    [Fact]
    public async Task A_pathway_step_or_credential_of_another_pathway_is_refused()
    {
        var (client, id) = await StaffWithDraftAsync();
        var ids = await app.WithDbAsync(async db => new
        {
            Nursing = await db.CareerPathways.Where(p => p.Name.StartsWith("Nursing")).Select(p => p.Id).SingleAsync(),
            WeldingStep = await db.CareerPathwaySteps.Where(s => db.CareerPathways.Any(p => p.Id == s.CareerPathwayId && p.Name == "Welding")).Select(s => s.Id).FirstAsync(),
        });
        var url = $"/proposals/{id}/edit/pathway";

        using var response = await SaveAsync(client, url, new()
        {
            ["Form.Version"] = await VersionAsync(client, url),
            ["Form.CareerPathwayId"] = ids.Nursing.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.EntryStepId"] = ids.WeldingStep.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("entry step of the chosen career pathway", (await AppClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("'; DROP TABLE Proposals; --")]
    public async Task Markup_and_sql_are_stored_as_text_and_shown_encoded(string hostile)
    {
        var (client, id) = await StaffWithDraftAsync();
        var url = $"/proposals/{id}/edit/equity";

        using var save = await SaveAsync(client, url, new() { ["Form.Version"] = await VersionAsync(client, url), ["Form.PopulationsServed"] = hostile });
        using var read = await client.GetAsync($"/proposals/{id}");
        var html = await read.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        Assert.DoesNotContain(hostile, html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(hostile).Replace("&#39;", "&#x27;", StringComparison.Ordinal), html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Form.Summary", "\u0007bell")]
    [InlineData("Form.Summary", "abc\u202Edcba")]
    [InlineData("Form.Title", "")]
    [InlineData("Form.Weeks", "99999999999999")]
    [InlineData("Form.Weeks", "-3")]
    [InlineData("Form.CohortCapacity", "1e9")]
    [InlineData("Form.DeliveryMode", "Teleportation")]
    [InlineData("Form.FundingSources", "4096")]
    [InlineData("Form.MinimumAge", "12")]
    public async Task Hostile_overview_values_get_a_message_not_a_500(string field, string value)
    {
        var (client, id) = await StaffWithDraftAsync();
        var url = $"/proposals/{id}/edit/overview";

        using var response = await SaveAsync(client, url, new()
        {
            ["Form.Version"] = await VersionAsync(client, url),
            ["Form.Title"] = "CNA IET",
            [field] = value,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await AppClient.ParseAsync(response)).QuerySelector("#error-summary"));
        Assert.Equal("CNA with integrated ELL", await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_100_kB_text_is_refused_with_a_length_message()
    {
        var (client, id) = await StaffWithDraftAsync();
        var url = $"/proposals/{id}/edit/overview";

        using var response = await SaveAsync(client, url, new()
        {
            ["Form.Version"] = await VersionAsync(client, url),
            ["Form.Title"] = "CNA IET",
            ["Form.Summary"] = new string('x', 100_000),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("8,000 characters or fewer", (await AppClient.ParseAsync(response)).QuerySelector("#error-summary")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_submitted_proposal_is_read_only()
    {
        var (client, id) = await StaffWithDraftAsync();
        await app.WithDbAsync(async db =>
        {
            var proposal = await db.Proposals.SingleAsync(p => p.Id == id);
            proposal.Status = ProposalStatus.Submitted;
            return await db.SaveChangesAsync();
        });

        using var edit = await client.GetAsync($"/proposals/{id}/edit/overview");
        var token = (await client.GetDocumentAsync("/account/change-password")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var save = await client.Http.PostAsync(new Uri($"/proposals/{id}/edit/overview", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Form.Title"] = "Changed after submission",
        }));

        Assert.Equal($"/proposals/{id}", edit.Headers.Location?.OriginalString);
        Assert.Equal($"/proposals/{id}", save.Headers.Location?.OriginalString);
        Assert.Equal("CNA with integrated ELL", await app.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Title).SingleAsync()));
    }

    private static Dictionary<string, string> WithToken(Dictionary<string, string> fields, AngleSharp.Html.Dom.IHtmlDocument page) =>
        new(fields) { ["__RequestVerificationToken"] = page.QuerySelector("form.ietportal-editor-form input[name=__RequestVerificationToken]")!.GetAttribute("value")! };
}
