using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Proposals;

/// <summary>
/// The read view: the whole proposal on one accessible, printable page, with its status and the actions the user may
/// take now, the comments released to the college, its submitted versions and its change history.
/// </summary>
[Route("proposals")]
public sealed class ProposalsController(IetPortalDbContext db, ProposalAccess access, Submission.WorkflowPanels panels) : ProposalControllerBase(access)
{
    private const int HistoryLimit = 200;

    [HttpGet("{id:int}")]
    [Authorize(Policy = Policies.SignedIn)]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        var proposal = await db.Proposals.WithWholeProposal().AsNoTracking().SingleAsync(p => p.Id == id, cancellationToken);
        var names = await ReferenceNames.LoadAsync(db, proposal, cancellationToken);
        var history = await db.AuditEvents.AsNoTracking()
            .Where(e => e.IetProposalId == id)
            .OrderByDescending(e => e.Id)
            .Take(HistoryLimit)
            .Select(e => new HistoryEntry(
                e.OccurredAtUtc,
                db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName).FirstOrDefault(),
                e.Section,
                e.Action,
                e.Details))
            .ToListAsync(cancellationToken);

        // A save records an event per changed row (a return changes the proposal and releases each comment for the
        // college): the history shows what was done once, not once per row.
        history = [.. history.Where((entry, i) => i == 0 || entry != history[i - 1])];
        var updatedBy = await db.Users.AsNoTracking().Where(u => u.Id == proposal.UpdatedByUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var canEdit = proposal.IsEditable && User.IsInRole(RoleNames.CollegeStaff) && CollegeScope.CollegeIdOf(User) == proposal.CollegeId;
        return View(ProposalReadView.From(proposal, canEdit, names, updatedBy, history) with
        {
            Workflow = await panels.ForAsync(proposal, User, cancellationToken),
        });
    }
}
