using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.ProposalList;

/// <summary>College staff's home: their college's proposals.</summary>
[Route("proposals")]
[Authorize(Policy = Policies.CollegeStaff)]
public sealed class ProposalListController(IetPortalDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var collegeId = CollegeScope.CollegeIdOf(User);
        var collegeName = await db.Colleges.AsNoTracking().Where(c => c.Id == collegeId).Select(c => c.Name).SingleAsync(cancellationToken);
        var rows = await db.Proposals.AsNoTracking()
            .Filter(User)
            .OrderByDescending(p => p.UpdatedAtUtc)
            .Select(p => new ProposalListRow(
                p.Id,
                p.Title,
                db.CareerPathways.Where(w => w.Id == p.CareerPathwayId).Select(w => w.Name).FirstOrDefault(),
                p.Status,
                p.UpdatedAtUtc,
                db.Users.Where(u => u.Id == p.UpdatedByUserId).Select(u => u.DisplayName).FirstOrDefault()))
            .Take(200)
            .ToListAsync(cancellationToken);
        return View(new MyProposalsPage(collegeName, rows));
    }
}
