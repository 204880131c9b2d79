using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Compliance;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Compliance;

/// <summary>
/// The realistic CNA proposal saved through the database, checked by the compliance service with the seeded reference
/// data: complete, it passes; with one required element removed per section, it produces exactly that finding, with
/// its citation, in that section's panel, with a Fix link that lands on the field.
/// </summary>
public sealed class CompleteProposalTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    /// <summary>One element removed: the finding it must produce and where its Fix link must land.</summary>
    public sealed record Removal(Action<IetProposal> Apply, string RuleId, string Citation, string Slug, string Anchor);

    private static readonly Dictionary<string, Removal> Removals = new()
    {
        ["overview: neither ABE nor ELL learners served"] = new(
            p => p.ServesEnglishLanguageLearners = false,
            "IET-WIOA-203-TARGET-POPULATION", "WIOA sec. 203(4)", "overview", "Form_ServesAdultBasicEducation-0"),
        ["overview: no cohort capacity"] = new(
            p => p.CohortCapacity = null,
            "IET-DATA-CAPACITY", "IetPortal data integrity", "overview", "Form_CohortCapacity"),
        ["pathway: no local board plan alignment"] = new(
            p => p.WorkforcePlanAlignment = null,
            "IET-WI-PLAN-ALIGNMENT", "WTCS IET policy (Wisconsin Integrated Education & Training Development Guide); cf. 34 CFR 463.20(d)", "pathway", "Form_WorkforcePlanAlignment"),
        ["pathway: no entry step"] = new(
            p => p.EntryStepId = null,
            "IET-463.38-b-ENTRY-STEP", "34 CFR 463.38(b)", "pathway", "Form_EntryStepId"),
        ["adult education: no content standards"] = new(
            p => p.AdultEducation!.ContentStandards = null,
            "IET-463.38-a-CONTENT-STANDARDS", "34 CFR 463.38(a)", "adult-education", "Form_ContentStandards"),
        ["adult education: no literacy skill"] = new(
            p => p.AdultEducation!.Skills = LiteracySkills.None,
            "IET-463.36-a-AEL-SKILLS", "34 CFR 463.36(a); 34 CFR 463.37(a)(1)", "adult-education", "Form_Skills-0"),
        ["workforce preparation: an activity without description"] = new(
            p => p.WorkforcePreparation!.Activities[2].Description = "",
            "IET-463.36-b-WP-ACTIVITIES", "34 CFR 463.36(b); 34 CFR 463.34", "workforce-preparation", "Form_Activities_2__Description"),
        ["workforce preparation: no instructor"] = new(
            p => p.WorkforcePreparation!.Instructors.Clear(),
            "IET-463.37-a1-WP-INTENSITY", "34 CFR 463.37(a)(1)", "workforce-preparation", "instructors"),
        ["workforce training: no training type"] = new(
            p => p.WorkforceTraining!.TrainingType = null,
            "IET-463.36-c-WT-TYPE", "34 CFR 463.36(c); WIOA sec. 134(c)(3)(D)", "workforce-training", "Form_TrainingType"),
        ["workforce training: starts late in the term, so not simultaneous"] = new(
            p => p.WorkforceTraining!.StartDate = new DateOnly(2026, 3, 30),
            "IET-463.37-a2-SIMULTANEOUS", "34 CFR 463.37(a)(2)", "workforce-training", "Form_StartDate"),
        ["integration: no description of how the components cooperate"] = new(
            p => p.IntegrationDescription = null,
            "IET-463.37-b-COOPERATIVE", "34 CFR 463.37(b)", "integration", "Form_IntegrationDescription"),
        ["learning objectives: objective 3 without training competency"] = new(
            p => p.LearningObjectives[2].WorkforceTrainingCompetency = null,
            "IET-463.37-b-OBJECTIVES-LINKED", "34 CFR 463.37(b)", "learning-objectives", "Form_Objectives_2__WorkforceTrainingCompetency"),
        ["materials: no workforce preparation material"] = new(
            p => p.WorkforcePreparation!.Materials.Clear(),
            "IET-463.37-a3-WP-MATERIALS", "34 CFR 463.37(a)(3)", "materials", "WorkforcePreparation-materials"),
        ["materials: no workforce training research"] = new(
            p => p.WorkforceTraining!.ResearchBases.Clear(),
            "IET-463.37-a1-WT-RESEARCH", "34 CFR 463.37(a)(1)", "materials", "WorkforceTraining-research"),
        ["equity: no recruitment strategies"] = new(
            p => p.RecruitmentStrategies = null,
            "IET-WI-EQUITY-RECRUITMENT", "WTCS Roadmap to IET; WTCS Achieving Equity in IET", "equity", "Form_RecruitmentStrategies"),
        ["equity: no learner supports"] = new(
            p => p.LearnerSupports = LearnerSupports.None,
            "IET-WI-EQUITY-SUPPORTS", "WTCS Achieving Equity in IET", "equity", "Form_LearnerSupports-0"),
    };

    public static TheoryData<string> RemovalCases => [.. Removals.Keys];

    private async Task<ComplianceReport> EvaluateStoredAsync(int id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IetPortalDbContext>();
        var proposal = await db.Proposals.WithWholeProposal().AsNoTracking().SingleAsync(p => p.Id == id);
        return await scope.ServiceProvider.GetRequiredService<ComplianceService>().EvaluateAsync(proposal, default);
    }

    [Fact]
    public async Task The_complete_CNA_proposal_saved_through_the_database_has_no_errors_or_warnings()
    {
        var id = await app.WithDbAsync(db => CnaInDatabase.AddAsync(db));

        var report = await EvaluateStoredAsync(id);

        Assert.Equal(RuleCatalogue.All.Count, report.Findings.Count);
        Assert.Equal([], report.Findings.Where(f => f.Outcome != RuleOutcome.Met).Select(f => $"{f.RuleId}: {f.Evidence}"));
    }

    [Fact]
    public async Task The_complete_proposal_reads_as_ready_on_its_check_page_and_in_every_panel()
    {
        var id = await app.WithDbAsync(db => CnaInDatabase.AddAsync(db));
        using var client = await ComplianceWebTests.StaffClientAsync(app);

        var check = await client.GetDocumentAsync($"/proposals/{id}/check");
        var overview = await client.GetDocumentAsync($"/proposals/{id}/edit/overview");

        var summary = check.QuerySelector("#counts-heading")!.ParentElement!.TextContent;
        Assert.Contains("no errors block submission", summary, StringComparison.Ordinal);
        Assert.Contains("no warnings need an acknowledgement note", summary, StringComparison.Ordinal);
        Assert.Contains($"{RuleCatalogue.All.Count} of {RuleCatalogue.All.Count} requirements are met", summary, StringComparison.Ordinal);
        Assert.Contains("The whole proposal has no errors or warnings", overview.QuerySelector("#compliance-status")!.TextContent, StringComparison.Ordinal);
        var states = overview.QuerySelectorAll(".ietportal-section-state").Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal(["Complete", "Complete", "Complete", "Complete", "Complete", "Complete", "Complete", "Complete", "Complete", "Started", "Ready"], states);
    }

    [Theory]
    [MemberData(nameof(RemovalCases))]
    public async Task Removing_one_required_element_produces_exactly_its_finding_with_citation_and_a_working_fix_link(string removal)
    {
        var expected = Removals[removal];
        var id = await app.WithDbAsync(db => CnaInDatabase.AddAsync(db, expected.Apply));
        using var client = await ComplianceWebTests.StaffClientAsync(app);

        var report = await EvaluateStoredAsync(id);
        var panel = (await client.GetDocumentAsync($"/proposals/{id}/edit/{expected.Slug}")).QuerySelector(".ietportal-compliance-panel")!;

        var finding = Assert.Single(report.Findings, f => f.Outcome != RuleOutcome.Met);
        Assert.Equal(expected.RuleId, finding.RuleId);
        Assert.Equal(expected.Citation, finding.Citation);
        var href = $"/proposals/{id}/edit/{expected.Slug}#{expected.Anchor}";
        Assert.Equal(href, FixLinks.Href(id, finding));
        Assert.Contains(finding.Title, panel.TextContent, StringComparison.Ordinal);
        Assert.Contains(finding.Citation, panel.TextContent, StringComparison.Ordinal);
        Assert.Contains(finding.Message!, panel.TextContent, StringComparison.Ordinal);
        Assert.Contains(panel.QuerySelectorAll("a"), a => a.GetAttribute("href") == href);
        Assert.NotNull(await ComplianceWebTests.TargetOfAsync(client, href));
    }
}
