using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.Auditing;
using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using IdentitySignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace IetPortal.Web.Features.Account;

/// <summary>
/// Two-factor authentication with an authenticator app (TOTP, Identity's authenticator token provider): the Account
/// security page, setting the app up (a first code proves it works), recovery codes shown once, turning it off, and
/// the second sign-in step. Failed codes count towards the same lockout as failed passwords.
/// </summary>
[Route("account")]
public sealed class TwoFactorController(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    IetPortalDbContext db,
    IOptions<SecurityOptions> security,
    TimeProvider clock) : Controller
{
    public const string Issuer = "IetPortal";
    public const string AccountPath = "/account/two-factor";
    private const string Views = "/Features/Account/";
    private const string RecoveryCodesKey = "TwoFactorRecoveryCodes";

    private const string WrongCode =
        "That code is not correct. Enter the 6-digit code your authenticator app shows now, or one of your recovery codes. After 5 failed attempts the account is locked for 15 minutes.";

    private const string LockedOut =
        "Your account is locked for 15 minutes after too many failed attempts. Try again later, or ask a WTCS administrator to unlock it.";

    private const string StartAgainMessage =
        "Sign in with your email address and password first. For your security, the code must be entered within 5 minutes of the password.";

    /// <summary>The second sign-in step's address, keeping where the user was going.</summary>
    public static string SignInPath(string returnUrl) =>
        string.IsNullOrEmpty(returnUrl) || returnUrl == "/" ? "/account/login-2fa" : "/account/login-2fa?returnUrl=" + Uri.EscapeDataString(returnUrl);

    [HttpGet("login-2fa")]
    [AllowAnonymous]
    public async Task<IActionResult> SignIn(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return StartAgain();
        }

        return View(Views + "LoginTwoFactor.cshtml", new TwoFactorSignInForm { ReturnUrl = returnUrl });
    }

    [HttpPost("login-2fa")]
    [AllowAnonymous]
    public async Task<IActionResult> SignIn(TwoFactorSignInForm form, [FromServices] IValidator<TwoFactorSignInForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return StartAgain();
        }

        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(Views + "LoginTwoFactor.cshtml", form);
        }

        var code = TwoFactorCodes.Compact(form.Code!);
        var byRecoveryCode = !TwoFactorCodes.IsAuthenticatorCode(code);
        var result = byRecoveryCode
            ? await RecoveryCodeSignInAsync(user, TwoFactorCodes.RecoveryCode(code))
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(TwoFactorSignInForm.Code), result.IsLockedOut ? LockedOut : WrongCode);
            return View(Views + "LoginTwoFactor.cshtml", form);
        }

        user.LastSignInAtUtc = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        if (byRecoveryCode)
        {
            var left = await users.CountRecoveryCodesAsync(user);
            TempData["Status"] = $"You signed in with a recovery code, which now no longer works. You have {left} left: " +
                "if you lost your phone, set up two-factor authentication again from Account security.";
        }

        return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
    }

    [HttpGet("two-factor")]
    [Authorize(Policy = Policies.SignedIn)]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : View(Views + "TwoFactor.cshtml", await PageAsync(user, new TwoFactorDisableForm()));
    }

    [HttpGet("two-factor/setup")]
    [Authorize(Policy = Policies.SignedIn)]
    [AllowWithoutTwoFactor]
    public async Task<IActionResult> Setup()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (user.TwoFactorEnabled)
        {
            TempData["Status"] = "Two-factor authentication is already on. To move to a new phone, turn it off and set it up again.";
            return Redirect(AccountPath);
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // A new key renews the security stamp, so the sign-in cookie is renewed with it.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        return View(Views + "TwoFactorSetup.cshtml", SetupPage(user, key!, new TwoFactorSetupForm()));
    }

    [HttpPost("two-factor/setup")]
    [Authorize(Policy = Policies.SignedIn)]
    [AllowWithoutTwoFactor]
    public async Task<IActionResult> Setup([Bind(Prefix = "Form")] TwoFactorSetupForm form, [FromServices] IValidator<TwoFactorSetupForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ct = HttpContext.RequestAborted;
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (user.TwoFactorEnabled || string.IsNullOrEmpty(key))
        {
            return Redirect(user.TwoFactorEnabled ? AccountPath : TwoFactorRequirementFilter.SetupPath);
        }

        (await validator.ValidateAsync(form, ct)).AddToModelState(ModelState, "Form");
        if (ModelState.IsValid
            && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, TwoFactorCodes.Compact(form.Code!)))
        {
            ModelState.AddModelError(
                "Form.Code",
                "That code is not correct. Check that the key was typed without mistakes, that the app makes time-based codes, and that the phone's clock is right; then enter the code it shows now.");
        }

        if (!ModelState.IsValid)
        {
            return View(Views + "TwoFactorSetup.cshtml", SetupPage(user, key, form));
        }

        // On, audited and with its recovery codes, or not at all.
        string[] codes;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            Audit(user, "Two-factor authentication turned on", $"{user.Email} set up an authenticator app");
            await users.SetTwoFactorEnabledAsync(user, true);
            codes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AccountSecurity.RecoveryCodeCount) ?? []];
            await transaction.CommitAsync(ct);
        }

        await signIn.RefreshSignInAsync(user);
        return ShowRecoveryCodes(codes, "Two-factor authentication is on. From now on, signing in asks for a code from your authenticator app.");
    }

    [HttpGet("two-factor/recovery-codes")]
    [Authorize(Policy = Policies.SignedIn)]
    public IActionResult RecoveryCodes() =>
        TempData[RecoveryCodesKey] is string codes
            ? View(Views + "RecoveryCodes.cshtml", codes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            : Redirect(AccountPath);

    [HttpPost("two-factor/recovery-codes")]
    [Authorize(Policy = Policies.SignedIn)]
    public async Task<IActionResult> NewRecoveryCodes()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            TempData["Status"] = "Recovery codes come with two-factor authentication, which is off. Set it up first.";
            return Redirect(AccountPath);
        }

        // The audit event is saved with the new codes.
        Audit(user, "Recovery codes replaced", $"{user.Email} asked for new recovery codes");
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AccountSecurity.RecoveryCodeCount) ?? [];
        return ShowRecoveryCodes([.. codes], "You have new recovery codes. The earlier ones no longer work.");
    }

    [HttpPost("two-factor/disable")]
    [Authorize(Policy = Policies.SignedIn)]
    public async Task<IActionResult> Disable(
        [Bind(Prefix = "Disable")] TwoFactorDisableForm form, [FromServices] IValidator<TwoFactorDisableForm> validator, [FromServices] TwoFactorReset reset)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(reset);
        var ct = HttpContext.RequestAborted;
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (!user.TwoFactorEnabled)
        {
            return Redirect(AccountPath);
        }

        (await validator.ValidateAsync(form, ct)).AddToModelState(ModelState, "Disable");
        if (ModelState.IsValid)
        {
            // The password again, so that an unattended signed-in browser cannot turn the protection off.
            var check = await signIn.CheckPasswordSignInAsync(user, form.Password!, lockoutOnFailure: true);
            if (!check.Succeeded)
            {
                ModelState.AddModelError("Disable.Password", check.IsLockedOut ? LockedOut : "Your password is not correct.");
            }
        }

        if (!ModelState.IsValid)
        {
            return View(Views + "TwoFactor.cshtml", await PageAsync(user, form));
        }

        var result = await reset.ResetAsync(user, user.Id, "Two-factor authentication turned off", ct);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", "Your account changed at the same moment, so two-factor authentication is still on. Try again.");
            return View(Views + "TwoFactor.cshtml", await PageAsync((await users.GetUserAsync(User))!, form));
        }

        await signIn.RefreshSignInAsync(user);
        if (IsRequiredFor(User))
        {
            TempData["Status"] = "Two-factor authentication is off. Administrators must use it: set up your authenticator app again now.";
            return Redirect(TwoFactorRequirementFilter.SetupPath);
        }

        TempData["Status"] = "Two-factor authentication is off. You sign in with your password only.";
        return Redirect(AccountPath);
    }

    private RedirectResult ShowRecoveryCodes(string[] codes, string status)
    {
        TempData[RecoveryCodesKey] = string.Join(' ', codes);
        TempData["Status"] = status;
        return Redirect("/account/two-factor/recovery-codes");
    }

    private RedirectResult StartAgain()
    {
        TempData["Status"] = StartAgainMessage;
        return Redirect("/account/login");
    }

    private async Task<IdentitySignInResult> RecoveryCodeSignInAsync(ApplicationUser user, string recoveryCode)
    {
        // Identity does not count failed recovery codes towards lockout; here they count like any other failed code.
        if (await users.IsLockedOutAsync(user))
        {
            return IdentitySignInResult.LockedOut;
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(recoveryCode);
        if (result.Succeeded)
        {
            await users.ResetAccessFailedCountAsync(user);
            return result;
        }

        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? IdentitySignInResult.LockedOut : IdentitySignInResult.Failed;
    }

    private bool IsRequiredFor(System.Security.Claims.ClaimsPrincipal principal) =>
        security.Value.AdministratorsNeedTwoFactor && principal.IsInRole(RoleNames.Administrator);

    private async Task<AccountSecurityPage> PageAsync(ApplicationUser user, TwoFactorDisableForm form) => new(
        user.TwoFactorEnabled,
        user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0,
        IsRequiredFor(User),
        User.IsInRole(RoleNames.StateReviewer) || User.IsInRole(RoleNames.Administrator),
        form);

    private TwoFactorSetupPage SetupPage(ApplicationUser user, string key, TwoFactorSetupForm form) => new(
        TwoFactorCodes.GroupKey(key),
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6",
        IsRequiredFor(User),
        form);

    private void Audit(ApplicationUser user, string action, string details) =>
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = user.Id,
            EntityType = nameof(ApplicationUser),
            EntityId = user.Id,
            Action = action,
            Details = details,
        });

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
