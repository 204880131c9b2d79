using IetPortal.Domain.Auditing;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace IetPortal.Web.Features.Account;

/// <summary>
/// Turns two-factor authentication off for a user: the authenticator key is replaced (an old phone's codes stop
/// working), the recovery codes are removed and the security stamp renewed (open sessions end at their next check).
/// Used when the user turns it off, by an administrator for someone who lost their phone, and by the
/// <c>reset-two-factor</c> command for an administrator locked out of their own account.
/// </summary>
public sealed class TwoFactorReset(UserManager<ApplicationUser> users, IetPortalDbContext db, TimeProvider clock)
{
    /// <param name="user">A user read through <paramref name="users"/>'s context (tracked).</param>
    /// <param name="actorId">Who did it (null: the command line).</param>
    /// <param name="action">The audit action, like "Two-factor authentication turned off".</param>
    public async Task<IdentityResult> ResetAsync(ApplicationUser user, string? actorId, string action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.TwoFactorEnabled = false;
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = actorId,
            EntityType = nameof(ApplicationUser),
            EntityId = user.Id,
            Action = action,
            Details = $"Two-factor authentication of {user.Email} is off; its authenticator key and recovery codes were removed",
        });

        // One save with the flag, the audit event, a new key and a new security stamp; then the codes.
        var result = await users.ResetAuthenticatorKeyAsync(user);
        if (result.Succeeded)
        {
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            db.ChangeTracker.Clear();
        }

        return result;
    }
}
