using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using static IetPortal.Domain.Tests.Workflow.WorkflowFixtures;

namespace IetPortal.Domain.Tests.Workflow;

public class DecisionGuardTests
{
    private static TransitionResult ReturnWith(params ReviewComment[] comments) =>
        ReviewWorkflow.Decide(WorkflowAction.Return, StateIn(ProposalStatus.InReview), Reviewer, new WorkflowInput { Comments = comments });

    private static TransitionResult ApproveWith(IReadOnlyCollection<CriterionRating> ratings, ApprovalDetails? approval) =>
        ReviewWorkflow.Decide(WorkflowAction.Approve, StateIn(ProposalStatus.InReview), Reviewer, new WorkflowInput { Ratings = ratings, Approval = approval });

    [Fact]
    public void Returning_with_a_required_change_is_allowed()
    {
        Assert.Equal(ProposalStatus.Returned, ReturnWith(RequiredChange()).NewStatus);
    }

    [Fact]
    public void Returning_without_a_required_change_is_refused()
    {
        var result = ReturnWith(Remark(CommentVisibility.ForCollege));

        Assert.Equal(RefusalKind.GuardNotMet, result.Refusal);
        Assert.Equal("Write at least one required change for the college before returning the proposal.", result.Reason);
    }

    [Fact]
    public void Returning_with_no_comment_at_all_is_refused()
    {
        Assert.False(ReturnWith().IsAllowed);
    }

    [Fact]
    public void An_internal_note_is_not_a_required_change()
    {
        Assert.False(ReturnWith(RequiredChange(CommentVisibility.Internal)).IsAllowed);
    }

    [Fact]
    public void A_required_change_released_with_an_earlier_return_does_not_count()
    {
        var earlier = RequiredChange();
        earlier.ReleasedAtUtc = Now.AddDays(-20);

        Assert.False(ReturnWith(earlier).IsAllowed);
    }

    [Fact]
    public void Approving_with_every_criterion_met_and_the_approval_recorded_is_allowed()
    {
        Assert.Equal(ProposalStatus.Approved, ApproveWith(RatingsAll(CriterionRatingValue.Meets), CompleteApproval).NewStatus);
    }

    [Fact]
    public void Approving_with_an_unrated_criterion_is_refused()
    {
        var ratings = RatingsAll(CriterionRatingValue.Meets);
        ratings.RemoveAll(r => r.Criterion == ReviewCriterion.CareerPathwayConnection);

        var result = ApproveWith(ratings, CompleteApproval);

        Assert.Equal(RefusalKind.GuardNotMet, result.Refusal);
        Assert.Equal("Rate every checklist criterion before approving; not rated: Career pathway connection.", result.Reason);
    }

    [Fact]
    public void Approving_with_no_rating_lists_every_criterion()
    {
        var result = ApproveWith([], CompleteApproval);

        Assert.Contains("Adult education component, Workforce preparation component, Workforce training component", result.Reason, StringComparison.Ordinal);
        Assert.Contains("Single set of learning objectives", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Approving_with_a_criterion_rated_needs_revision_is_refused()
    {
        var ratings = RatingsAll(CriterionRatingValue.Meets);
        ratings.Single(r => r.Criterion == ReviewCriterion.Simultaneous).Rating = CriterionRatingValue.NeedsRevision;

        var result = ApproveWith(ratings, CompleteApproval);

        Assert.Equal(RefusalKind.GuardNotMet, result.Refusal);
        Assert.Equal("A proposal with a criterion rated Needs revision cannot be approved (Simultaneous); return it, or change the rating.", result.Reason);
    }

    [Theory]
    [InlineData(null, "2026-03-02", "2026-07-01", "2029-06-30", "Enter the approval number.")]
    [InlineData(" ", "2026-03-02", "2026-07-01", "2029-06-30", "Enter the approval number.")]
    [InlineData("IET-2026-014", null, "2026-07-01", "2029-06-30", "Enter the approval date.")]
    [InlineData("IET-2026-014", "2026-03-02", null, "2029-06-30", "Enter the date the approval takes effect.")]
    [InlineData("IET-2026-014", "2026-03-02", "2026-07-01", null, "Enter the date the approval ends.")]
    [InlineData("IET-2026-014", "2026-03-02", "2026-07-01", "2026-06-30", "The approval cannot end before it takes effect.")]
    public void Approving_without_a_complete_approval_record_is_refused(string? number, string? approvedOn, string? from, string? to, string reason)
    {
        var approval = new ApprovalDetails(number, Date(approvedOn), Date(from), Date(to));

        var result = ApproveWith(RatingsAll(CriterionRatingValue.Meets), approval);

        Assert.Equal(RefusalKind.GuardNotMet, result.Refusal);
        Assert.Equal(reason, result.Reason);
    }

    [Fact]
    public void An_effective_period_of_one_day_is_allowed()
    {
        var approval = CompleteApproval with { EffectiveFrom = new DateOnly(2026, 7, 1), EffectiveTo = new DateOnly(2026, 7, 1) };

        Assert.True(ApproveWith(RatingsAll(CriterionRatingValue.Meets), approval).IsAllowed);
    }

    [Fact]
    public void Approving_with_nothing_reports_every_missing_part_at_once()
    {
        var result = ApproveWith([], approval: null);

        Assert.Equal(5, result.Reasons.Count);
    }

    [Fact]
    public void The_approve_button_shows_before_the_checklist_is_complete_so_the_form_can_say_what_is_missing()
    {
        Assert.Contains(WorkflowAction.Approve, ReviewWorkflow.PermittedActions(StateIn(ProposalStatus.InReview), Reviewer));
    }

    private static DateOnly? Date(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
