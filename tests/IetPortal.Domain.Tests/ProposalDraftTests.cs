using IetPortal.Domain.Proposals;
using IetPortal.Domain.Workflow;

namespace IetPortal.Domain.Tests;

public class ProposalDraftTests
{
    [Fact]
    public void A_new_draft_has_the_three_required_components()
    {
        var proposal = IetProposal.StartDraft(collegeId: 7, title: "CNA with integrated ELL");

        Assert.Equal(ProposalStatus.Draft, proposal.Status);
        Assert.NotNull(proposal.AdultEducation);
        Assert.NotNull(proposal.WorkforcePreparation);
        Assert.NotNull(proposal.WorkforceTraining);
        Assert.Equal(3, proposal.Components.Select(c => c.Kind).Distinct().Count());
    }

    [Fact]
    public void A_new_draft_belongs_to_the_college_that_started_it()
    {
        var proposal = IetProposal.StartDraft(collegeId: 7, title: "Welding IET");

        Assert.Equal(7, proposal.CollegeId);
        Assert.Equal(1, proposal.NextVersionNumber);
    }
}
