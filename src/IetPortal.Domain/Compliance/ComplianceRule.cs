using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance;

/// <summary>
/// One requirement of the compliance catalogue: what it tests, where it comes from, how serious a gap is, where the
/// user fixes it, and a pure function that evaluates it. Rules are defined in <c>Compliance/Rules</c> and listed
/// once in <see cref="RuleCatalogue"/>.
/// </summary>
public sealed class ComplianceRule
{
    /// <summary>Stable identifier stored in reports and acknowledgements, e.g. <c>IET-463.37-a2-SIMULTANEOUS</c>.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>What the rule tests, in one sentence.</summary>
    public required string Requirement { get; init; }

    /// <summary>The regulation or policy, e.g. <c>34 CFR 463.37(a)(2)</c>.</summary>
    public required string Citation { get; init; }

    public required RuleOrigin Origin { get; init; }
    public required RuleSeverity Severity { get; init; }
    public required ComplianceCriterion Criterion { get; init; }

    /// <summary>The editor section where the field to fix lives.</summary>
    public required ProposalSection Section { get; init; }

    /// <summary>Stable field name the web layer turns into a link, e.g. <c>AdultEducation.ContentStandards</c>.</summary>
    public required string Field { get; init; }

    /// <summary>The evaluation: a pure function of the input (no clock, no I/O).</summary>
    public required Func<ComplianceInput, RuleResult> Evaluate { get; init; }

    public override string ToString() => Id;
}
