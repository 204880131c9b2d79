using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance.Rules;

/// <summary>How the rules name a component: in prose, as a field prefix and as its editor section.</summary>
internal static class ComponentKindText
{
    /// <summary>The three kinds in the order of 34 CFR 463.36 (an array, so loops over it do not allocate).</summary>
    public static readonly ComponentKind[] All =
        [ComponentKind.AdultEducation, ComponentKind.WorkforcePreparation, ComponentKind.WorkforceTraining];

    /// <summary>The full name, as 34 CFR 463.36 gives it.</summary>
    public static string Name(this ComponentKind kind) => kind switch
    {
        ComponentKind.AdultEducation => "adult education and literacy",
        ComponentKind.WorkforcePreparation => "workforce preparation",
        ComponentKind.WorkforceTraining => "workforce training",
        _ => kind.ToString(),
    };

    /// <summary>The short name used in evidence.</summary>
    public static string ShortName(this ComponentKind kind) => kind switch
    {
        ComponentKind.AdultEducation => "adult education",
        _ => kind.Name(),
    };

    /// <summary>The prefix of the component's field names, e.g. <c>AdultEducation.ContactHours</c>.</summary>
    public static string FieldPrefix(this ComponentKind kind) => kind switch
    {
        ComponentKind.AdultEducation => "AdultEducation",
        ComponentKind.WorkforcePreparation => "WorkforcePreparation",
        ComponentKind.WorkforceTraining => "WorkforceTraining",
        _ => kind.ToString(),
    };

    /// <summary>The short id segment used in rule ids, e.g. <c>AEL</c>.</summary>
    public static string IdSegment(this ComponentKind kind) => kind switch
    {
        ComponentKind.AdultEducation => "AEL",
        ComponentKind.WorkforcePreparation => "WP",
        ComponentKind.WorkforceTraining => "WT",
        _ => kind.ToString().ToUpperInvariant(),
    };

    public static ProposalSection Section(this ComponentKind kind) => kind switch
    {
        ComponentKind.AdultEducation => ProposalSection.AdultEducation,
        ComponentKind.WorkforcePreparation => ProposalSection.WorkforcePreparation,
        ComponentKind.WorkforceTraining => ProposalSection.WorkforceTraining,
        _ => ProposalSection.Overview,
    };

    /// <summary>The finding every component rule gives when the component itself is missing (34 CFR 463.36).</summary>
    public static RuleResult Missing(this ComponentKind kind) => RuleResult.NotMet(
            $"The proposal has no {kind.Name()} component.",
            $"Add the {kind.Name()} component: 34 CFR 463.36 requires all three components.")
        .At(kind.Section(), kind.FieldPrefix());
}
