using System.Text.Json.Serialization;

namespace IetPortal.Domain.Compliance;

/// <summary>
/// Where a rule comes from. OCTAE asked WTCS to label state-imposed rules as such, so a federal requirement is
/// never confused with Wisconsin policy or with the portal's own data checks.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleOrigin>))]
public enum RuleOrigin
{
    /// <summary>34 CFR Part 463 or WIOA.</summary>
    Federal,

    /// <summary>WTCS policy (Development Guide, Roadmap to IET, Achieving Equity in IET).</summary>
    StatePolicy,

    /// <summary>Well-formed dates, numbers and codes: no regulation, but nothing else can be checked without them.</summary>
    DataIntegrity,
}
