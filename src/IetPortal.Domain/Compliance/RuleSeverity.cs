using System.Text.Json.Serialization;

namespace IetPortal.Domain.Compliance;

/// <summary>What an unmet rule does to a submission.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleSeverity>))]
public enum RuleSeverity
{
    /// <summary>Blocks submission until fixed.</summary>
    Error,

    /// <summary>Allows submission once acknowledged with a note.</summary>
    Warning,
}
