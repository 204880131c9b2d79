namespace IetPortal.Domain.Common;

/// <summary>Base for editable aggregates: an identity, audit stamps and a concurrency stamp.</summary>
public abstract class EditableEntity : IAuditable, IConcurrencyAware
{
    public int Id { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string? CreatedByUserId { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    public string? UpdatedByUserId { get; set; }
    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();
}
