using System.Text.Json.Serialization;

namespace IetPortal.Domain.Compliance;

/// <summary>
/// The outcome of one rule. Error rules answer <see cref="Met"/> or <see cref="NotMet"/>; warning rules answer
/// <see cref="Met"/> or <see cref="NeedsAttention"/>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleOutcome>))]
public enum RuleOutcome
{
    Met,
    NotMet,
    NeedsAttention,
}
