using System.Globalization;
using IetPortal.Domain.Compliance;

namespace IetPortal.Web.Features.Thresholds;

/// <summary>One threshold as the page shows it, with the stamp its form posts back.</summary>
public sealed record ThresholdRow(
    string Key, string Label, string Unit, decimal Value, string? Description, Guid ConcurrencyStamp, DateTime UpdatedAtUtc, string? UpdatedBy);

/// <summary>One recorded change: who changed which threshold, when, from what to what.</summary>
public sealed record ThresholdHistoryRow(DateTime ChangedAtUtc, string Label, string Unit, decimal OldValue, decimal NewValue, string? ChangedBy);

/// <summary>
/// The thresholds page: every threshold with its own small form, and the history of changes. After a refused save,
/// <see cref="EditedKey"/> and <see cref="Posted"/> put the typed value and its message back on that threshold's form.
/// </summary>
public sealed record ThresholdsPage(
    IReadOnlyList<ThresholdRow> Thresholds, IReadOnlyList<ThresholdHistoryRow> History, string? EditedKey = null, ThresholdForm? Posted = null)
{
    /// <summary>
    /// The thresholds the compliance rules read (<see cref="ComplianceThresholds"/>): changing one re-checks the open
    /// drafts. The review clock target is a threshold too, but no rule reads it.
    /// </summary>
    public static IReadOnlySet<string> ComplianceKeys { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ThresholdKeys.MinimumAdultEducationHours,
        ThresholdKeys.MinimumWorkforcePreparationHours,
        ThresholdKeys.MinimumWorkforceTrainingHours,
        ThresholdKeys.MinimumOverlapPercent,
        ThresholdKeys.MinimumLearningObjectives,
        ThresholdKeys.MinimumEligibleAge,
    };

    /// <summary>The model-state prefix of a threshold's form, so its errors and the summary's links name that form's input.</summary>
    public static string Prefix(string key) => key;

    /// <summary>The id of a threshold's value input (what the error summary links to).</summary>
    public static string ValueId(string key) => Shared.FieldIds.For(Prefix(key) + "." + nameof(ThresholdForm.Value));

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>"1 hour", "12.5 hours", "50 percent": units are stored in the plural.</summary>
    public static string WithUnit(decimal value, string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var word = value == 1 && unit.EndsWith('s') ? unit[..^1] : unit;
        return $"{Number(value)} {word}";
    }

    /// <summary>The stamp a threshold's form posts: the one the administrator was editing from, unless it is unreadable.</summary>
    public Guid StampFor(ThresholdRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Key == EditedKey && Guid.TryParse(Posted?.ConcurrencyStamp, out var posted) ? posted : row.ConcurrencyStamp;
    }
}
