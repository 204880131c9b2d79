using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Reviews;

/// <summary>
/// A reviewer's comment anchored to a proposal section. Internal notes stay with reviewers; comments for the
/// college are released with the decision, and a required change becomes a to-do the college marks addressed.
/// </summary>
public class ReviewComment : EditableEntity
{
    public int IetProposalId { get; set; }
    public int? ProposalVersionId { get; set; }
    public required string AuthorId { get; set; }
    public ProposalSection Section { get; set; }
    public required string Body { get; set; }
    public CommentVisibility Visibility { get; set; }
    public bool IsRequiredChange { get; set; }
    public DateTime? ReleasedAtUtc { get; set; }
    public DateTime? AddressedAtUtc { get; set; }
    public string? AddressedByUserId { get; set; }
    public string? CollegeReply { get; set; }

    public bool IsAddressed => AddressedAtUtc is not null;
}

public enum CommentVisibility
{
    Internal,
    ForCollege,
}
