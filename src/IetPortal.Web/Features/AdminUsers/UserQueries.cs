using System.Globalization;
using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.AdminUsers;

/// <summary>The reads of the user pages, and the "last active administrator" question.</summary>
public sealed class UserQueries(IetPortalDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<UserRow>> ListAsync(string? role, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking();
        if (role is not null)
        {
            var roleId = await RoleIdAsync(role, ct);
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId));
        }

        var users = await query.OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.DisplayName,
                u.Email,
                College = db.Colleges.Where(c => c.Id == u.CollegeId).Select(c => c.Name).FirstOrDefault(),
                HasPassword = u.PasswordHash != null,
                u.LockoutEnd,
                u.LastSignInAtUtc,
            })
            .ToListAsync(ct);
        var roles = await RolesByUserAsync(ct);
        var now = clock.GetUtcNow();
        return users.Select(u => new UserRow(
                u.Id, u.DisplayName, u.Email ?? "", roles[u.Id].ToList(), u.College, UserText.StatusOf(u.HasPassword, u.LockoutEnd, now), u.LastSignInAtUtc))
            .ToList();
    }

    public async Task<UserDetailPage?> DetailAsync(string id, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null)
        {
            return null;
        }

        var roles = await RolesOfAsync(id, ct);
        var colleges = await CollegeChoicesAsync(ct);
        var declarations = await db.ConflictOfInterestDeclarations.AsNoTracking()
            .Where(d => d.ReviewerId == id)
            .Join(db.Colleges, d => d.CollegeId, c => c.Id, (d, c) => new { College = c.Name, d.Reason, d.DeclaredAtUtc })
            .OrderBy(d => d.College)
            .Select(d => new DeclarationRow(d.College, d.Reason, d.DeclaredAtUtc))
            .ToListAsync(ct);
        return new UserDetailPage(
            user.Id,
            user.DisplayName,
            user.Email ?? "",
            roles,
            colleges.FirstOrDefault(c => c.Value == user.CollegeId?.ToString(CultureInfo.InvariantCulture))?.Text,
            UserText.StatusOf(user.PasswordHash is not null, user.LockoutEnd, clock.GetUtcNow()),
            user.CreatedAtUtc,
            user.InvitedAtUtc,
            user.LastSignInAtUtc,
            AccessForm(user, roles),
            colleges,
            declarations)
        {
            TwoFactorEnabled = user.TwoFactorEnabled,
        };
    }

    /// <summary>The form shows the user's highest role; saving it leaves the user with exactly that one.</summary>
    public static UserAccessForm AccessForm(ApplicationUser user, IReadOnlyList<string> roles)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(roles);
        return new UserAccessForm
        {
            ConcurrencyStamp = user.ConcurrencyStamp,
            Role = RoleNames.All.Reverse().FirstOrDefault(roles.Contains),
            CollegeId = user.CollegeId,
        };
    }

    public async Task<IReadOnlyList<string>> RolesOfAsync(string userId, CancellationToken ct) =>
        await db.UserRoles.AsNoTracking().Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!)
            .ToListAsync(ct);

    public async Task<string> RoleIdAsync(string role, CancellationToken ct) =>
        await db.Roles.AsNoTracking().Where(r => r.Name == role).Select(r => r.Id).SingleAsync(ct);

    public async Task<IReadOnlyList<SelectListItem>> CollegeChoicesAsync(CancellationToken ct) =>
        (await db.Colleges.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            .Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>
    /// True when <paramref name="userId"/> is an active administrator (has a password, is not locked) and no other
    /// administrator is: removing their role or locking them would leave nobody able to administer IetPortal.
    /// </summary>
    public async Task<bool> IsLastActiveAdministratorAsync(string userId, CancellationToken ct)
    {
        var roleId = await RoleIdAsync(RoleNames.Administrator, ct);
        var administrators = await db.UserRoles.AsNoTracking().Where(ur => ur.RoleId == roleId)
            .Join(db.Users, ur => ur.UserId, u => u.Id, (ur, u) => new { u.Id, HasPassword = u.PasswordHash != null, u.LockoutEnd })
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        var active = administrators.Where(a => UserText.StatusOf(a.HasPassword, a.LockoutEnd, now) == UserStatus.Active).Select(a => a.Id).ToList();
        return active.Count == 1 && active[0] == userId;
    }

    private async Task<ILookup<string, string>> RolesByUserAsync(CancellationToken ct) =>
        (await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct))
        .ToLookup(x => x.UserId, x => x.Name!);
}
