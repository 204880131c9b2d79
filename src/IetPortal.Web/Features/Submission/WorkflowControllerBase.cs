using IetPortal.Domain.Workflow;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IetPortal.Web.Features.Submission;

/// <summary>
/// Base for the college's workflow actions: answers a refused transition the way docs/workflow.md says. Not permitted
/// is a 403; not in this state (someone acted first, or the proposal is withdrawn) goes back to the proposal with the
/// reason. A guard not met is the action's own business: it shows its form again with the reasons.
/// </summary>
public abstract class WorkflowControllerBase(ProposalAccess access) : ProposalControllerBase(access)
{
    protected IActionResult Refused(int proposalId, TransitionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Refusal == RefusalKind.NotPermitted)
        {
            return Forbid();
        }

        TempData["Status"] = result.Reason;
        return Redirect($"/proposals/{proposalId}");
    }

    /// <summary>Someone else changed the proposal between our read and our write: nothing was saved, and the user is told so.</summary>
    protected RedirectResult ChangedMeanwhile(int proposalId, string whatWasNotDone)
    {
        TempData["Status"] = $"{whatWasNotDone} Someone else changed this proposal at the same moment (for example, submitted or withdrew it), so nothing was saved. Check its status below and try again if it still applies.";
        return Redirect($"/proposals/{proposalId}");
    }
}
