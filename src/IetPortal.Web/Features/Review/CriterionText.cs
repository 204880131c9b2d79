using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;

namespace IetPortal.Web.Features.Review;

/// <summary>
/// The words of the reviewer's checklist: the three required components (34 CFR 463.36) and the six integration
/// criteria as the WTCS IET page lists them (463.37, 463.38(b)), each rated Meets or Needs revision, as Washington's
/// I-BEST reviewers rate "Meets Criteria" or "Needs Revision".
/// </summary>
public static class CriterionText
{
    public static IReadOnlyList<ReviewCriterion> All { get; } = Enum.GetValues<ReviewCriterion>();

    public static string Title(ReviewCriterion criterion) => criterion switch
    {
        ReviewCriterion.AdultEducationComponent => "Adult education and literacy component (463.36(a))",
        ReviewCriterion.WorkforcePreparationComponent => "Workforce preparation component (463.36(b))",
        ReviewCriterion.WorkforceTrainingComponent => "Workforce training component (463.36(c))",
        ReviewCriterion.SufficientIntensityAndQuality => "1. Sufficient intensity and quality (463.37(a)(1))",
        ReviewCriterion.RigorousResearch => "2. Based on the most rigorous research available (463.37(a)(1))",
        ReviewCriterion.Simultaneous => "3. Components occur simultaneously (463.37(a)(2))",
        ReviewCriterion.OccupationallyRelevantMaterials => "4. Occupationally relevant instructional materials (463.37(a)(3))",
        ReviewCriterion.SingleSetOfLearningObjectives => "5. A single set of learning objectives (463.37(b))",
        ReviewCriterion.CareerPathwayConnection => "6. Part of a career pathway (463.38(b))",
        _ => criterion.ToString(),
    };

    /// <summary>The group a criterion is listed under, for the checklist's two fieldsets.</summary>
    public static bool IsComponent(ReviewCriterion criterion) => criterion is
        ReviewCriterion.AdultEducationComponent or ReviewCriterion.WorkforcePreparationComponent or ReviewCriterion.WorkforceTrainingComponent;

    /// <summary>The automated report's findings that inform a criterion, so the reviewer sees them next to the rating.</summary>
    public static ComplianceCriterion Automated(ReviewCriterion criterion) => criterion switch
    {
        ReviewCriterion.AdultEducationComponent => ComplianceCriterion.AdultEducation,
        ReviewCriterion.WorkforcePreparationComponent => ComplianceCriterion.WorkforcePreparation,
        ReviewCriterion.WorkforceTrainingComponent => ComplianceCriterion.WorkforceTraining,
        ReviewCriterion.SufficientIntensityAndQuality => ComplianceCriterion.IntensityAndQuality,
        ReviewCriterion.RigorousResearch => ComplianceCriterion.Research,
        ReviewCriterion.Simultaneous => ComplianceCriterion.Simultaneous,
        ReviewCriterion.OccupationallyRelevantMaterials => ComplianceCriterion.Materials,
        ReviewCriterion.SingleSetOfLearningObjectives => ComplianceCriterion.LearningObjectives,
        ReviewCriterion.CareerPathwayConnection => ComplianceCriterion.CareerPathway,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Unknown criterion."),
    };

    public static string Rating(CriterionRatingValue? rating) => rating switch
    {
        CriterionRatingValue.Meets => "Meets",
        CriterionRatingValue.NeedsRevision => "Needs revision",
        _ => "Not rated yet",
    };

    /// <summary>"3 of 3 automated checks met" for the findings of one criterion in a stored report.</summary>
    public static string AutomatedSummary(ComplianceReport? report, ReviewCriterion criterion)
    {
        if (report is null)
        {
            return "No stored report";
        }

        var findings = report.Findings.Where(f => f.Criterion == Automated(criterion)).ToList();
        if (findings.Count == 0)
        {
            return "No automated check";
        }

        var met = findings.Count(f => f.Outcome == RuleOutcome.Met);
        return $"{met} of {findings.Count} automated {(findings.Count == 1 ? "check" : "checks")} met";
    }

    /// <summary>The sections a reviewer can anchor a comment to: every editor section (not the check page).</summary>
    public static IReadOnlyList<ProposalSection> CommentSections { get; } =
        [.. Enum.GetValues<ProposalSection>().Where(s => s != ProposalSection.CheckAndSubmit)];
}
