using AngleSharp.Html.Dom;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Compliance;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Compliance;

/// <summary>Every field a rule can name turns into a link to an element that exists on the rendered editor page.</summary>
public sealed class FixLinkTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private static readonly string[] Components = ["AdultEducation", "WorkforcePreparation", "WorkforceTraining"];

    /// <summary>
    /// Every field name the rules produce: each rule's own field and every place a result can point at instead
    /// (a component's dates, hours, instructors and quality; a row of the objectives or activities; a missing component).
    /// </summary>
    public static IReadOnlyList<string> FieldsRulesCanName { get; } =
    [
        .. Components,
        .. Components.SelectMany(c => new[] { "ContactHours", "StartDate", "EndDate", "QualityDescription", "Instructors", "Materials", "ResearchBases" }
            .Select(field => $"{c}.{field}")),
        "AdultEducation.ActivityType", "AdultEducation.Skills", "AdultEducation.Contextualization", "AdultEducation.ContentStandards",
        "WorkforcePreparation.Activities", "WorkforcePreparation.Activities[0].Description", "WorkforcePreparation.Activities[4].Description",
        "WorkforceTraining.TrainingType", "WorkforceTraining.Courses",
        "ServesAdultBasicEducation", "StartDate", "EndDate", "CohortCapacity", "MinimumAge", "Components",
        "CareerPathwayId", "EntryStepId", "Credentials", "OccupationSocCode", "CipCode", "WtcsProgramNumber", "WorkforceAreas", "WorkforcePlanAlignment",
        "Timeline", "InstructionalModel", "TeamTeachingOverlapHours", "IntegrationDescription",
        "LearningObjectives",
        .. new[] { "Statement", "AdultEducationContent", "WorkforcePreparationActivity", "WorkforceTrainingCompetency" }
            .SelectMany(field => new[] { $"LearningObjectives[0].{field}", $"LearningObjectives[5].{field}" }),
        "RecruitmentStrategies", "LearnerSupports",
    ];

    [Fact]
    public void Every_rules_own_field_is_among_the_fields_checked_here()
    {
        var unknown = RuleCatalogue.All.Select(r => r.Field).Distinct().Except(FieldsRulesCanName).ToList();

        Assert.True(unknown.Count == 0, "Add these fields to FieldsRulesCanName and to FixLinks: " + string.Join(", ", unknown));
    }

    [Fact]
    public async Task Every_field_a_rule_can_name_links_to_an_element_on_the_editor_page_of_a_complete_proposal()
    {
        var id = await app.WithDbAsync(db => CnaInDatabase.AddAsync(db));
        using var client = await ComplianceWebTests.StaffClientAsync(app);
        var pages = new Dictionary<string, IHtmlDocument>();

        var broken = new List<string>();
        foreach (var field in FieldsRulesCanName)
        {
            var link = FixLinks.Map(field);
            if (link is null)
            {
                broken.Add($"{field}: no link");
            }
            else if (await ComplianceWebTests.TargetOfAsync(client, link.Href(id), pages) is null)
            {
                broken.Add($"{field}: {link.Href(id)} names no element");
            }
        }

        Assert.True(broken.Count == 0, string.Join('\n', broken));
    }

    [Fact]
    public async Task Every_finding_of_an_empty_draft_links_to_an_element_on_its_page()
    {
        var collegeId = await app.CollegeIdAsync("MATC");
        var id = await app.WithDbAsync(async db =>
        {
            var draft = IetProposal.StartDraft(collegeId, "An empty draft");
            db.Proposals.Add(draft);
            await db.SaveChangesAsync();
            return draft.Id;
        });
        using var client = await ComplianceWebTests.StaffClientAsync(app);
        var pages = new Dictionary<string, IHtmlDocument>();

        var report = await app.WithDbAsync(async db =>
        {
            var draft = await db.Proposals.WithWholeProposal().AsNoTracking().SingleAsync(p => p.Id == id);
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ComplianceService>().EvaluateAsync(draft, default);
        });
        var broken = new List<string>();
        foreach (var finding in report.Findings.Where(f => f.Outcome != RuleOutcome.Met))
        {
            var href = FixLinks.Href(id, finding);
            if (await ComplianceWebTests.TargetOfAsync(client, href, pages) is null)
            {
                broken.Add($"{finding.RuleId} ({finding.Field}): {href}");
            }
        }

        Assert.True(report.ErrorCount > 20, "An empty draft should fail most rules.");
        Assert.True(broken.Count == 0, "Fix links that land nowhere:\n" + string.Join('\n', broken));
    }

    [Fact]
    public async Task The_panel_of_an_empty_draft_shows_the_total_counts_and_only_its_sections_findings_with_fix_links()
    {
        var collegeId = await app.CollegeIdAsync("MATC");
        var id = await app.WithDbAsync(async db =>
        {
            var draft = IetProposal.StartDraft(collegeId, "Another empty draft");
            db.Proposals.Add(draft);
            await db.SaveChangesAsync();
            return draft.Id;
        });
        using var client = await ComplianceWebTests.StaffClientAsync(app);

        var page = await client.GetDocumentAsync($"/proposals/{id}/edit/equity");

        var status = page.QuerySelector(".ietportal-compliance-panel [role=status]")!.TextContent;
        Assert.Matches(@"The whole proposal has\s+\d+ errors\s+and\s+\d+ warnings?\.", status);
        Assert.Contains("Equity and supports: 2 errors and no warnings.", status, StringComparison.Ordinal);
        var fixLinks = page.QuerySelectorAll(".ietportal-compliance-panel a[href*='#']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/proposals/{id}/edit/equity#Form_RecruitmentStrategies", $"/proposals/{id}/edit/equity#Form_LearnerSupports-0"], fixLinks);
        Assert.Equal("Not started", page.QuerySelector("a[aria-current='page'] .ietportal-section-state")!.TextContent.Trim());
        var check = page.QuerySelector($"nav[aria-label='Proposal sections'] a[href='/proposals/{id}/check']");
        Assert.NotNull(check);
        Assert.Contains("Check and submit", check.TextContent, StringComparison.Ordinal);
        Assert.Contains("Not ready", check.TextContent, StringComparison.Ordinal);
    }
}
