using System.Globalization;
using System.Security.Claims;
using IetPortal.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Authorization;

/// <summary>Adds the user's college, display name and two-factor status to the sign-in cookie's claims.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaimTypes.DisplayName, user.DisplayName));
        if (user.CollegeId is { } collegeId)
        {
            identity.AddClaim(new Claim(AppClaimTypes.CollegeId, collegeId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(AppClaimTypes.TwoFactor, AppClaimTypes.TwoFactorOn));
        }

        return identity;
    }
}
