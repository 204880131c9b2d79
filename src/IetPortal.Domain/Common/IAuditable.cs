namespace IetPortal.Domain.Common;

/// <summary>Creation and last-change stamps, filled in by the persistence layer on every save.</summary>
public interface IAuditable
{
    DateTime CreatedAtUtc { get; set; }
    string? CreatedByUserId { get; set; }
    DateTime UpdatedAtUtc { get; set; }
    string? UpdatedByUserId { get; set; }
}
