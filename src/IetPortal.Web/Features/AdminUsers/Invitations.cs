using System.Text;
using IetPortal.Infrastructure.Email;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Notifications;
using IetPortal.Web.Features.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Features.AdminUsers;

/// <summary>
/// The invitation email, put in the outbox (the dispatcher delivers it). Its link carries an Identity password-reset
/// token, so it expires like a reset link (<see cref="DataProtectionTokenProviderOptions.TokenLifespan"/>, set by
/// <c>Security:ResetLinkHours</c>) and works once: setting the password renews the security stamp it is bound to.
/// </summary>
public sealed class Invitations(
    UserManager<ApplicationUser> users,
    NotificationOutbox outbox,
    IOptions<EmailOptions> emailOptions,
    IOptions<DataProtectionTokenProviderOptions> tokenOptions)
{
    public const string Kind = "Invitation";

    /// <summary>
    /// Adds the invitation to the caller's unit of work (the caller saves). The token is bound to the user's current
    /// security stamp, so call this after the save that created the user or renewed the stamp, in the same transaction.
    /// </summary>
    public async Task EnqueueAsync(ApplicationUser user, string role, string? collegeName, string invitedBy)
    {
        ArgumentNullException.ThrowIfNull(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var link = $"{emailOptions.Value.PublicBaseUrl.TrimEnd('/')}/account/accept-invitation?email={Uri.EscapeDataString(user.Email!)}&code={code}";
        var what = collegeName is null ? UserText.Role(role).ToLowerInvariant() : $"{UserText.Role(role).ToLowerInvariant()} of {collegeName}";
        var body =
            $"Hello {user.DisplayName},\n\n" +
            $"{invitedBy} has invited you to IetPortal, where Wisconsin's technical colleges design Integrated Education and Training " +
            $"programs and the WTCS System Office reviews them. Your account is for {what}, with the sign-in name {user.Email}.\n\n" +
            $"To accept, open this link and choose your password. The link is valid for {Hours()} and works once:\n\n{link}\n\n" +
            "If the link has expired, ask the WTCS administrator who invited you to send a new invitation. " +
            "If you did not expect this invitation, ignore this message: no account can be used until a password is chosen.";
        outbox.Enqueue(Kind, user.Email!, "You are invited to IetPortal", body);
    }

    public string Hours() => SecurityOptions.Describe(tokenOptions.Value.TokenLifespan);
}
