using System.Text;
using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace IetPortal.Web.Features.Account;

/// <summary>Sign in and out, forgotten and changed passwords, in the app's own accessible pages.</summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    IetPortalDbContext db,
    AccountEmails accountEmails,
    TimeProvider clock) : Controller
{
    private const string SignInFailed =
        "Enter a correct email address and password. After 5 failed attempts an account is locked for 15 minutes; you can also reset your password.";

    private string InvalidResetLink =>
        $"This reset link is invalid or has expired: a link works for {accountEmails.LinkValidity}, and only once. Request a new one.";

    [HttpGet("login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        return View(new LoginForm { ReturnUrl = returnUrl });
    }

    [HttpPost("login")]
    [AllowAnonymous]
    public async Task<IActionResult> Login(
        LoginForm form,
        [FromServices] IValidator<LoginForm> validator,
        [FromServices] DecoyPasswordHash decoy,
        [FromServices] IPasswordHasher<ApplicationUser> hasher)
    {
        ArgumentNullException.ThrowIfNull(form);
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        // Failure, unknown account and lockout read the same, so the page does not reveal which accounts exist. They
        // also take the same time: Identity checks no password for an unknown, locked or password-less account, so
        // the decoy hash is checked instead and every attempt costs one password hash verification.
        var user = await users.FindByEmailAsync(form.Email!);
        Microsoft.AspNetCore.Identity.SignInResult result;
        if (user is null || user.PasswordHash is null || await users.IsLockedOutAsync(user))
        {
            decoy.Verify(hasher, form.Password!);
            result = Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }
        else
        {
            result = await signIn.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: true);
        }

        if (result.RequiresTwoFactor)
        {
            return Redirect(TwoFactorController.SignInPath(SafeReturnUrl(form.ReturnUrl)));
        }

        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(LoginForm.Email), SignInFailed);
            return View(form);
        }

        user!.LastSignInAtUtc = clock.GetUtcNow().UtcDateTime;
        await users.UpdateAsync(user);
        return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
    }

    [HttpPost("logout")]
    [Authorize(Policy = Policies.SignedIn)]
    [AllowWithoutTwoFactor]
    public async Task<IActionResult> Logout()
    {
        await signIn.SignOutAsync();
        TempData["Status"] = "You have signed out.";
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("forgot-password")]
    [AllowAnonymous]
    public IActionResult ForgotPassword() => View(new ForgotPasswordForm());

    [HttpPost("forgot-password")]
    [AllowAnonymous]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordForm form, [FromServices] IValidator<ForgotPasswordForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        // The same answer whether or not the account exists, and as quickly: the email goes into the outbox (one row
        // written) and the dispatcher sends it later, so no mail server is waited for while the page is answered.
        var user = await users.FindByEmailAsync(form.Email!);
        if (user is not null)
        {
            await accountEmails.EnqueuePasswordResetAsync(user);
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }

        return RedirectToAction(nameof(ForgotPasswordSent));
    }

    [HttpGet("forgot-password/sent")]
    [AllowAnonymous]
    public IActionResult ForgotPasswordSent() => View(model: accountEmails.LinkValidity);

    [HttpGet("reset-password")]
    [AllowAnonymous]
    public IActionResult ResetPassword(string? email, string? code) => View(new ResetPasswordForm { Email = email, Code = code });

    [HttpPost("reset-password")]
    [AllowAnonymous]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form, [FromServices] IValidator<ResetPasswordForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email!);
        var token = DecodeToken(form.Code!);
        var result = user is null || token is null
            ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken" })
            : await users.ResetPasswordAsync(user, token, form.Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(
                    error.Code == "InvalidToken" ? nameof(ResetPasswordForm.Email) : nameof(ResetPasswordForm.Password),
                    error.Code == "InvalidToken" ? InvalidResetLink : error.Description);
            }

            return View(form);
        }

        TempData["Status"] = "Your password has been changed. Sign in with your new password.";
        return RedirectToAction(nameof(Login));
    }

    [HttpGet("change-password")]
    [Authorize(Policy = Policies.SignedIn)]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost("change-password")]
    [Authorize(Policy = Policies.SignedIn)]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, [FromServices] IValidator<ChangePasswordForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(
                    error.Code == "PasswordMismatch" ? nameof(ChangePasswordForm.CurrentPassword) : nameof(ChangePasswordForm.NewPassword),
                    error.Code == "PasswordMismatch" ? "Your current password is not correct." : error.Description);
            }

            return View(form);
        }

        await signIn.RefreshSignInAsync(user);
        TempData["Status"] = "Your password has been changed.";
        return RedirectToAction(nameof(ChangePassword));
    }

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";

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
