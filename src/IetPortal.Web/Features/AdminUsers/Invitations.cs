using System.Globalization;
using System.Text;
using IetPortal.Infrastructure.Email;
using IetPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Features.AdminUsers;

/// <summary>
/// The invitation email. Its link carries an Identity password-reset token, so it expires like a reset link
/// (<see cref="DataProtectionTokenProviderOptions.TokenLifespan"/>, 2 hours) and works once: setting the password
/// renews the security stamp the token is bound to.
/// </summary>
public sealed class Invitations(
    UserManager<ApplicationUser> users,
    IEmailDelivery email,
    IOptions<EmailOptions> emailOptions,
    IOptions<DataProtectionTokenProviderOptions> tokenOptions)
{
    public double ValidHours => tokenOptions.Value.TokenLifespan.TotalHours;

    public async Task SendAsync(ApplicationUser user, string role, string? collegeName, string invitedBy, CancellationToken ct)
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
        await email.SendAsync(new EmailMessage(user.Email!, "You are invited to IetPortal", body), ct);
    }

    public string Hours() => ValidHours == 1
        ? "1 hour"
        : string.Create(CultureInfo.InvariantCulture, $"{ValidHours:0.#} hours");
}
