using System.Text;
using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Infrastructure.Email;
using IetPortal.Infrastructure.Identity;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Features.Account;

/// <summary>Sign in and out, forgotten and changed passwords, in the app's own accessible pages.</summary>
[Route("account")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    IEmailDelivery email,
    IOptions<EmailOptions> emailOptions,
    TimeProvider clock) : Controller
{
    private const string SignInFailed =
        "Enter a correct email address and password. After 5 failed attempts an account is locked for 15 minutes; you can also reset your password.";

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
    public async Task<IActionResult> Login(LoginForm form, [FromServices] IValidator<LoginForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        (await validator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        // Failure, unknown account and lockout read the same, so the page does not reveal which accounts exist.
        var result = await signIn.PasswordSignInAsync(form.Email!, form.Password!, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(LoginForm.Email), SignInFailed);
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email!);
        if (user is not null)
        {
            user.LastSignInAtUtc = clock.GetUtcNow().UtcDateTime;
            await users.UpdateAsync(user);
        }

        return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
    }

    [HttpPost("logout")]
    [Authorize(Policy = Policies.SignedIn)]
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

        var user = await users.FindByEmailAsync(form.Email!);
        if (user is not null)
        {
            var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var link = $"{emailOptions.Value.PublicBaseUrl.TrimEnd('/')}/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={code}";
            await email.SendAsync(
                new EmailMessage(
                    user.Email!,
                    "Reset your IetPortal password",
                    $"Hello {user.DisplayName},\n\nSomeone asked to reset the password of your IetPortal account. " +
                    $"If it was you, open this link within 2 hours to choose a new password:\n\n{link}\n\n" +
                    "If it was not you, ignore this message: your password stays as it is."),
                HttpContext.RequestAborted);
        }

        // The same answer whether or not the account exists.
        return RedirectToAction(nameof(ForgotPasswordSent));
    }

    [HttpGet("forgot-password/sent")]
    [AllowAnonymous]
    public IActionResult ForgotPasswordSent() => View();

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
                    error.Code == "InvalidToken" ? "This reset link is invalid or has expired. Request a new one." : error.Description);
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
