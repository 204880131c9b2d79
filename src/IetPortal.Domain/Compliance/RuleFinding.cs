using System.Text.Json.Serialization;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance;

/// <summary>
/// One rule's result as stored in a report: the rule's description is copied in, so a stored report still reads
/// correctly after the catalogue changes.
/// </summary>
public sealed record RuleFinding
{
    public required string RuleId { get; init; }
    public required string Title { get; init; }
    public required string Requirement { get; init; }
    public required string Citation { get; init; }
    public required RuleOrigin Origin { get; init; }
    public required RuleSeverity Severity { get; init; }
    public required ComplianceCriterion Criterion { get; init; }

    [JsonConverter(typeof(JsonStringEnumConverter<ProposalSection>))]
    public required ProposalSection Section { get; init; }

    public required string Field { get; init; }
    public required RuleOutcome Outcome { get; init; }
    public required string Evidence { get; init; }

    /// <summary>What to do; null when the rule is met.</summary>
    public string? Message { get; init; }

    /// <summary>An error-severity rule not met: submission is blocked.</summary>
    [JsonIgnore]
    public bool IsBlockingError => Severity == RuleSeverity.Error && Outcome == RuleOutcome.NotMet;

    /// <summary>A warning-severity rule not met or needing attention: submission needs an acknowledgement note.</summary>
    [JsonIgnore]
    public bool IsWarning => Severity == RuleSeverity.Warning && Outcome != RuleOutcome.Met;

    public static RuleFinding From(ComplianceRule rule, RuleResult result)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new()
        {
            RuleId = rule.Id,
            Title = rule.Title,
            Requirement = rule.Requirement,
            Citation = rule.Citation,
            Origin = rule.Origin,
            Severity = rule.Severity,
            Criterion = rule.Criterion,
            Section = result.Section ?? rule.Section,
            Field = result.Field ?? rule.Field,
            Outcome = result.Outcome,
            Evidence = result.Evidence ?? string.Empty,
            Message = result.Outcome == RuleOutcome.Met ? null : result.Message,
        };
    }
}
