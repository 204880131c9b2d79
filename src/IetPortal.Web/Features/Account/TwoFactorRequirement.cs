using IetPortal.Domain.Common;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Features.Account;

/// <summary>An action an administrator without two-factor authentication may still use (its setup, and signing out).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, Inherited = false)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;

/// <summary>
/// When <see cref="SecurityOptions.RequireTwoFactorForAdministrators"/> is on, a signed-in administrator who has not
/// turned on two-factor authentication is sent to its setup page from every action, except anonymous pages (sign-in,
/// errors) and those marked <see cref="AllowWithoutTwoFactorAttribute"/>. The status comes from the sign-in cookie's
/// claim, which is renewed whenever two-factor authentication is turned on or off, so no query is made per request.
/// </summary>
public sealed class TwoFactorRequirementFilter(IOptions<SecurityOptions> options) : IAuthorizationFilter
{
    public const string SetupPath = "/account/two-factor/setup";

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!options.Value.AdministratorsNeedTwoFactor)
        {
            return;
        }

        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true
            || !user.IsInRole(RoleNames.Administrator)
            || user.HasClaim(AppClaimTypes.TwoFactor, AppClaimTypes.TwoFactorOn))
        {
            return;
        }

        var metadata = context.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any() || metadata.OfType<AllowWithoutTwoFactorAttribute>().Any())
        {
            return;
        }

        context.Result = new RedirectResult(SetupPath);
    }
}
