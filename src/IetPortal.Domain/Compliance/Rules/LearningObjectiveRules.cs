using System.Text;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance.Rules;

/// <summary>
/// Integration criterion 5: a single set of learning objectives that identifies specific adult education content,
/// workforce preparation activities and workforce training competencies, with program activities organized to
/// function cooperatively (34 CFR 463.37(b)).
/// </summary>
internal static class LearningObjectiveRules
{
    // 34 CFR 463.37(b): "a single set of learning objectives"; how many is an administrator-set minimum.
    public static ComplianceRule Count { get; } = new()
    {
        Id = "IET-463.37-b-OBJECTIVES-COUNT",
        Title = "Enough learning objectives",
        Requirement = "The single set of learning objectives has at least the administrator-set minimum number of objectives.",
        Citation = "34 CFR 463.37(b)",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.LearningObjectives,
        Section = ProposalSection.LearningObjectives,
        Field = "LearningObjectives",
        Evaluate = static input =>
        {
            var count = input.Proposal.LearningObjectives.Count;
            var minimum = input.Thresholds.MinimumLearningObjectives;
            var evidence = string.Create(
                EvidenceText.Culture,
                $"{EvidenceText.Count(count, "learning objective", "learning objectives")} (minimum {EvidenceText.Number(minimum)}).");
            return count >= minimum
                ? RuleResult.Met(evidence)
                : RuleResult.NotMet(
                    evidence,
                    string.Create(EvidenceText.Culture, $"Add learning objectives until there are at least {EvidenceText.Number(minimum)}; each names what learners will do."));
        },
    };

    // 34 CFR 463.37(b): the set "identifies specific adult education content, workforce preparation activities, and
    // workforce training competencies": every objective links all three, so every component is covered.
    public static ComplianceRule Linked { get; } = new()
    {
        Id = "IET-463.37-b-OBJECTIVES-LINKED",
        Title = "Every objective links all three components",
        Requirement = "Every learning objective states what learners will do and names its adult education content, workforce preparation activity and workforce training competency.",
        Citation = "34 CFR 463.37(b)",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.LearningObjectives,
        Section = ProposalSection.LearningObjectives,
        Field = "LearningObjectives",
        Evaluate = Evaluate,
    };

    // 34 CFR 463.37(b): "the program activities are organized to function cooperatively".
    public static ComplianceRule Cooperative { get; } = new()
    {
        Id = "IET-463.37-b-COOPERATIVE",
        Title = "Components organized to function cooperatively",
        Requirement = "The proposal names its instructional model (with overlap hours for team teaching) and describes how the components function cooperatively.",
        Citation = "34 CFR 463.37(b)",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.LearningObjectives,
        Section = ProposalSection.Integration,
        Field = "InstructionalModel",
        Evaluate = static input =>
        {
            var proposal = input.Proposal;
            if (proposal.InstructionalModel is not { } model)
            {
                return RuleResult.NotMet(
                    "No instructional model is chosen.",
                    "Choose how the components are taught together: team teaching, co-planning, contextualized bridge, alternating or other.");
            }

            if (model == InstructionalModel.TeamTeaching && proposal.TeamTeachingOverlapHours is not > 0)
            {
                return RuleResult.NotMet(
                        "Team teaching is chosen but no overlap hours are entered.",
                        "Enter the hours in which the adult education and occupational instructors teach together.")
                    .At("TeamTeachingOverlapHours");
            }

            if (EvidenceText.IsBlank(proposal.IntegrationDescription))
            {
                return RuleResult.NotMet(
                        string.Create(EvidenceText.Culture, $"{Describe(model, proposal.TeamTeachingOverlapHours)}; no description of how the components work together."),
                        "Describe how the three components function cooperatively: shared planning, shared materials, how instructors hand off.")
                    .At("IntegrationDescription");
            }

            return RuleResult.Met(string.Create(
                EvidenceText.Culture,
                $"{Describe(model, proposal.TeamTeachingOverlapHours)}; {EvidenceText.Quote(proposal.IntegrationDescription!)}"));
        },
    };

    private static RuleResult Evaluate(ComplianceInput input)
    {
        var objectives = input.Proposal.LearningObjectives;
        if (objectives.Count == 0)
        {
            return RuleResult.NotMet(
                "No learning objectives yet.",
                "Write the single set of learning objectives: for each, what learners will do, and the adult education content, "
                + "workforce preparation activity and workforce training competency it integrates.");
        }

        StringBuilder? gaps = null;
        string? firstGapField = null;
        var incomplete = 0;
        for (var i = 0; i < objectives.Count; i++)
        {
            var objective = objectives[i];
            var missingStatement = EvidenceText.IsBlank(objective.Statement);
            var missingContent = EvidenceText.IsBlank(objective.AdultEducationContent);
            var missingActivity = EvidenceText.IsBlank(objective.WorkforcePreparationActivity);
            var missingCompetency = EvidenceText.IsBlank(objective.WorkforceTrainingCompetency);
            if (!(missingStatement || missingContent || missingActivity || missingCompetency))
            {
                continue;
            }

            incomplete++;
            firstGapField ??= string.Create(
                EvidenceText.Culture,
                $"LearningObjectives[{i}].{(missingStatement ? "Statement" : missingContent ? "AdultEducationContent" : missingActivity ? "WorkforcePreparationActivity" : "WorkforceTrainingCompetency")}");

            gaps = gaps is null ? new StringBuilder() : gaps.Append("; ");
            gaps.Append(EvidenceText.Culture, $"objective {i + 1} lacks ");
            AppendMissing(gaps, missingStatement, missingContent, missingActivity, missingCompetency);
        }

        if (gaps is null)
        {
            return RuleResult.Met(string.Create(
                EvidenceText.Culture,
                $"All {EvidenceText.Count(objectives.Count, "objective names", "objectives name")} adult education content, a workforce preparation activity and a workforce training competency."));
        }

        gaps.Append('.');
        gaps[0] = char.ToUpperInvariant(gaps[0]);
        return RuleResult.NotMet(
                gaps.ToString(),
                string.Create(
                    EvidenceText.Culture,
                    $"Complete {(incomplete == 1 ? "the objective" : "the objectives")} in the matrix: each names the adult education content, the workforce preparation activity and the workforce training competency it integrates (34 CFR 463.37(b))."))
            .At(firstGapField!);
    }

    private static void AppendMissing(StringBuilder text, bool statement, bool content, bool activity, bool competency)
    {
        Span<bool> missing = [statement, content, activity, competency];
        ReadOnlySpan<string> names =
        [
            "the statement of what learners will do",
            "the adult education content",
            "the workforce preparation activity",
            "the workforce training competency",
        ];
        var total = 0;
        foreach (var flag in missing)
        {
            total += flag ? 1 : 0;
        }

        var written = 0;
        for (var i = 0; i < missing.Length; i++)
        {
            if (!missing[i])
            {
                continue;
            }

            if (written > 0)
            {
                text.Append(written == total - 1 ? " and " : ", ");
            }

            text.Append(names[i]);
            written++;
        }
    }

    private static string Describe(InstructionalModel model, decimal? overlapHours) => model switch
    {
        InstructionalModel.TeamTeaching => string.Create(EvidenceText.Culture, $"Team teaching with {EvidenceText.Number(overlapHours ?? 0)} overlap hours"),
        InstructionalModel.CoPlanning => "Co-planning",
        InstructionalModel.ContextualizedBridge => "Contextualized bridge",
        InstructionalModel.Alternating => "Alternating instruction",
        _ => "Other instructional model",
    };
}
