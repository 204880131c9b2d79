namespace IetPortal.Domain.Compliance;

/// <summary>
/// An administrator-set number a compliance rule compares against. Thresholds are data, not code: the state
/// has published no numeric minimums, so every minimum is configurable and each change is recorded.
/// </summary>
public class ComplianceThreshold : Common.IConcurrencyAware
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public required string Label { get; set; }
    public required string Unit { get; set; }
    public decimal Value { get; set; }
    public string? Description { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public string? UpdatedByUserId { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}

/// <summary>A recorded change of a threshold: who, when, old and new value.</summary>
public class ThresholdChange
{
    public long Id { get; set; }
    public required string ThresholdKey { get; set; }
    public decimal OldValue { get; set; }
    public decimal NewValue { get; set; }
    public DateTime ChangedAtUtc { get; set; }
    public required string ChangedByUserId { get; set; }
}
