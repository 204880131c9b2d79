using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance.Rules;

/// <summary>
/// Integration criterion 2: each component is based on the most rigorous research available, particularly for
/// reading, writing, mathematics and English (34 CFR 463.37(a)(1)).
/// </summary>
internal static class ResearchRules
{
    public static ComplianceRule AdultEducation { get; } = For(ComponentKind.AdultEducation);
    public static ComplianceRule WorkforcePreparation { get; } = For(ComponentKind.WorkforcePreparation);
    public static ComplianceRule WorkforceTraining { get; } = For(ComponentKind.WorkforceTraining);

    // 34 CFR 463.37(a)(1): "based on the most rigorous research available, particularly with respect to improving
    // reading, writing, mathematics, and English proficiency": the adult education component must also say how the
    // evidence it cites shapes its instruction.
    private static ComplianceRule For(ComponentKind kind) => new()
    {
        Id = $"IET-463.37-a1-{kind.IdSegment()}-RESEARCH",
        Title = $"{EvidenceText.Capitalize(kind.Name())} based on research",
        Requirement = kind == ComponentKind.AdultEducation
            ? "The adult education and literacy component cites its evidence base and says how the research is applied to reading, writing, math or English instruction."
            : $"The {kind.Name()} component cites at least one research basis.",
        Citation = "34 CFR 463.37(a)(1)",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.Research,
        Section = ProposalSection.MaterialsAndResearch,
        Field = $"{kind.FieldPrefix()}.ResearchBases",
        Evaluate = input => Evaluate(input, kind),
    };

    private static RuleResult Evaluate(ComplianceInput input, ComponentKind kind)
    {
        var component = input.Component(kind);
        if (component is null)
        {
            return kind.Missing();
        }

        var cited = 0;
        ResearchBasis? first = null;
        ResearchBasis? firstApplied = null;
        foreach (var basis in component.ResearchBases)
        {
            if (EvidenceText.IsBlank(basis.Citation))
            {
                continue;
            }

            cited++;
            first ??= basis;
            if (firstApplied is null && !EvidenceText.IsBlank(basis.HowApplied))
            {
                firstApplied = basis;
            }
        }

        if (first is null)
        {
            return RuleResult.NotMet(
                $"No research basis is cited for the {kind.Name()} component.",
                kind == ComponentKind.AdultEducation
                    ? "Cite the research the adult education instruction is based on (e.g. evidence-based reading instruction, CCRS-aligned math, I-BEST studies) and say how it is applied."
                    : $"Cite the research the {kind.Name()} instruction is based on and say how it is applied.");
        }

        var sources = EvidenceText.Count(cited, "research source", "research sources");
        if (kind == ComponentKind.AdultEducation && firstApplied is null)
        {
            return RuleResult.NotMet(
                $"{sources} cited, e.g. {EvidenceText.Quote(first.Citation)}, but none says how it is applied.",
                "Say how the cited research shapes the reading, writing, math or English instruction.");
        }

        var shown = firstApplied ?? first;
        return RuleResult.Met($"{sources} cited, e.g. {EvidenceText.Quote(shown.Citation)}.");
    }
}
