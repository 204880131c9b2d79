namespace IetPortal.Domain.Compliance;

/// <summary>The keys of the compliance thresholds and their defaults (seeded once, then administrator-managed).</summary>
public static class ThresholdKeys
{
    public const string MinimumAdultEducationHours = "min-hours-adult-education";
    public const string MinimumWorkforcePreparationHours = "min-hours-workforce-preparation";
    public const string MinimumWorkforceTrainingHours = "min-hours-workforce-training";
    public const string MinimumOverlapPercent = "min-overlap-percent";
    public const string MinimumLearningObjectives = "min-learning-objectives";
    public const string MinimumEligibleAge = "min-eligible-age";
    public const string ReviewClockTargetDays = "review-clock-target-days";

    public static IReadOnlyList<ComplianceThreshold> Defaults { get; } =
    [
        new() { Key = MinimumAdultEducationHours, Label = "Minimum adult education and literacy contact hours", Unit = "hours", Value = 1, Description = "No Wisconsin minimum is published; set by the System Office." },
        new() { Key = MinimumWorkforcePreparationHours, Label = "Minimum workforce preparation contact hours", Unit = "hours", Value = 1, Description = "No Wisconsin minimum is published; set by the System Office." },
        new() { Key = MinimumWorkforceTrainingHours, Label = "Minimum workforce training contact hours", Unit = "hours", Value = 1, Description = "No Wisconsin minimum is published; set by the System Office." },
        new() { Key = MinimumOverlapPercent, Label = "Minimum overlap of the components' date ranges", Unit = "percent", Value = 50, Description = "Share of the program's span during which all three components run at once (34 CFR 463.37(a)(2))." },
        new() { Key = MinimumLearningObjectives, Label = "Minimum number of learning objectives", Unit = "objectives", Value = 1, Description = "The single set of learning objectives (34 CFR 463.37(b))." },
        new() { Key = MinimumEligibleAge, Label = "Minimum learner age", Unit = "years", Value = 18, Description = "Wisconsin state policy: eligible individuals are 18 or older." },
        new() { Key = ReviewClockTargetDays, Label = "Review clock target", Unit = "days", Value = 30, Description = "Days from submission to decision before a review counts as late." },
    ];
}
