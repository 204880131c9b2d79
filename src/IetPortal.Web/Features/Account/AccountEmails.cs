using System.Text;
using IetPortal.Infrastructure.Email;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Notifications;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Features.Account;

/// <summary>
/// The password reset email, put in the outbox like every other notification: the request only adds a row (the
/// dispatcher delivers it), so asking for a real account's reset takes no longer than asking for an unknown address.
/// </summary>
public sealed class AccountEmails(
    UserManager<ApplicationUser> users,
    NotificationOutbox outbox,
    IOptions<EmailOptions> emailOptions,
    IOptions<DataProtectionTokenProviderOptions> tokenOptions)
{
    public const string PasswordResetKind = "PasswordReset";

    /// <summary>How long a reset link works, in words ("2 hours").</summary>
    public string LinkValidity => SecurityOptions.Describe(tokenOptions.Value.TokenLifespan);

    /// <summary>Adds the reset message to the caller's unit of work; the caller saves.</summary>
    public async Task EnqueuePasswordResetAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var link = $"{emailOptions.Value.PublicBaseUrl.TrimEnd('/')}/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={code}";
        outbox.Enqueue(
            PasswordResetKind,
            user.Email!,
            "Reset your IetPortal password",
            $"Hello {user.DisplayName},\n\nSomeone asked to reset the password of your IetPortal account. " +
            $"If it was you, open this link within {LinkValidity} to choose a new password:\n\n{link}\n\n" +
            "If it was not you, ignore this message: your password stays as it is.");
    }
}
