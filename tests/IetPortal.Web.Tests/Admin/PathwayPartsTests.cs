using System.Globalization;
using System.Net;
using IetPortal.Domain.ReferenceData;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Admin;

/// <summary>The steps, credentials and occupations of a pathway: repeating rows without JavaScript, and parts in use kept.</summary>
public abstract class PathwayPartsTests(IetPortalFactory app)
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private Task<List<string>> StepTitlesAsync(int pathwayId) =>
        app.WithDbAsync(db => db.CareerPathwaySteps.Where(s => s.CareerPathwayId == pathwayId).OrderBy(s => s.Position).Select(s => s.Title).ToListAsync());

    [Fact]
    public async Task Steps_are_added_reordered_and_removed_without_javascript()
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Medical Coding"), "Medical Coding certificate", "Health Information Technology degree");
        var steps = await app.StepIdsAsync(id);
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/steps";

        using var moved = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Steps[0].Id"] = Text(steps[0]),
            ["Form.Steps[0].Title"] = "Medical Coding certificate",
            ["Form.Steps[1].Id"] = Text(steps[1]),
            ["Form.Steps[1].Title"] = "Health Information Technology degree",
            ["Form.Command"] = "up:Steps:1",
        });
        var movedPage = await moved.PageAsync();
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(["Health Information Technology degree", "Medical Coding certificate"], await StepTitlesAsync(id));
        Assert.Equal(
            ["Health Information Technology degree", "Medical Coding certificate"],
            movedPage.QuerySelectorAll("input[name$='.Title']").Select(i => i.GetAttribute("value")).ToList());

        using var added = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Steps[0].Id"] = Text(steps[1]),
            ["Form.Steps[0].Title"] = "Health Information Technology degree",
            ["Form.Steps[1].Id"] = Text(steps[0]),
            ["Form.Steps[1].Title"] = "Medical Coding certificate",
            ["Form.Command"] = "add:Steps",
        });
        Assert.Equal(3, (await added.PageAsync()).QuerySelectorAll("input[name$='.Title']").Length);

        using var saved = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Steps[0].Id"] = Text(steps[1]),
            ["Form.Steps[0].Title"] = "Health Information Technology degree",
            ["Form.Steps[1].Id"] = Text(steps[0]),
            ["Form.Steps[1].Title"] = "Medical Coding certificate",
            ["Form.Steps[2].Title"] = "Registered Health Information Technician",
            ["Form.Steps[2].Description"] = "National certification after the degree.",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(
            ["Health Information Technology degree", "Medical Coding certificate", "Registered Health Information Technician"],
            await StepTitlesAsync(id));

        using var removed = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Steps[0].Id"] = Text(steps[1]),
            ["Form.Steps[0].Title"] = "Health Information Technology degree",
            ["Form.Steps[1].Id"] = Text(steps[0]),
            ["Form.Steps[1].Title"] = "Medical Coding certificate",
            ["Form.Command"] = "remove:Steps:0",
        });
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(["Medical Coding certificate"], await StepTitlesAsync(id));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EntityId == Text(id) && e.Action == "Career pathway steps saved" && e.Details!.Contains("reordered"))));
    }

    [Fact]
    public async Task A_step_without_a_title_or_with_a_too_long_one_is_refused()
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("HVAC"), "HVAC certificate");
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/steps";
        var step = (await app.StepIdsAsync(id))[0];

        using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Steps[0].Id"] = Text(step),
            ["Form.Steps[0].Title"] = "",
            ["Form.Steps[1].Title"] = new string('s', 201),
        });
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Enter the title of the step.", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Step title must be 200 characters or fewer.", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("#Form_Steps_0__Title", page.ErrorLinks());
        Assert.Equal(["HVAC certificate"], await StepTitlesAsync(id));
    }

    [Fact]
    public async Task A_step_that_a_proposal_enters_at_cannot_be_removed()
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Pharmacy"), "Pharmacy Technician certificate", "Certified Pharmacy Technician");
        var steps = await app.StepIdsAsync(id);
        await app.CreateDraftUsingAsync(id, entryStepId: steps[0]);
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/steps";

        using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Steps[0].Id"] = Text(steps[0]),
            ["Form.Steps[0].Title"] = "Pharmacy Technician certificate",
            ["Form.Steps[1].Id"] = Text(steps[1]),
            ["Form.Steps[1].Title"] = "Certified Pharmacy Technician",
            ["Form.Command"] = "remove:Steps:0",
        });
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The step “Pharmacy Technician certificate” cannot be removed: 1 proposal enters the pathway at it", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("input[name$='.Title']").Length);
        Assert.Equal(["Pharmacy Technician certificate", "Certified Pharmacy Technician"], await StepTitlesAsync(id));
    }

    [Fact]
    public async Task A_step_missing_from_a_crafted_post_is_still_protected()
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Paramedic"), "EMT", "Paramedic");
        var steps = await app.StepIdsAsync(id);
        await app.CreateDraftUsingAsync(id, entryStepId: steps[0]);
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/steps";

        using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Steps[0].Id"] = Text(steps[1]),
            ["Form.Steps[0].Title"] = "Paramedic",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The step “EMT” cannot be removed", (await response.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(2, (await StepTitlesAsync(id)).Count);
    }

    [Fact]
    public async Task A_step_at_which_a_credential_is_earned_cannot_be_removed()
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Cosmetology"), "Cosmetology apprenticeship");
        var step = (await app.StepIdsAsync(id))[0];
        await app.AddCredentialAsync(id, "Cosmetologist license", step);
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/steps";

        using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Steps[0].Id"] = Text(step),
            ["Form.Steps[0].Title"] = "Cosmetology apprenticeship",
            ["Form.Command"] = "remove:Steps:0",
        });

        Assert.Contains("the credential “Cosmetologist license” is earned at it", (await response.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Single(await StepTitlesAsync(id));
    }

    [Fact]
    public async Task Steps_saved_from_a_stale_page_are_refused_with_the_saved_values()
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Machining"), "Machine Tool Operation");
        var step = (await app.StepIdsAsync(id))[0];
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/steps";
        var stamp = await client.ValueAsync(url);
        await app.WithDbAsync(async db =>
        {
            (await db.CareerPathwaySteps.SingleAsync(s => s.Id == step)).Title = "CNC Operator";
            (await db.CareerPathways.SingleAsync(p => p.Id == id)).Description = "Touched by a colleague";
            return await db.SaveChangesAsync();
        });

        using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = stamp,
            ["Form.Steps[0].Id"] = Text(step),
            ["Form.Steps[0].Title"] = "Machinist",
        });
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else saved this career pathway", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("CNC Operator", page.QuerySelector("#conflict-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Machinist", page.QuerySelector("#Form_Steps_0__Title")?.GetAttribute("value"));
        Assert.Equal(["CNC Operator"], await StepTitlesAsync(id));
    }

    [Fact]
    public async Task Credentials_are_added_with_their_step_type_and_approval()
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Welding Fabrication"), "Welding certificate", "Welding diploma");
        var steps = await app.StepIdsAsync(id);
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/credentials";

        using var added = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Command"] = "add:Credentials",
        });
        var addedPage = await added.PageAsync();
        using var saved = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = addedPage.QuerySelector("input[name='Form.ConcurrencyStamp']")!.GetAttribute("value")!,
            ["Form.Credentials[0].Name"] = "Welding technical diploma",
            ["Form.Credentials[0].Issuer"] = "WTCS technical college",
            ["Form.Credentials[0].Type"] = "WtcsTechnicalDiploma",
            ["Form.Credentials[0].WtcsProgramNumber"] = "31-442-1",
            ["Form.Credentials[0].StepId"] = Text(steps[1]),
            ["Form.Credentials[0].IsSystemApproved"] = "true",
            ["Form.Credentials[1].Name"] = "AWS Certified Welder",
            ["Form.Credentials[1].Issuer"] = "American Welding Society",
            ["Form.Credentials[1].Type"] = "IndustryCertification",
        });

        Assert.True(addedPage.QuerySelector("#Form_Credentials_0__IsSystemApproved-0")?.HasAttribute("checked"), "a new credential starts system-approved");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await app.WithDbAsync(db => db.Credentials.Where(c => c.CareerPathwayId == id).OrderBy(c => c.Id).ToListAsync());
        Assert.Collection(
            stored,
            c =>
            {
                Assert.Equal("31-442-1", c.WtcsProgramNumber);
                Assert.Equal(steps[1], c.CareerPathwayStepId);
                Assert.Equal(CredentialType.WtcsTechnicalDiploma, c.Type);
                Assert.True(c.IsSystemApproved);
            },
            c =>
            {
                Assert.Null(c.CareerPathwayStepId);
                Assert.False(c.IsSystemApproved);
            });
    }

    [Theory]
    [InlineData("305431", "Enter the WTCS program number as NN-NNN-N, like 30-543-1.")]
    [InlineData("30-543-1\n", "Enter the WTCS program number as NN-NNN-N, like 30-543-1.")]
    [InlineData("３０-５４３-１", "Enter the WTCS program number as NN-NNN-N, like 30-543-1.")]
    public async Task A_malformed_WTCS_program_number_is_refused(string number, string message)
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Nursing Assistant"), "Nursing Assistant");
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/credentials";

        using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Credentials[0].Name"] = "Nursing Assistant",
            ["Form.Credentials[0].Issuer"] = "WTCS technical college",
            ["Form.Credentials[0].Type"] = "WtcsTechnicalCertificate",
            ["Form.Credentials[0].WtcsProgramNumber"] = number,
        });
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("#Form_Credentials_0__WtcsProgramNumber", page.ErrorLinks());
        Assert.False(await app.WithDbAsync(db => db.Credentials.AnyAsync(c => c.CareerPathwayId == id)));
    }

    [Fact]
    public async Task A_credential_needs_a_name_issuer_and_type_and_a_step_of_its_own_pathway()
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Logistics"), "Forklift");
        var other = await app.CreatePathwayAsync(AdminTestKit.Unique("Other"), "Other step");
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/credentials";

        using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Credentials[0].WtcsProgramNumber"] = "10-182-1",
            ["Form.Credentials[0].StepId"] = Text((await app.StepIdsAsync(other))[0]),
        });
        var summary = (await response.PageAsync()).ErrorSummary();

        Assert.Contains("Enter the name of the credential.", summary, StringComparison.Ordinal);
        Assert.Contains("Enter who issues the credential.", summary, StringComparison.Ordinal);
        Assert.Contains("Choose the type of credential.", summary, StringComparison.Ordinal);
        Assert.Contains("Choose a step of this pathway, or none.", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_credential_that_a_proposal_leads_to_cannot_be_removed()
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Truck Driving"), "CDL training");
        var credential = await app.AddCredentialAsync(id, "Commercial Driver License");
        await app.CreateDraftUsingAsync(id, credentialId: credential);
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/credentials";

        using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Credentials[0].Id"] = Text(credential),
            ["Form.Credentials[0].Name"] = "Commercial Driver License",
            ["Form.Credentials[0].Issuer"] = "WTCS technical college",
            ["Form.Credentials[0].Type"] = "License",
            ["Form.Command"] = "remove:Credentials:0",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The credential “Commercial Driver License” cannot be removed: 1 proposal leads to it", (await response.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Credentials.AnyAsync(c => c.Id == credential)));
    }

    [Fact]
    public async Task Occupations_are_added_by_SOC_code_or_picked_and_marked_in_demand_per_area()
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Sterile Processing"), "Sterile Processing certificate");
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/occupations";
        var soc = "99-" + Random.Shared.Next(1000, 9999).ToString(CultureInfo.InvariantCulture);
        var nursingAssistants = await app.WithDbAsync(db => db.Occupations.Where(o => o.SocCode == "31-1131").Select(o => o.Id).SingleAsync());
        var areas = await app.WithDbAsync(db => db.WorkforceDevelopmentAreas.OrderBy(a => a.Number).Select(a => a.Id).ToListAsync());

        using var created = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.NewSocCode"] = soc,
            ["Form.NewTitle"] = "Medical Equipment Preparers",
            ["Form.Command"] = "add:Occupations",
        });
        var createdPage = await created.PageAsync();
        var newId = await app.WithDbAsync(db => db.Occupations.Where(o => o.SocCode == soc).Select(o => o.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains($"{soc} Medical Equipment Preparers", createdPage.QuerySelector("#Form_Occupations")?.TextContent, StringComparison.Ordinal);

        using var picked = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = createdPage.QuerySelector("input[name='Form.ConcurrencyStamp']")!.GetAttribute("value")!,
            ["Form.Occupations[0].OccupationId"] = Text(newId),
            ["Form.Occupations[0].InDemandAreaIds[0]"] = Text(areas[0]),
            ["Form.Occupations[0].InDemandAreaIds[1]"] = Text(areas[10]),
            ["Form.ExistingOccupationId"] = Text(nursingAssistants),
        });

        Assert.Equal(HttpStatusCode.Redirect, picked.StatusCode);
        var linked = await app.WithDbAsync(db => db.CareerPathways.Where(p => p.Id == id).SelectMany(p => p.Occupations.Select(o => o.Occupation!.SocCode)).OrderBy(s => s).ToListAsync());
        Assert.Equal(["31-1131", soc], linked);
        var demand = await app.WithDbAsync(db => db.OccupationDemands.Where(d => d.OccupationId == newId).Select(d => d.WorkforceDevelopmentAreaId).OrderBy(a => a).ToListAsync());
        Assert.Equal([areas[0], areas[10]], demand);
        var seededDemand = await app.WithDbAsync(db => db.OccupationDemands.CountAsync(d => d.OccupationId == nursingAssistants));
        Assert.Equal(11, seededDemand);
        var overview = await client.GetDocumentAsync($"/admin/pathways/{id}");
        Assert.Contains("1, 11", overview.Body!.TextContent, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string> InvalidOccupations => new()
    {
        { "311131", "", "Enter the SOC code as NN-NNNN, like 31-1131.", "#Form_NewSocCode" },
        { "31-11311", "", "Enter the SOC code as NN-NNNN, like 31-1131.", "#Form_NewSocCode" },
        { "98-7654", "", "Enter the title of occupation 98-7654: it is not in IetPortal yet.", "#Form_NewTitle" },
        { "98-7655", new string('t', 301), "Occupation title must be 300 characters or fewer.", "#Form_NewTitle" },
        { "98-7656", "Dis\u2066guised", "Occupation title contains control or hidden formatting characters", "#Form_NewTitle" },
        { "", "", "Choose an occupation from the list, or enter the SOC code and title of a new one.", "#Form_ExistingOccupationId" },
    };

    [Theory]
    [MemberData(nameof(InvalidOccupations))]
    public async Task A_malformed_SOC_code_or_a_new_code_without_a_proper_title_is_refused(string soc, string title, string message, string link)
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Occupational Therapy"), "OT Assistant");
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/occupations";

        using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.NewSocCode"] = soc,
            ["Form.NewTitle"] = title,
            ["Form.Command"] = "add:Occupations",
        });
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains(link, page.ErrorLinks());
        Assert.False(await app.WithDbAsync(db => db.Occupations.AnyAsync(o => o.SocCode == soc)));
    }

    [Fact]
    public async Task An_occupation_the_pathway_already_leads_to_is_not_added_twice()
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Nursing ladder"), "CNA");
        await app.WithDbAsync(async db =>
        {
            db.Add(new PathwayOccupation { CareerPathwayId = id, OccupationId = await db.Occupations.Where(o => o.SocCode == "31-1131").Select(o => o.Id).SingleAsync() });
            return await db.SaveChangesAsync();
        });
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/occupations";
        var nursingAssistants = await app.WithDbAsync(db => db.Occupations.Where(o => o.SocCode == "31-1131").Select(o => o.Id).SingleAsync());

        using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Occupations[0].OccupationId"] = Text(nursingAssistants),
            ["Form.NewSocCode"] = "31-1131",
            ["Form.Command"] = "add:Occupations",
        });

        Assert.Contains("The pathway already leads to 31-1131 Nursing Assistants.", (await response.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_occupation_that_a_proposal_on_the_pathway_targets_cannot_be_removed()
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Practical Nursing"), "LPN");
        var lpn = await app.WithDbAsync(db => db.Occupations.Where(o => o.SocCode == "29-2061").Select(o => o.Id).SingleAsync());
        await app.WithDbAsync(async db =>
        {
            db.Add(new PathwayOccupation { CareerPathwayId = id, OccupationId = lpn });
            return await db.SaveChangesAsync();
        });
        await app.CreateDraftUsingAsync(id, socCode: "29-2061");
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/occupations";

        using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Occupations[0].OccupationId"] = Text(lpn),
            ["Form.Command"] = "remove:Occupations:0",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("cannot be removed: 1 proposal on this pathway targets it", (await response.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Set<PathwayOccupation>().AnyAsync(o => o.CareerPathwayId == id && o.OccupationId == lpn)));
    }

    [Fact]
    public async Task An_unused_occupation_is_removed_from_the_pathway_but_stays_known()
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Registered Nursing"), "ADN");
        var rn = await app.WithDbAsync(db => db.Occupations.Where(o => o.SocCode == "29-1141").Select(o => o.Id).SingleAsync());
        await app.WithDbAsync(async db =>
        {
            db.Add(new PathwayOccupation { CareerPathwayId = id, OccupationId = rn });
            return await db.SaveChangesAsync();
        });
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/occupations";

        using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Occupations[0].OccupationId"] = Text(rn),
            ["Form.Command"] = "remove:Occupations:0",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<PathwayOccupation>().AnyAsync(o => o.CareerPathwayId == id)));
        Assert.True(await app.WithDbAsync(db => db.Occupations.AnyAsync(o => o.Id == rn)));
    }
}

public sealed class SqlitePathwayPartsTests(SqliteAppFactory app) : PathwayPartsTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresPathwayPartsTests(PostgresAppFactory app) : PathwayPartsTests(app), IClassFixture<PostgresAppFactory>;
