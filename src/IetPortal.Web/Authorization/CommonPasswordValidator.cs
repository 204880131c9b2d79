using IetPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace IetPortal.Web.Authorization;

/// <summary>
/// NIST SP 800-63B 5.1.1.2: no composition rules, but refuse passwords that are commonly used or that contain the
/// account's own email name.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "password1234", "password12345", "password123456", "123456789012", "1234567890123", "qwertyuiopas",
        "qwerty123456", "iloveyou1234", "letmein12345", "welcome12345", "passw0rd1234", "administrator",
        "abc123456789", "111111111111", "000000000000", "changeme1234", "wisconsin123", "technical123",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var localPart = user.Email?.Split('@')[0];
        if (Common.Contains(password) || (localPart is { Length: >= 4 } && password.Contains(localPart, StringComparison.OrdinalIgnoreCase)))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "Choose a password that is harder to guess: it is too common or contains your email name.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }
}
