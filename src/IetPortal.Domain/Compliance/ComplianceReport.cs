using System.Text.Json;
using System.Text.Json.Serialization;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance;

/// <summary>
/// The result of evaluating every rule of the catalogue against a proposal. It is stored as JSON with each submitted
/// version, together with the rule-set version and thresholds that produced it, so the reviewer and the college see
/// the same evidence later.
/// </summary>
public sealed class ComplianceReport
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    [JsonConstructor]
    public ComplianceReport(string ruleSetVersion, IReadOnlyList<RuleFinding> findings, ComplianceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(ruleSetVersion);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(thresholds);
        RuleSetVersion = ruleSetVersion;
        Findings = findings;
        Thresholds = thresholds;
        foreach (var finding in findings)
        {
            if (finding.IsBlockingError)
            {
                ErrorCount++;
            }
            else if (finding.IsWarning)
            {
                WarningCount++;
            }
        }
    }

    /// <summary>The <see cref="RuleCatalogue.RuleSetVersion"/> that produced this report.</summary>
    public string RuleSetVersion { get; }

    /// <summary>The thresholds in force when the report was made.</summary>
    public ComplianceThresholds Thresholds { get; }

    /// <summary>One finding per rule, in catalogue order.</summary>
    public IReadOnlyList<RuleFinding> Findings { get; }

    /// <summary>Error-severity rules not met (they block submission). Recomputed from the findings when read back.</summary>
    public int ErrorCount { get; }

    /// <summary>Warning-severity rules not met or needing attention (each needs an acknowledgement note).</summary>
    public int WarningCount { get; }

    [JsonIgnore]
    public bool HasBlockingErrors => ErrorCount > 0;

    /// <summary>The findings whose field lives in one editor section (for the editor's side panel).</summary>
    public IReadOnlyList<RuleFinding> ForSection(ProposalSection section)
    {
        var inSection = new List<RuleFinding>();
        foreach (var finding in Findings)
        {
            if (finding.Section == section)
            {
                inSection.Add(finding);
            }
        }

        return inSection;
    }

    public RuleFinding? Find(string ruleId)
    {
        foreach (var finding in Findings)
        {
            if (string.Equals(finding.RuleId, ruleId, StringComparison.Ordinal))
            {
                return finding;
            }
        }

        return null;
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    public static ComplianceReport FromJson(string json) =>
        JsonSerializer.Deserialize<ComplianceReport>(json, JsonOptions)
        ?? throw new JsonException("The compliance report JSON is empty.");
}
