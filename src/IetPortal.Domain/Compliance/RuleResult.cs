using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance;

/// <summary>
/// What one rule found: the outcome, the evidence in plain language and, when not met, what to do. A result may
/// point at a more precise place than the rule's default field (for example the first objective with a gap).
/// </summary>
public readonly record struct RuleResult
{
    public RuleOutcome Outcome { get; init; }
    public string Evidence { get; init; }
    public string? Message { get; init; }

    /// <summary>Overrides the rule's section when the gap lies elsewhere (for example a component's dates).</summary>
    public ProposalSection? Section { get; init; }

    /// <summary>Overrides the rule's field with the precise place of the first gap.</summary>
    public string? Field { get; init; }

    public static RuleResult Met(string evidence) => new() { Outcome = RuleOutcome.Met, Evidence = evidence };

    public static RuleResult NotMet(string evidence, string message) =>
        new() { Outcome = RuleOutcome.NotMet, Evidence = evidence, Message = message };

    public static RuleResult NeedsAttention(string evidence, string message) =>
        new() { Outcome = RuleOutcome.NeedsAttention, Evidence = evidence, Message = message };

    public RuleResult At(string field) => this with { Field = field };

    public RuleResult At(ProposalSection section, string field) => this with { Section = section, Field = field };
}
