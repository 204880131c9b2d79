using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Tests.Compliance;
using IetPortal.Domain.Workflow;

namespace IetPortal.Domain.Tests.Workflow;

/// <summary>The five kinds of people the issue asks every transition to be tried with.</summary>
public enum Role
{
    OwningStaff,
    OtherCollegeStaff,
    Reviewer,
    ConflictedReviewer,
    Administrator,
}

/// <summary>Actors, proposal states and inputs for the workflow tests: valid unless a test takes one thing away.</summary>
internal static class WorkflowFixtures
{
    public const int OwningCollegeId = RealisticProposals.MilwaukeeAreaTechnicalCollegeId;
    public const int OtherCollegeId = 12;

    public static readonly DateTime Now = new(2026, 3, 2, 14, 30, 0, DateTimeKind.Utc);

    public static WorkflowActor OwningStaff { get; } = WorkflowActor.CollegeStaff("staff-matc", OwningCollegeId);
    public static WorkflowActor OtherCollegeStaff { get; } = WorkflowActor.CollegeStaff("staff-other", OtherCollegeId);

    /// <summary>Declared a conflict with another college only, which must not stop them here.</summary>
    public static WorkflowActor Reviewer { get; } = WorkflowActor.StateReviewer("reviewer-1", OtherCollegeId);

    public static WorkflowActor ConflictedReviewer { get; } = WorkflowActor.StateReviewer("reviewer-2", OwningCollegeId);
    public static WorkflowActor SecondReviewer { get; } = WorkflowActor.StateReviewer("reviewer-3");
    public static WorkflowActor Administrator { get; } = WorkflowActor.Administrator("admin-1");

    public static ApprovalDetails CompleteApproval { get; } =
        new("IET-2026-014", new DateOnly(2026, 3, 2), new DateOnly(2026, 7, 1), new DateOnly(2029, 6, 30));

    public static ComplianceReport CleanReport { get; } = ComplianceScenario.Cna().Evaluate();

    public static WorkflowActor For(Role role) => role switch
    {
        Role.OwningStaff => OwningStaff,
        Role.OtherCollegeStaff => OtherCollegeStaff,
        Role.Reviewer => Reviewer,
        Role.ConflictedReviewer => ConflictedReviewer,
        Role.Administrator => Administrator,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>
    /// A proposal of the owning college in a status, as it usually is there: a submitted one waits unassigned; from
    /// In review on it is assigned to <see cref="Reviewer"/>.
    /// </summary>
    public static ProposalState StateIn(ProposalStatus status) => new(
        status,
        OwningCollegeId,
        AssignedReviewerId: status is ProposalStatus.Draft or ProposalStatus.Submitted ? null : Reviewer.UserId);

    /// <summary>Everything every action could need, all of it valid.</summary>
    public static WorkflowInput ValidInput() => new()
    {
        ComplianceReport = CleanReport,
        Assignee = SecondReviewer,
        Comments = [RequiredChange()],
        Ratings = RatingsAll(CriterionRatingValue.Meets),
        Approval = CompleteApproval,
    };

    public static ReviewComment RequiredChange(CommentVisibility visibility = CommentVisibility.ForCollege) => new()
    {
        IetProposalId = 42,
        AuthorId = Reviewer.UserId,
        Section = ProposalSection.LearningObjectives,
        Body = "Objective 3 names no workforce training competency; add the CNA skill it practises.",
        Visibility = visibility,
        IsRequiredChange = true,
    };

    public static ReviewComment Remark(CommentVisibility visibility) => new()
    {
        IetProposalId = 42,
        AuthorId = Reviewer.UserId,
        Section = ProposalSection.Integration,
        Body = "The co-planning hours look generous; good.",
        Visibility = visibility,
    };

    public static List<CriterionRating> RatingsAll(CriterionRatingValue value) =>
        [.. Enum.GetValues<ReviewCriterion>().Select(c => new CriterionRating { Criterion = c, Rating = value, Comment = "Checked against the proposal." })];

    /// <summary>The realistic CNA proposal of the owning college, saved (it has an id) and in the given status.</summary>
    public static IetProposal Proposal(ProposalStatus status = ProposalStatus.Draft, string? assignedReviewerId = null)
    {
        var proposal = RealisticProposals.Cna();
        proposal.Id = 42;

        // Arranging a starting point for a test, not a transition under test.
        proposal.Status = status;
        proposal.AssignedReviewerId = assignedReviewerId;
        return proposal;
    }

    public static Submission CleanSubmission() =>
        new(CleanReport, new Dictionary<string, string>(), """{"title":"Nursing Assistant with Integrated English Language Learning"}""");
}
