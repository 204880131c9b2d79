using IetPortal.Domain.Compliance;

namespace IetPortal.Domain.Tests.Compliance;

public class ComplianceThresholdsTests
{
    [Fact]
    public void The_defaults_are_the_seeded_threshold_values()
    {
        var seeded = ThresholdKeys.Defaults.ToDictionary(t => t.Key, t => t.Value);

        var thresholds = ComplianceThresholds.Defaults;

        Assert.Equal(seeded[ThresholdKeys.MinimumAdultEducationHours], thresholds.MinimumAdultEducationHours);
        Assert.Equal(seeded[ThresholdKeys.MinimumWorkforcePreparationHours], thresholds.MinimumWorkforcePreparationHours);
        Assert.Equal(seeded[ThresholdKeys.MinimumWorkforceTrainingHours], thresholds.MinimumWorkforceTrainingHours);
        Assert.Equal(seeded[ThresholdKeys.MinimumOverlapPercent], thresholds.MinimumOverlapPercent);
        Assert.Equal(seeded[ThresholdKeys.MinimumLearningObjectives], thresholds.MinimumLearningObjectives);
        Assert.Equal(seeded[ThresholdKeys.MinimumEligibleAge], thresholds.MinimumEligibleAge);
    }

    [Fact]
    public void Values_present_in_the_dictionary_override_the_defaults_and_absent_keys_keep_them()
    {
        var thresholds = ComplianceThresholds.From(new Dictionary<string, decimal>
        {
            [ThresholdKeys.MinimumAdultEducationHours] = 60,
            [ThresholdKeys.MinimumOverlapPercent] = 75.5m,
            ["an-unknown-key"] = 3,
        });

        Assert.Equal(60, thresholds.MinimumAdultEducationHours);
        Assert.Equal(75.5m, thresholds.MinimumOverlapPercent);
        Assert.Equal(ComplianceThresholds.Defaults.MinimumWorkforceTrainingHours, thresholds.MinimumWorkforceTrainingHours);
        Assert.Equal(ComplianceThresholds.Defaults.MinimumEligibleAge, thresholds.MinimumEligibleAge);
    }

    [Fact]
    public void Every_rule_threshold_key_has_a_seeded_default()
    {
        string[] keys =
        [
            ThresholdKeys.MinimumAdultEducationHours,
            ThresholdKeys.MinimumWorkforcePreparationHours,
            ThresholdKeys.MinimumWorkforceTrainingHours,
            ThresholdKeys.MinimumOverlapPercent,
            ThresholdKeys.MinimumLearningObjectives,
            ThresholdKeys.MinimumEligibleAge,
        ];

        Assert.All(keys, key => Assert.Contains(ThresholdKeys.Defaults, t => t.Key == key));
    }
}
