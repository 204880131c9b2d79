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
/// editor, attachments, history) decides the same way: unknown id is 404, another college's proposal is 403.
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

        return CollegeScope.MaySee(user, collegeId.Value) ? ProposalAccessOutcome.Allowed : ProposalAccessOutcome.Forbidden;
    }
}
