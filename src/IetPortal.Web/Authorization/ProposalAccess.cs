using System.Security.Claims;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Authorization;

public enum ProposalAccessOutcome
{
    Allowed,
    Forbidden,
    NotFound,
}

/// <summary>
/// Answers "may this user see proposal N?" through <see cref="CollegeScope"/>, so every proposal endpoint (read view,
/// editor, attachments, history, review) decides the same way: unknown id is 404, another college's proposal is 403,
/// and so is any proposal of a college the user declared a conflict of interest with.
/// </summary>
public sealed class ProposalAccess(IetPortalDbContext db)
{
    public async Task<ProposalAccessOutcome> CheckAsync(ClaimsPrincipal user, int proposalId, CancellationToken cancellationToken)
    {
        var collegeId = await db.Proposals.AsNoTracking()
            .Where(p => p.Id == proposalId)
            .Select(p => (int?)p.CollegeId)
            .SingleOrDefaultAsync(cancellationToken);
        if (collegeId is null)
        {
            return ProposalAccessOutcome.NotFound;
        }

        if (!CollegeScope.MaySee(user, collegeId.Value))
        {
            return ProposalAccessOutcome.Forbidden;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var conflicted = userId is not null && await db.ConflictOfInterestDeclarations.AsNoTracking()
            .AnyAsync(d => d.ReviewerId == userId && d.CollegeId == collegeId.Value, cancellationToken);
        return conflicted ? ProposalAccessOutcome.Forbidden : ProposalAccessOutcome.Allowed;
    }
}
