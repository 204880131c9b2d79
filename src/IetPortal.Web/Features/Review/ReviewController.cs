using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Review;

public sealed record ReviewQueueRow(
    int Id, string Title, string CollegeName, string? PathwayName, ProposalStatus Status, DateTime? SubmittedAtUtc, string? AssignedTo);

/// <summary>The state reviewer's home: proposals waiting for review across all colleges.</summary>
[Route("review")]
[Authorize(Policy = Policies.ReviewerOrAdministrator)]
public sealed class ReviewController(IetPortalDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var rows = await db.Proposals.AsNoTracking()
            .Where(p => p.Status == ProposalStatus.Submitted || p.Status == ProposalStatus.InReview)
            .OrderBy(p => p.SubmittedAtUtc)
            .Select(p => new ReviewQueueRow(
                p.Id,
                p.Title,
                db.Colleges.Where(c => c.Id == p.CollegeId).Select(c => c.Name).First(),
                db.CareerPathways.Where(w => w.Id == p.CareerPathwayId).Select(w => w.Name).FirstOrDefault(),
                p.Status,
                p.SubmittedAtUtc,
                db.Users.Where(u => u.Id == p.AssignedReviewerId).Select(u => u.DisplayName).FirstOrDefault()))
            .Take(200)
            .ToListAsync(cancellationToken);
        return View(rows);
    }
}
