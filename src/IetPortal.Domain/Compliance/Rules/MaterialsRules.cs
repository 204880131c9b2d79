using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance.Rules;

/// <summary>Integration criterion 4: occupationally relevant instructional materials (34 CFR 463.37(a)(3)).</summary>
internal static class MaterialsRules
{
    public static ComplianceRule AdultEducation { get; } = For(ComponentKind.AdultEducation);
    public static ComplianceRule WorkforcePreparation { get; } = For(ComponentKind.WorkforcePreparation);
    public static ComplianceRule WorkforceTraining { get; } = For(ComponentKind.WorkforceTraining);

    // 34 CFR 463.37(a)(3): the components "use occupationally relevant instructional materials".
    private static ComplianceRule For(ComponentKind kind) => new()
    {
        Id = $"IET-463.37-a3-{kind.IdSegment()}-MATERIALS",
        Title = $"{EvidenceText.Capitalize(kind.Name())} uses occupationally relevant materials",
        Requirement = $"The {kind.Name()} component lists at least one instructional material marked occupationally relevant.",
        Citation = "34 CFR 463.37(a)(3)",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.Materials,
        Section = ProposalSection.MaterialsAndResearch,
        Field = $"{kind.FieldPrefix()}.Materials",
        Evaluate = input => Evaluate(input, kind),
    };

    private static RuleResult Evaluate(ComplianceInput input, ComponentKind kind)
    {
        var component = input.Component(kind);
        if (component is null)
        {
            return kind.Missing();
        }

        var materials = component.Materials;
        var relevant = 0;
        InstructionalMaterial? first = null;
        foreach (var material in materials)
        {
            if (material.IsOccupationallyRelevant && !EvidenceText.IsBlank(material.Title))
            {
                relevant++;
                first ??= material;
            }
        }

        if (first is not null)
        {
            return RuleResult.Met(string.Create(
                EvidenceText.Culture,
                $"{relevant} of {EvidenceText.Count(materials.Count, "material", "materials")} occupationally relevant, e.g. {EvidenceText.Quote(first.Title)}."));
        }

        var message = $"Add an instructional material the {kind.Name()} component uses that is drawn from the occupation "
            + "(e.g. workplace texts, forms, equipment manuals) and mark it occupationally relevant.";
        return materials.Count == 0
            ? RuleResult.NotMet($"No instructional material is listed for the {kind.Name()} component.", message)
            : RuleResult.NotMet(
                materials.Count == 1
                    ? "The only material listed is not marked occupationally relevant."
                    : string.Create(EvidenceText.Culture, $"None of the {materials.Count} materials listed is marked occupationally relevant."),
                message);
    }
}
