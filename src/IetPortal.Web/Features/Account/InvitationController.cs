using System.Text;
using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.Auditing;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace IetPortal.Web.Features.Account;

/// <summary>
/// Accepting an invitation (issue 6): the invitee opens the emailed link and chooses a password with the same rules
/// as a reset. The link's code is an Identity password-reset token, so it expires after the configured lifespan and
/// works once (choosing the password renews the security stamp it is bound to).
/// </summary>
[Route("account/accept-invitation")]
[AllowAnonymous]
public sealed class InvitationController(
    SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, IetPortalDbContext db, TimeProvider clock) : Controller
{
    private const string ViewPath = "/Features/Account/AcceptInvitation.cshtml";
    private const string InvalidLink =
        "This invitation link is invalid, has expired or has already been used. If you already chose a password, sign in; otherwise ask a WTCS administrator to send a new invitation.";

    [HttpGet("")]
    public IActionResult Accept(string? email, string? code) => View(ViewPath, new AcceptInvitationForm { Email = email, Code = code });

    [HttpPost("")]
    public async Task<IActionResult> Accept(AcceptInvitationForm form, [FromServices] IValidator<AcceptInvitationForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(ViewPath, form);
        }

        var user = await users.FindByEmailAsync(form.Email!);
        var token = DecodeToken(form.Code!);

        // Only an invitation not yet accepted: an account that has a password is not taken over through an old link.
        if (user is null || token is null || user.PasswordHash is not null)
        {
            ModelState.AddModelError(nameof(AcceptInvitationForm.Email), InvalidLink);
            return View(ViewPath, form);
        }

        var locked = await users.IsLockedOutAsync(user);
        user.EmailConfirmed = true;
        if (!locked)
        {
            user.LastSignInAtUtc = clock.GetUtcNow().UtcDateTime;
        }

        // Saved with the password by ResetPasswordAsync's one update, or not at all when the token is refused.
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = user.Id,
            EntityType = nameof(ApplicationUser),
            EntityId = user.Id,
            Action = "Invitation accepted",
            Details = $"{user.Email} chose a password",
        });
        var result = await users.ResetPasswordAsync(user, token, form.Password!);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            foreach (var error in result.Errors)
            {
                var invalidToken = error.Code == "InvalidToken";
                ModelState.AddModelError(
                    invalidToken ? nameof(AcceptInvitationForm.Email) : nameof(AcceptInvitationForm.Password),
                    invalidToken ? InvalidLink : error.Description);
            }

            return View(ViewPath, form);
        }

        if (locked)
        {
            TempData["Status"] = "Your password is set, but your account is locked. Contact a WTCS administrator.";
            return Redirect("/account/login");
        }

        await signIn.SignInAsync(user, isPersistent: false);
        TempData["Status"] = "Welcome to IetPortal: your password is set and you are signed in.";
        return Redirect("/");
    }

    private static string? DecodeToken(string code)
    {
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
