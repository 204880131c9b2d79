using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using static IetPortal.Domain.Tests.Workflow.WorkflowFixtures;

namespace IetPortal.Domain.Tests.Workflow;

/// <summary>PRODUCT.md: the amendment is a new draft while the approved version stays in force until it is approved.</summary>
public class AmendmentTests
{
    private static IetProposal ApprovedProgram()
    {
        var approved = Proposal(ProposalStatus.Approved, Reviewer.UserId);
        approved.NextVersionNumber = 3;
        return approved;
    }

    private static IetProposal StartAmendment(IetProposal approved)
    {
        var start = ProposalWorkflow.StartAmendment(approved, OwningStaff, hasAmendmentInProgress: false);
        Assert.True(start.Result.IsAllowed, start.Result.Reason);
        var amendment = start.Amendment!;
        amendment.Id = 43;
        return amendment;
    }

    /// <summary>Takes an amendment through submit and claim, as the web layer would.</summary>
    private static void SendForReview(IetProposal amendment)
    {
        Assert.True(ProposalWorkflow.Submit(amendment, OwningStaff, CleanSubmission(), Now).IsAllowed);
        Assert.True(ProposalWorkflow.Claim(amendment, Reviewer).IsAllowed);
    }

    private static TransitionResult Approve(IetProposal amendment, IetProposal? approved) =>
        ProposalWorkflow.Approve(amendment, Reviewer, CompleteApproval, RatingsAll(CriterionRatingValue.Meets), [], Now.AddDays(10), approved);

    [Fact]
    public void Starting_an_amendment_creates_a_draft_that_references_the_approved_program()
    {
        var approved = ApprovedProgram();

        var start = ProposalWorkflow.StartAmendment(approved, OwningStaff, hasAmendmentInProgress: false);

        Assert.Equal(ProposalStatus.Approved, start.Result.NewStatus);
        var amendment = Assert.IsType<IetProposal>(start.Amendment);
        Assert.Equal(ProposalStatus.Draft, amendment.Status);
        Assert.Equal(approved.Id, amendment.AmendsProposalId);
        Assert.Equal(approved.CollegeId, amendment.CollegeId);
        Assert.Equal(approved.Title, amendment.Title);
        Assert.Equal(approved.LearningObjectives.Count, amendment.LearningObjectives.Count);
        Assert.Null(amendment.AssignedReviewerId);
        Assert.Empty(amendment.Versions);
    }

    [Fact]
    public void The_amendment_continues_the_version_numbering_of_the_program()
    {
        var amendment = StartAmendment(ApprovedProgram());

        ProposalWorkflow.Submit(amendment, OwningStaff, CleanSubmission(), Now);

        Assert.Equal(3, Assert.Single(amendment.Versions).Number);
    }

    [Fact]
    public void The_approved_program_stays_approved_while_its_amendment_is_reviewed()
    {
        var approved = ApprovedProgram();
        var amendment = StartAmendment(approved);

        SendForReview(amendment);

        Assert.Equal(ProposalStatus.Approved, approved.Status);
        Assert.Equal(ProposalStatus.InReview, amendment.Status);
    }

    [Fact]
    public void Approving_the_amendment_supersedes_the_program_it_amends()
    {
        var approved = ApprovedProgram();
        var amendment = StartAmendment(approved);
        SendForReview(amendment);

        var result = Approve(amendment, approved);

        Assert.True(result.IsAllowed, result.Reason);
        Assert.Equal(ProposalStatus.Approved, amendment.Status);
        Assert.Equal(ProposalStatus.Superseded, approved.Status);
        Assert.Empty(ReviewWorkflow.PermittedActions(ProposalState.Of(approved), OwningStaff));
        Assert.Equal([WorkflowAction.StartAmendment], ReviewWorkflow.PermittedActions(ProposalState.Of(amendment), OwningStaff));
    }

    [Fact]
    public void Withdrawing_an_amendment_leaves_the_program_approved_and_amendable_again()
    {
        var approved = ApprovedProgram();
        var amendment = StartAmendment(approved);

        ProposalWorkflow.Withdraw(amendment, OwningStaff);

        Assert.Equal(ProposalStatus.Withdrawn, amendment.Status);
        Assert.Equal(ProposalStatus.Approved, approved.Status);
        Assert.True(ProposalWorkflow.StartAmendment(approved, OwningStaff, hasAmendmentInProgress: false).Result.IsAllowed);
    }

    [Fact]
    public void A_second_amendment_cannot_start_while_one_is_in_progress()
    {
        var start = ProposalWorkflow.StartAmendment(ApprovedProgram(), OwningStaff, hasAmendmentInProgress: true);

        Assert.Null(start.Amendment);
        Assert.Equal(RefusalKind.NotInThisState, start.Result.Refusal);
        Assert.Equal("An amendment of this program is already in progress; continue that one, or withdraw it first.", start.Result.Reason);
    }

    [Fact]
    public void Approving_an_amendment_of_a_program_that_was_superseded_meanwhile_is_refused()
    {
        var approved = ApprovedProgram();
        var amendment = StartAmendment(approved);
        SendForReview(amendment);

        // A second amendment, started at the same moment, was approved first.
        approved.Status = ProposalStatus.Superseded;
        var result = Approve(amendment, approved);

        Assert.Equal(RefusalKind.GuardNotMet, result.Refusal);
        Assert.Equal(ProposalStatus.InReview, amendment.Status);
        Assert.Null(amendment.ApprovedAtUtc);
    }

    [Fact]
    public void Approving_an_amendment_needs_the_program_it_amends()
    {
        var amendment = StartAmendment(ApprovedProgram());
        SendForReview(amendment);
        var anotherProgram = ApprovedProgram();
        anotherProgram.Id = 99;

        Assert.Throws<ArgumentException>(() => Approve(amendment, approved: null));
        Assert.Throws<ArgumentException>(() => Approve(amendment, anotherProgram));
    }

    [Fact]
    public void Approving_a_new_program_takes_no_program_to_supersede()
    {
        var proposal = Proposal(ProposalStatus.InReview, Reviewer.UserId);

        Assert.Throws<ArgumentException>(() => Approve(proposal, ApprovedProgram()));
    }

    [Fact]
    public void Staff_of_another_college_cannot_amend_a_program()
    {
        var start = ProposalWorkflow.StartAmendment(ApprovedProgram(), OtherCollegeStaff, hasAmendmentInProgress: false);

        Assert.Null(start.Amendment);
        Assert.Equal(RefusalKind.NotPermitted, start.Result.Refusal);
    }

    [Fact]
    public void An_unsaved_program_cannot_be_amended_because_the_amendment_references_its_id()
    {
        var approved = ApprovedProgram();
        approved.Id = 0;

        Assert.Throws<ArgumentException>(() => ProposalWorkflow.StartAmendment(approved, OwningStaff, hasAmendmentInProgress: false));
    }

    [Fact]
    public void Only_an_approved_program_can_be_amended()
    {
        var start = ProposalWorkflow.StartAmendment(Proposal(ProposalStatus.Returned), OwningStaff, hasAmendmentInProgress: false);

        Assert.Equal("You cannot start an amendment of this proposal: it is returned to the college.", start.Result.Reason);
    }
}
