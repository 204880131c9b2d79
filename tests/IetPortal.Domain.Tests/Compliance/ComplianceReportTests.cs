using System.Text.Json;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Tests.Compliance;

public class ComplianceReportTests
{
    private static ComplianceReport ReportWithOneErrorAndTwoWarnings()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.AdultEducation.ContentStandards = null;
        scenario.Proposal.MinimumAge = null;
        scenario.Proposal.WorkforceAreas = [new ProposalWorkforceArea { WorkforceDevelopmentAreaId = RealisticProposals.WowWdaId }];
        return scenario.Evaluate();
    }

    [Fact]
    public void The_report_round_trips_through_json()
    {
        var report = ReportWithOneErrorAndTwoWarnings();

        var json = report.ToJson();
        var read = ComplianceReport.FromJson(json);

        Assert.Equal(report.RuleSetVersion, read.RuleSetVersion);
        Assert.Equal(report.Thresholds, read.Thresholds);
        Assert.Equal(report.Findings, read.Findings);
        Assert.Equal(report.ErrorCount, read.ErrorCount);
        Assert.Equal(report.WarningCount, read.WarningCount);
        Assert.Equal(json, read.ToJson());
    }

    [Fact]
    public void The_report_round_trips_with_default_serializer_options()
    {
        var report = ReportWithOneErrorAndTwoWarnings();

        var read = JsonSerializer.Deserialize<ComplianceReport>(JsonSerializer.Serialize(report))!;

        Assert.Equal(report.Findings, read.Findings);
    }

    [Fact]
    public void Enums_are_stored_as_names_so_stored_reports_survive_reordering()
    {
        var json = ReportWithOneErrorAndTwoWarnings().ToJson();

        Assert.Contains("\"Outcome\":\"NotMet\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Severity\":\"Warning\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Origin\":\"StatePolicy\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Section\":\"AdultEducation\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Criterion\":\"ContentStandards\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_are_recomputed_from_the_findings_when_read_back()
    {
        var json = ReportWithOneErrorAndTwoWarnings().ToJson().Replace("\"ErrorCount\":1", "\"ErrorCount\":0", StringComparison.Ordinal);

        Assert.Equal(1, ComplianceReport.FromJson(json).ErrorCount);
    }

    [Fact]
    public void Errors_count_unmet_error_rules_and_warnings_count_warning_rules_needing_attention()
    {
        var report = ReportWithOneErrorAndTwoWarnings();

        Assert.Equal(1, report.ErrorCount);
        Assert.Equal(2, report.WarningCount);
        Assert.True(report.HasBlockingErrors);
    }

    [Fact]
    public void Findings_for_a_section_are_those_whose_field_lives_there()
    {
        var report = ReportWithOneErrorAndTwoWarnings();

        var adultEducation = report.ForSection(ProposalSection.AdultEducation);

        Assert.Contains(adultEducation, f => f.RuleId == "IET-463.38-a-CONTENT-STANDARDS" && f.Outcome == RuleOutcome.NotMet);
        Assert.All(adultEducation, f => Assert.Equal(ProposalSection.AdultEducation, f.Section));
        Assert.Empty(report.ForSection(ProposalSection.PartnersAndAttachments));
    }

    [Fact]
    public void A_finding_may_move_to_the_section_of_the_gap()
    {
        var scenario = ComplianceScenario.Cna();
        scenario.WorkforceTraining.StartDate = new DateOnly(2026, 4, 20);

        var report = scenario.Evaluate();

        Assert.Contains(report.ForSection(ProposalSection.WorkforceTraining), f => f.RuleId == "IET-463.37-a2-SIMULTANEOUS");
        Assert.DoesNotContain(report.ForSection(ProposalSection.Integration), f => f.RuleId == "IET-463.37-a2-SIMULTANEOUS");
    }

    [Fact]
    public void An_empty_json_document_is_refused()
    {
        Assert.Throws<JsonException>(() => ComplianceReport.FromJson("null"));
    }
}
