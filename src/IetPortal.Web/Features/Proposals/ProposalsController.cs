using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Proposals;

/// <summary>The read view: the whole proposal on one accessible, printable page, with its change history.</summary>
[Route("proposals")]
public sealed class ProposalsController(IetPortalDbContext db, ProposalAccess access) : ProposalControllerBase(access)
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
        var credentialIds = proposal.Credentials.Select(c => c.CredentialId).ToList();
        var areaIds = proposal.WorkforceAreas.Select(a => a.WorkforceDevelopmentAreaId).ToList();
        var college = await db.Colleges.AsNoTracking().Where(c => c.Id == proposal.CollegeId)
            .Select(c => new { c.Name, c.ContactEmail, c.ContactPhone }).SingleAsync(cancellationToken);
        var names = new ReferenceNames(
            college.Name,
            string.Join(" · ", new[] { college.ContactEmail, college.ContactPhone }.Where(s => !string.IsNullOrEmpty(s))),
            await db.CareerPathways.AsNoTracking().Where(p => p.Id == proposal.CareerPathwayId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken),
            await db.CareerPathwaySteps.AsNoTracking().Where(s => s.Id == proposal.EntryStepId).Select(s => "Step " + s.Position + ": " + s.Title).FirstOrDefaultAsync(cancellationToken),
            await db.Credentials.AsNoTracking().Where(c => credentialIds.Contains(c.Id)).OrderBy(c => c.Name).Select(c => c.Name + " (" + c.Issuer + ")").ToListAsync(cancellationToken),
            await db.WorkforceDevelopmentAreas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).OrderBy(a => a.Number).Select(a => "WDA " + a.Number + ": " + a.Name).ToListAsync(cancellationToken));
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
        var updatedBy = await db.Users.AsNoTracking().Where(u => u.Id == proposal.UpdatedByUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var canEdit = proposal.IsEditable && User.IsInRole(RoleNames.CollegeStaff) && CollegeScope.CollegeIdOf(User) == proposal.CollegeId;
        return View(ProposalReadView.From(proposal, canEdit, names, updatedBy, history));
    }
}
