using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Features.Account;

/// <summary>What the session-timeout warning asks: how long until the session ends, and "keep me signed in".</summary>
public sealed record SessionStatus(int ExpiresInSeconds);

/// <summary>
/// The session-timeout warning (WCAG 2.2.1) asks here how long the sign-in has left without extending it, and posts
/// here to stay signed in. Every other signed-in request renews the session (see <see cref="SessionLifetime"/>).
/// </summary>
[Route(SessionLifetime.StatusPath)]
[Authorize(Policy = Policies.SignedIn)]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class SessionController(IOptionsMonitor<CookieAuthenticationOptions> cookies, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Status()
    {
        var result = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var expires = result.Properties?.ExpiresUtc ?? clock.GetUtcNow();
        var seconds = (int)Math.Max(0, Math.Floor((expires - clock.GetUtcNow()).TotalSeconds));
        Response.Headers.CacheControl = "no-store";
        return Json(new SessionStatus(seconds));
    }

    /// <summary>The request itself renewed the session; the answer says for how long.</summary>
    [HttpPost("")]
    public IActionResult KeepAlive()
    {
        Response.Headers.CacheControl = "no-store";
        var lifetime = cookies.Get(IdentityConstants.ApplicationScheme).ExpireTimeSpan;
        return Json(new SessionStatus((int)lifetime.TotalSeconds));
    }
}

/// <summary>Session length and warning time, and the sliding rule that makes every page view count as activity.</summary>
public static class SessionLifetime
{
    public const string StatusPath = "account/session";

    /// <summary>How long before the end the warning appears.</summary>
    public static readonly TimeSpan Warning = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Renew on every signed-in request (not only after half the lifetime, the default), so the page's countdown starts
    /// from its own load; the warning's status probe must not count as activity.
    /// </summary>
    public static Task RenewOnActivity(CookieSlidingExpirationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ShouldRenew = !(HttpMethods.IsGet(context.Request.Method)
            && context.Request.Path.Equals("/" + StatusPath, StringComparison.OrdinalIgnoreCase));
        return Task.CompletedTask;
    }
}
