using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IetPortal.Web.Features;

/// <summary>Base for controllers acting on one proposal: the college-scope check every such action starts with.</summary>
public abstract class ProposalControllerBase(ProposalAccess access) : Controller
{
    /// <summary>Null when the user may see the proposal; otherwise the 404 or 403 result to return.</summary>
    protected async Task<IActionResult?> DenyUnlessVisibleAsync(int proposalId) =>
        await access.CheckAsync(User, proposalId, HttpContext.RequestAborted) switch
        {
            ProposalAccessOutcome.Allowed => null,
            ProposalAccessOutcome.Forbidden => Forbid(),
            _ => NotFound(),
        };
}
