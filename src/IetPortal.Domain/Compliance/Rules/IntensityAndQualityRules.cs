using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance.Rules;

/// <summary>
/// Integration criterion 1: each component is of sufficient intensity and quality (34 CFR 463.37(a)(1)). Intensity is
/// contact hours at or above the administrator-set minimum; quality is an assigned instructor and a description.
/// </summary>
internal static class IntensityAndQualityRules
{
    public static ComplianceRule AdultEducation { get; } = For(ComponentKind.AdultEducation);
    public static ComplianceRule WorkforcePreparation { get; } = For(ComponentKind.WorkforcePreparation);
    public static ComplianceRule WorkforceTraining { get; } = For(ComponentKind.WorkforceTraining);

    // 34 CFR 463.37(a)(1): "each of sufficient intensity and quality".
    private static ComplianceRule For(ComponentKind kind) => new()
    {
        Id = $"IET-463.37-a1-{kind.IdSegment()}-INTENSITY",
        Title = $"{EvidenceText.Capitalize(kind.Name())} of sufficient intensity and quality",
        Requirement = $"The {kind.Name()} component has contact hours at or above the administrator-set minimum, at least one instructor and a description of its quality.",
        Citation = "34 CFR 463.37(a)(1)",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.IntensityAndQuality,
        Section = kind.Section(),
        Field = $"{kind.FieldPrefix()}.ContactHours",
        Evaluate = input => Evaluate(input, kind),
    };

    private static RuleResult Evaluate(ComplianceInput input, ComponentKind kind)
    {
        var component = input.Component(kind);
        if (component is null)
        {
            return kind.Missing();
        }

        var minimum = input.Thresholds.MinimumHours(kind);
        var hoursMet = component.ContactHours is { } hours && hours >= minimum;
        var instructor = FirstInstructor(component);
        var qualityMet = !EvidenceText.IsBlank(component.QualityDescription);

        var hoursText = component.ContactHours is { } entered
            ? string.Create(EvidenceText.Culture, $"{EvidenceText.Count(entered, "contact hour", "contact hours")} (minimum {EvidenceText.Number(minimum)})")
            : string.Create(EvidenceText.Culture, $"No contact hours entered (minimum {EvidenceText.Number(minimum)})");
        var instructorText = instructor is null
            ? "no instructor assigned"
            : string.Create(EvidenceText.Culture, $"{EvidenceText.Count(CountInstructors(component), "instructor", "instructors")} ({instructor.Name.Trim()})");
        var qualityText = qualityMet ? "quality described" : "no quality description";
        var evidence = string.Concat(hoursText, "; ", instructorText, "; ", qualityText, ".");

        if (hoursMet && instructor is not null && qualityMet)
        {
            return RuleResult.Met(evidence);
        }

        // List only the gaps, and point at the first of them.
        var fixes = new List<string>(3);
        string? field = null;
        if (!hoursMet)
        {
            fixes.Add(string.Create(EvidenceText.Culture, $"plan at least {EvidenceText.Count(minimum, "contact hour", "contact hours")} of {kind.Name()}"));
            field = ".ContactHours";
        }

        if (instructor is null)
        {
            fixes.Add($"assign an instructor, with their qualifications, to the {kind.Name()} component");
            field ??= ".Instructors";
        }

        if (!qualityMet)
        {
            fixes.Add("describe what makes the instruction high quality (qualified staff, methods, class size, assessment)");
            field ??= ".QualityDescription";
        }

        return RuleResult.NotMet(evidence, EvidenceText.Capitalize(EvidenceText.JoinAsSentence(fixes)) + ".")
            .At(kind.FieldPrefix() + field);
    }

    private static Instructor? FirstInstructor(IetComponent component)
    {
        foreach (var instructor in component.Instructors)
        {
            if (!EvidenceText.IsBlank(instructor.Name))
            {
                return instructor;
            }
        }

        return null;
    }

    private static int CountInstructors(IetComponent component)
    {
        var count = 0;
        foreach (var instructor in component.Instructors)
        {
            if (!EvidenceText.IsBlank(instructor.Name))
            {
                count++;
            }
        }

        return count;
    }
}
