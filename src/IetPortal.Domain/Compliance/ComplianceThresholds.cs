using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance;

/// <summary>
/// The administrator-set numbers the rules compare against, typed. The state publishes no numeric minimums, so
/// none is written into a rule: every one comes from here (keys in <see cref="ThresholdKeys"/>).
/// </summary>
public sealed record ComplianceThresholds(
    decimal MinimumAdultEducationHours,
    decimal MinimumWorkforcePreparationHours,
    decimal MinimumWorkforceTrainingHours,
    decimal MinimumOverlapPercent,
    decimal MinimumLearningObjectives,
    decimal MinimumEligibleAge)
{
    /// <summary>The seeded defaults of <see cref="ThresholdKeys.Defaults"/>.</summary>
    public static ComplianceThresholds Defaults { get; } = From(new Dictionary<string, decimal>());

    /// <summary>Reads the thresholds from key → value pairs; a key that is absent takes its seeded default.</summary>
    public static ComplianceThresholds From(IReadOnlyDictionary<string, decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new(
            Read(values, ThresholdKeys.MinimumAdultEducationHours),
            Read(values, ThresholdKeys.MinimumWorkforcePreparationHours),
            Read(values, ThresholdKeys.MinimumWorkforceTrainingHours),
            Read(values, ThresholdKeys.MinimumOverlapPercent),
            Read(values, ThresholdKeys.MinimumLearningObjectives),
            Read(values, ThresholdKeys.MinimumEligibleAge));
    }

    /// <summary>The minimum contact hours of one component (34 CFR 463.37(a)(1): sufficient intensity).</summary>
    public decimal MinimumHours(ComponentKind kind) => kind switch
    {
        ComponentKind.AdultEducation => MinimumAdultEducationHours,
        ComponentKind.WorkforcePreparation => MinimumWorkforcePreparationHours,
        ComponentKind.WorkforceTraining => MinimumWorkforceTrainingHours,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown component kind."),
    };

    private static decimal Read(IReadOnlyDictionary<string, decimal> values, string key)
    {
        if (values.TryGetValue(key, out var value))
        {
            return value;
        }

        foreach (var threshold in ThresholdKeys.Defaults)
        {
            if (threshold.Key == key)
            {
                return threshold.Value;
            }
        }

        throw new InvalidOperationException($"Threshold '{key}' has no default in ThresholdKeys.Defaults.");
    }
}
