using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Features.Decisions;

namespace IetPortal.Web.Features.Review;

/// <summary>The version under review: the latest submitted one.</summary>
public sealed record VersionInfo(int Id, int Number, DateTime SubmittedAtUtc, string? SubmittedBy, string RuleSetVersion, bool HasEarlierVersion);

/// <summary>A review comment as the reviewer's page shows it.</summary>
public sealed record CommentItem(
    int Id,
    int? VersionNumber,
    ProposalSection Section,
    string Body,
    CommentVisibility Visibility,
    bool IsRequiredChange,
    string AuthorId,
    string? AuthorName,
    DateTime CreatedAtUtc,
    DateTime? ReleasedAtUtc,
    DateTime? AddressedAtUtc,
    string? CollegeReply)
{
    public bool IsReleased => ReleasedAtUtc is not null;

    /// <summary>"Internal note", "For the college", "Required change for the college": always in words.</summary>
    public string Kind => Visibility == CommentVisibility.Internal
        ? "Internal note (reviewers only)"
        : IsRequiredChange ? "Required change for the college" : "Comment for the college";
}

/// <summary>The decision recorded on the version under review, if any.</summary>
public sealed record DecisionInfo(
    DecisionKind Kind, DateTime DecidedAtUtc, string? DecidedBy, string? Summary, string? ApprovalNumber, DateOnly? EffectiveFrom, DateOnly? EffectiveTo);

/// <summary>What a refused or invalid post brings back to the review page, so the user's input is shown again.</summary>
public sealed record ReviewPagePosted
{
    public RatingsForm? Ratings { get; init; }
    public CommentForm? Comment { get; init; }
    public ReturnForm? Return { get; init; }
    public AssignForm? Assign { get; init; }
}

/// <summary>
/// The review page: the proposal as submitted in the version under review, the compliance report stored with that
/// version, the resubmission diff, the checklist, the comments, and only the actions the workflow permits this user.
/// </summary>
public sealed record ReviewPage
{
    public required int ProposalId { get; init; }
    public required string Title { get; init; }
    public required int CollegeId { get; init; }
    public required string CollegeName { get; init; }
    public required ProposalStatus Status { get; init; }
    public required bool IsAmendment { get; init; }
    public required string? AssignedReviewerId { get; init; }
    public required string? AssignedTo { get; init; }
    public required ReviewClock Clock { get; init; }
    public required VersionInfo Version { get; init; }

    /// <summary>The report stored with the version; null only if the stored JSON cannot be read.</summary>
    public required ComplianceReport? Report { get; init; }

    /// <summary>The proposal as submitted in this version, in the read view's shape; null only if the snapshot cannot be read.</summary>
    public required Proposals.ProposalReadView? Proposal { get; init; }

    public required IReadOnlyDictionary<string, string> Acknowledgements { get; init; }

    /// <summary>For a resubmission: what changed since the returned version, and which required changes were addressed.</summary>
    public required Revisions.ResubmissionDiffModel? Diff { get; init; }
    public required IReadOnlyList<WorkflowAction> Permitted { get; init; }

    /// <summary>The assigned reviewer in review: the one who rates, comments and decides.</summary>
    public required bool CanWork { get; init; }

    public required RatingsForm Ratings { get; init; }
    public required string? RatingsBy { get; init; }
    public required IReadOnlyList<CommentItem> Comments { get; init; }
    public required IReadOnlyList<CommentItem> EarlierComments { get; init; }
    public required CommentForm Comment { get; init; }
    public required ReturnForm Return { get; init; }
    public required AssignForm Assign { get; init; }
    public required IReadOnlyList<ReviewerOption> Assignees { get; init; }
    public required DecisionInfo? Decision { get; init; }
    public required string CurrentUserId { get; init; }

    public bool May(WorkflowAction action) => Permitted.Contains(action);

    public string Url => $"/review/{ProposalId}";

    public int RatedCount => Ratings.Rows.Count(r => r.RatingValue is not null);

    public int NewRequiredChangeCount => Comments.Count(c => c.IsRequiredChange && c.Visibility == CommentVisibility.ForCollege && !c.IsReleased);

    public bool CanEdit(CommentItem comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return CanWork && !comment.IsReleased && string.Equals(comment.AuthorId, CurrentUserId, StringComparison.Ordinal);
    }
}
