using IetPortal.Domain.Compliance;

namespace IetPortal.Web.Features.Compliance;

/// <summary>A heading of the full report and the criteria listed under it.</summary>
public sealed record CriterionGroup(string Heading, string Intro, IReadOnlyList<ComplianceCriterion> Criteria);

/// <summary>The words the pages use for outcomes, severities, origins and criteria: status is never shown by colour alone.</summary>
public static class ComplianceText
{
    /// <summary>
    /// The report's grouping, as the WTCS IET page and the reviewer's checklist present it: the three required
    /// components (34 CFR 463.36), the six integration criteria (463.37, 463.38(b)), then content standards (463.38(a)),
    /// Wisconsin state policy and data integrity.
    /// </summary>
    public static IReadOnlyList<CriterionGroup> Groups { get; } =
    [
        new("The three required components", "34 CFR 463.36: adult education and literacy, workforce preparation and workforce training.",
            [ComplianceCriterion.AdultEducation, ComplianceCriterion.WorkforcePreparation, ComplianceCriterion.WorkforceTraining]),
        new("The six integration criteria", "34 CFR 463.37 and 463.38(b), as the WTCS IET page lists them.",
            [
                ComplianceCriterion.IntensityAndQuality, ComplianceCriterion.Research, ComplianceCriterion.Simultaneous,
                ComplianceCriterion.Materials, ComplianceCriterion.LearningObjectives, ComplianceCriterion.CareerPathway,
            ]),
        new("Other requirements", "State content standards (34 CFR 463.38(a)), Wisconsin state policy and the data the other rules need.",
            [ComplianceCriterion.ContentStandards, ComplianceCriterion.StatePolicy, ComplianceCriterion.DataIntegrity]),
    ];

    public static string Title(ComplianceCriterion criterion) => criterion switch
    {
        ComplianceCriterion.AdultEducation => "Adult education and literacy (463.36(a))",
        ComplianceCriterion.WorkforcePreparation => "Workforce preparation (463.36(b))",
        ComplianceCriterion.WorkforceTraining => "Workforce training (463.36(c))",
        ComplianceCriterion.IntensityAndQuality => "1. Sufficient intensity and quality (463.37(a)(1))",
        ComplianceCriterion.Research => "2. Based on the most rigorous research available (463.37(a)(1))",
        ComplianceCriterion.Simultaneous => "3. Components occur simultaneously (463.37(a)(2))",
        ComplianceCriterion.Materials => "4. Occupationally relevant instructional materials (463.37(a)(3))",
        ComplianceCriterion.LearningObjectives => "5. A single set of learning objectives (463.37(b))",
        ComplianceCriterion.CareerPathway => "6. Part of a career pathway meeting local workforce needs (463.38(b))",
        ComplianceCriterion.ContentStandards => "State adult education content standards (463.38(a))",
        ComplianceCriterion.StatePolicy => "Wisconsin state policy",
        ComplianceCriterion.DataIntegrity => "Data integrity",
        _ => criterion.ToString(),
    };

    public static string Outcome(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Met => "Met",
        RuleOutcome.NotMet => "Not met",
        _ => "Needs attention",
    };

    /// <summary>The CSS modifier of an outcome tag (the words carry the meaning; colour only repeats it).</summary>
    public static string OutcomeClass(RuleOutcome outcome) => outcome switch
    {
        RuleOutcome.Met => "ietportal-outcome--met",
        RuleOutcome.NotMet => "ietportal-outcome--not-met",
        _ => "ietportal-outcome--attention",
    };

    public static string Severity(RuleSeverity severity) =>
        severity == RuleSeverity.Error ? "Error: blocks submission" : "Warning: needs an acknowledgement note";

    public static string Origin(RuleOrigin origin) => origin switch
    {
        RuleOrigin.Federal => "Federal rule",
        RuleOrigin.StatePolicy => "Wisconsin state policy",
        _ => "Data integrity",
    };

    /// <summary>"3 errors", "1 warning", "no errors".</summary>
    public static string Count(int count, string one, string many) => count switch
    {
        0 => "no " + many,
        1 => "1 " + one,
        _ => count.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US")) + " " + many,
    };
}
