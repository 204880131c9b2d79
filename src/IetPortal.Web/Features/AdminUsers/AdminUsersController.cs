using System.Security.Claims;
using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.Auditing;
using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using IetPortal.Web.Features.Account;
using IetPortal.Web.Features.AdminShared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.AdminUsers;

/// <summary>
/// Users (issue 6, deliverable 3): list and filter, invite by email, change role and college, lock and unlock, resend
/// an invitation, and see a reviewer's conflict-of-interest declarations. The last active administrator can neither
/// lose the role nor be locked. Each change is one save through <see cref="UserManager{TUser}"/> (which checks
/// Identity's concurrency stamp) with its audit event in the same transaction.
/// </summary>
[Route("admin/users")]
[Authorize(Policy = Policies.Administrator)]
public sealed class AdminUsersController(
    IetPortalDbContext db, UserManager<ApplicationUser> users, UserQueries queries, Invitations invitations, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? role)
    {
        // An unknown role in the address shows everyone rather than an error: it is only a filter.
        var filter = RoleNames.All.Contains(role) ? role : null;
        return View(new UserListPage(await queries.ListAsync(filter, HttpContext.RequestAborted), filter));
    }

    [HttpGet("invite")]
    public async Task<IActionResult> Invite() =>
        View(new InviteUserPage(new InviteUserForm(), await queries.CollegeChoicesAsync(HttpContext.RequestAborted)));

    [HttpPost("invite")]
    public async Task<IActionResult> Invite([Bind(Prefix = "Form")] InviteUserForm form, [FromServices] IValidator<InviteUserForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ct = HttpContext.RequestAborted;
        (await validator.ValidateAsync(form, ct)).AddToModelState(ModelState, "Form");
        await CheckCollegeAsync(form.CollegeId, ct);
        var email = form.Email?.Trim();
        if (ModelState.IsValid && await users.FindByEmailAsync(email!) is not null)
        {
            ModelState.AddModelError("Form.Email", "An account with this email address already exists. Find it in the list of users.");
        }

        if (!ModelState.IsValid)
        {
            return View(new InviteUserPage(form, await queries.CollegeChoicesAsync(ct)));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = form.DisplayName!.Trim(),
            CollegeId = form.Role == RoleNames.CollegeStaff ? form.CollegeId : null,
            LockoutEnabled = true,
            CreatedAtUtc = now,
            InvitedAtUtc = now,
        };

        // No password: the invitee chooses it. The role row and the audit event go in the same save as the user; the
        // invitation email (whose token needs the stamp that save sets) in a second save of the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = await queries.RoleIdAsync(form.Role!, ct) });
        Audit(user.Id, "User invited", $"Invited {email} as {UserText.Role(form.Role!)}");
        var result = await users.CreateAsync(user);
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.Contains("Name", StringComparison.Ordinal) || error.Code.Contains("Email", StringComparison.Ordinal) ? "Form.Email" : "", error.Description);
            }

            return View(new InviteUserPage(form, await queries.CollegeChoicesAsync(ct)));
        }

        await invitations.EnqueueAsync(user, form.Role!, await CollegeNameAsync(user.CollegeId, ct), InviterName);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData["Status"] = $"Invitation sent to {email}. The link in it is valid for {invitations.Hours()}.";
        return Redirect($"/admin/users/{user.Id}");
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id)
    {
        var page = await queries.DetailAsync(id, HttpContext.RequestAborted);
        return page is null ? NotFound() : View(page with { InvitationValidity = invitations.Hours() });
    }

    [HttpPost("{id}/access")]
    public async Task<IActionResult> Access(string id, [Bind(Prefix = "Access")] UserAccessForm form, [FromServices] IValidator<UserAccessForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ct = HttpContext.RequestAborted;
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(form, ct)).AddToModelState(ModelState, "Access");
        await CheckCollegeAsync(form.CollegeId, ct, "Access.CollegeId");
        if (!ModelState.IsValid)
        {
            return await DetailAsync(id, form);
        }

        var roles = await queries.RolesOfAsync(id, ct);
        if (form.ConcurrencyStamp != user.ConcurrencyStamp)
        {
            return await AccessConflictAsync(id, form, UserQueries.AccessForm(user, roles), user.ConcurrencyStamp);
        }

        if (roles.Contains(RoleNames.Administrator) && form.Role != RoleNames.Administrator && await queries.IsLastActiveAdministratorAsync(id, ct))
        {
            ModelState.AddModelError("Access.Role", $"{user.DisplayName} is the last active administrator, so the Administrator role cannot be removed. Invite or unlock another administrator first.");
            return await DetailAsync(id, form);
        }

        var collegeId = form.Role == RoleNames.CollegeStaff ? form.CollegeId : null;
        if (roles.Count == 1 && roles[0] == form.Role && user.CollegeId == collegeId)
        {
            TempData["Status"] = $"{user.DisplayName}: no changes to save.";
            return Redirect($"/admin/users/{id}");
        }

        var roleId = await queries.RoleIdAsync(form.Role!, ct);
        db.UserRoles.RemoveRange(await db.UserRoles.Where(ur => ur.UserId == id && ur.RoleId != roleId).ToListAsync(ct));
        if (!roles.Contains(form.Role!))
        {
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = roleId });
        }

        var collegeName = await CollegeNameAsync(collegeId, ct);
        Audit(id, "User role changed", $"From {UserText.Roles(roles)} of {await CollegeNameAsync(user.CollegeId, ct) ?? "no college"} to {UserText.Role(form.Role!)} of {collegeName ?? "no college"}");
        user.CollegeId = collegeId;

        // A new security stamp makes the user's sign-in cookie pick up the new role and college at its next validation.
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            var fresh = (await users.FindByIdAsync(id))!;
            return await AccessConflictAsync(id, form, UserQueries.AccessForm(fresh, await queries.RolesOfAsync(id, ct)), fresh.ConcurrencyStamp);
        }

        TempData["Status"] = $"{user.DisplayName} is now {UserText.Role(form.Role!).ToLowerInvariant()}{(collegeName is null ? "" : $" of {collegeName}")}.";
        return Redirect($"/admin/users/{id}");
    }

    [HttpPost("{id}/lock")]
    public async Task<IActionResult> Lock(string id)
    {
        var ct = HttpContext.RequestAborted;
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (id == users.GetUserId(User))
        {
            ModelState.AddModelError("", "You cannot lock your own account.");
            return await DetailAsync(id, null);
        }

        if (await queries.IsLastActiveAdministratorAsync(id, ct))
        {
            ModelState.AddModelError("", $"{user.DisplayName} is the last active administrator, so the account cannot be locked. Invite or unlock another administrator first.");
            return await DetailAsync(id, null);
        }

        // Locked until an administrator unlocks; the new security stamp ends the sessions the user already has.
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        Audit(id, "User locked", $"Locked {user.Email}");
        return await SaveAsync(user, $"{user.DisplayName} is locked and can no longer sign in.");
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        Audit(id, "User unlocked", $"Unlocked {user.Email}");
        return await SaveAsync(user, $"{user.DisplayName} is unlocked{(user.PasswordHash is null ? " (the invitation is still to be accepted)" : " and can sign in again")}.");
    }

    [HttpPost("{id}/resend-invitation")]
    public async Task<IActionResult> ResendInvitation(string id)
    {
        var ct = HttpContext.RequestAborted;
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.PasswordHash is not null)
        {
            ModelState.AddModelError("", $"{user.DisplayName} has already accepted the invitation and set a password. If they forgot it, they can reset it from the sign-in page.");
            return await DetailAsync(id, null);
        }

        // The new security stamp voids the links sent before: only the newest invitation works.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        user.InvitedAtUtc = clock.GetUtcNow().UtcDateTime;
        Audit(id, "Invitation resent", $"Invitation resent to {user.Email}");
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            await transaction.RollbackAsync(ct);
            return await RefusedAsync(id);
        }

        var roles = await queries.RolesOfAsync(id, ct);
        var role = roles.Count > 0 ? roles[0] : RoleNames.CollegeStaff;
        await invitations.EnqueueAsync(user, role, await CollegeNameAsync(user.CollegeId, ct), InviterName);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData["Status"] = $"A new invitation was sent to {user.Email}; earlier links no longer work. It is valid for {invitations.Hours()}.";
        return Redirect($"/admin/users/{id}");
    }

    [HttpPost("{id}/reset-two-factor")]
    public async Task<IActionResult> ResetTwoFactor(string id, [FromServices] TwoFactorReset reset)
    {
        ArgumentNullException.ThrowIfNull(reset);
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (!user.TwoFactorEnabled)
        {
            ModelState.AddModelError("", $"{user.DisplayName} does not use two-factor authentication, so there is nothing to reset.");
            return await DetailAsync(id, null);
        }

        var result = await reset.ResetAsync(user, users.GetUserId(User), "Two-factor authentication reset", HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return await RefusedAsync(id);
        }

        TempData["Status"] = $"Two-factor authentication of {user.DisplayName} is off and their sessions are ended. " +
            "At their next sign-in they need only their password, and can set up their authenticator app again from Account security.";
        return Redirect($"/admin/users/{id}");
    }

    private string InviterName => User.FindFirstValue(AppClaimTypes.DisplayName) ?? "A WTCS administrator";

    private async Task<IActionResult> SaveAsync(ApplicationUser user, string status)
    {
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            return await RefusedAsync(user.Id);
        }

        TempData["Status"] = status;
        return Redirect($"/admin/users/{user.Id}");
    }

    private async Task<IActionResult> RefusedAsync(string id)
    {
        db.ChangeTracker.Clear();
        ModelState.AddModelError("", "Someone else changed this user at the same moment, so nothing was saved. Check the details below and try again.");
        Response.StatusCode = StatusCodes.Status409Conflict;
        return await DetailAsync(id, null);
    }

    private async Task<IActionResult> AccessConflictAsync(string id, UserAccessForm mine, UserAccessForm stored, string? storedStamp)
    {
        var colleges = await queries.CollegeChoicesAsync(HttpContext.RequestAborted);
        IEnumerable<FieldValue> Describe(UserAccessForm f) =>
        [
            new("Role", f.Role is null ? null : UserText.Role(f.Role)),
            new("College", colleges.FirstOrDefault(c => c.Value == f.CollegeId?.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text),
        ];
        var conflict = StaleSave.Compare(Describe(mine), Describe(stored));
        mine.ConcurrencyStamp = storedStamp;
        ModelState.Remove("Access.ConcurrencyStamp");
        ModelState.AddModelError("", StaleSave.Message("user"));
        Response.StatusCode = StatusCodes.Status409Conflict;
        var page = await queries.DetailAsync(id, HttpContext.RequestAborted);
        return page is null ? NotFound() : View("Show", page with { Access = mine, Conflict = conflict, InvitationValidity = invitations.Hours() });
    }

    /// <summary>The detail page again, with the posted access form (when there is one) and the errors in ModelState.</summary>
    private async Task<IActionResult> DetailAsync(string id, UserAccessForm? form)
    {
        var page = await queries.DetailAsync(id, HttpContext.RequestAborted);
        return page is null ? NotFound() : View("Show", page with { Access = form ?? page.Access, InvitationValidity = invitations.Hours() });
    }

    private async Task CheckCollegeAsync(int? collegeId, CancellationToken ct, string key = "Form.CollegeId")
    {
        if (collegeId is { } id && !await db.Colleges.AnyAsync(c => c.Id == id, ct))
        {
            ModelState.AddModelError(key, "Choose a college from the list.");
        }
    }

    private async Task<string?> CollegeNameAsync(int? collegeId, CancellationToken ct) =>
        collegeId is { } id ? await db.Colleges.Where(c => c.Id == id).Select(c => c.Name).SingleOrDefaultAsync(ct) : null;

    /// <summary>User rows are not audited by the interceptor (they are not domain aggregates), so user changes add their own event.</summary>
    private void Audit(string userId, string action, string details) =>
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = users.GetUserId(User),
            EntityType = nameof(ApplicationUser),
            EntityId = userId,
            Action = action,
            Details = details,
        });
}
