using System.Security.Claims;
using IetPortal.Domain.Common;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Review;

/// <summary>A state reviewer who could be given a proposal, with the colleges they declared a conflict of interest with.</summary>
public sealed record ReviewerOption(string Id, string Name, IReadOnlySet<int> ConflictedCollegeIds)
{
    public bool MayReview(int collegeId) => !ConflictedCollegeIds.Contains(collegeId);
}

/// <summary>
/// Builds the <see cref="WorkflowActor"/>s the workflow decides with: the signed-in user from their claims and their
/// conflict-of-interest declarations, and the reviewer chosen in an Assign form from the database. The domain then
/// refuses conflicted actors and assignees by itself.
/// </summary>
public sealed class ReviewActors(IetPortalDbContext db)
{
    public static string UserIdOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("A signed-in user has a name identifier claim.");
    }

    /// <summary>The signed-in user, built the same way as on the college side (roles, college, declared conflicts).</summary>
    public Task<WorkflowActor> CurrentAsync(ClaimsPrincipal user, CancellationToken ct) =>
        Submission.WorkflowActors.ForAsync(user, db, ct);

    /// <summary>The user chosen to be assigned, with their roles from the database; null when there is no such user.</summary>
    public async Task<WorkflowActor?> AssigneeAsync(string? userId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(userId) || !await db.Users.AnyAsync(u => u.Id == userId, ct))
        {
            return null;
        }

        var roles = await db.UserRoles.AsNoTracking()
            .Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync(ct);
        return new WorkflowActor(userId, roles, conflictedCollegeIds: await ConflictsOfAsync(userId, ct));
    }

    /// <summary>Every state reviewer with their conflicts, by name: two queries, whatever the number of reviewers.</summary>
    public async Task<IReadOnlyList<ReviewerOption>> ReviewersAsync(CancellationToken ct)
    {
        var reviewers = await ReviewerUsers()
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new { u.Id, u.DisplayName, u.Email })
            .ToListAsync(ct);
        var conflicts = await db.ConflictOfInterestDeclarations.AsNoTracking()
            .Select(d => new { d.ReviewerId, d.CollegeId })
            .ToListAsync(ct);
        var byReviewer = conflicts.ToLookup(c => c.ReviewerId, c => c.CollegeId, StringComparer.Ordinal);
        return
        [
            .. reviewers.Select(r => new ReviewerOption(
                r.Id,
                string.IsNullOrWhiteSpace(r.DisplayName) ? r.Email ?? r.Id : r.DisplayName,
                byReviewer[r.Id].ToHashSet())),
        ];
    }

    /// <summary>The users in the StateReviewer role.</summary>
    public IQueryable<Infrastructure.Identity.ApplicationUser> ReviewerUsers() =>
        db.Users.AsNoTracking().Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id
            && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == RoleNames.StateReviewer)));

    private async Task<List<int>> ConflictsOfAsync(string userId, CancellationToken ct) =>
        await db.ConflictOfInterestDeclarations.AsNoTracking()
            .Where(d => d.ReviewerId == userId)
            .Select(d => d.CollegeId)
            .ToListAsync(ct);
}
