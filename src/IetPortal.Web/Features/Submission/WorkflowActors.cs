using System.Security.Claims;
using IetPortal.Domain.Common;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Submission;

/// <summary>
/// The signed-in user as the workflow sees them (<see cref="WorkflowActor"/>): roles from the cookie, the college of a
/// staff member, and the colleges a reviewer or administrator declared a conflict of interest with.
/// </summary>
public static class WorkflowActors
{
    public static async Task<WorkflowActor> ForAsync(ClaimsPrincipal user, IetPortalDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(db);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("A workflow action needs a signed-in user.");
        var roles = RoleNames.All.Where(user.IsInRole).ToList();

        // A staff user's college comes from the cookie; without the staff role it makes them staff of nothing.
        var collegeId = user.IsInRole(RoleNames.CollegeStaff) ? CollegeScope.CollegeIdOf(user) : null;
        IReadOnlyCollection<int> conflicts = CollegeScope.SeesAllColleges(user)
            ? await db.ConflictOfInterestDeclarations.AsNoTracking().Where(d => d.ReviewerId == userId).Select(d => d.CollegeId).ToListAsync(cancellationToken)
            : [];
        return new WorkflowActor(userId, roles, collegeId, conflicts);
    }
}
