using IetPortal.Domain.Proposals;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Proposals;

/// <summary>The proposal read view.</summary>
[Route("proposals")]
public sealed class ProposalsController(IetPortalDbContext db, IAuthorizationService authorization) : Controller
{
    [HttpGet("{id:int}")]
    [Authorize(Policy = Policies.SignedIn)]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var proposal = await db.Proposals.AsNoTracking()
            .Where(p => p.Id == id)
            .Select(p => new ProposalReadView(
                p.Id,
                p.CollegeId,
                p.Title,
                db.Colleges.Where(c => c.Id == p.CollegeId).Select(c => c.Name).First(),
                p.Status,
                p.Summary,
                db.CareerPathways.Where(w => w.Id == p.CareerPathwayId).Select(w => w.Name).FirstOrDefault(),
                p.StartDate,
                p.EndDate,
                p.CohortCapacity,
                p.OccupationSocCode,
                p.OccupationTitle,
                p.Components.OrderBy(c => c.Id)
                    .Select(c => new ProposalComponentSummary(
                        c is AdultEducationComponent ? "Adult education and literacy"
                            : c is WorkforcePreparationComponent ? "Workforce preparation" : "Workforce training",
                        c.ContactHours, c.StartDate, c.EndDate))
                    .ToList(),
                p.LearningObjectives.Count,
                p.UpdatedAtUtc,
                db.Users.Where(u => u.Id == p.UpdatedByUserId).Select(u => u.DisplayName).FirstOrDefault()))
            .SingleOrDefaultAsync(cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, proposal, Policies.CollegeData)).Succeeded)
        {
            return Forbid();
        }

        return View(proposal);
    }
}
