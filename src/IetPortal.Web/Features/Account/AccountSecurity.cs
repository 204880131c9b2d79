using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Features.Account;

/// <summary>The <c>Security</c> configuration section: account link lifespan and the administrators' two-factor rule.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// Whether administrators must use two-factor authentication: without it they are sent to its setup page from every
    /// page. Unset means on, except in the Development and Testing environments.
    /// </summary>
    public bool? RequireTwoFactorForAdministrators { get; set; }

    /// <summary>How many hours a password reset or invitation link works (both are Identity reset tokens).</summary>
    [Range(0.25, 168)]
    public double ResetLinkHours { get; set; } = 2;

    public bool AdministratorsNeedTwoFactor => RequireTwoFactorForAdministrators == true;

    /// <summary>"2 hours", "1 hour", "30 minutes": the lifespan of a link in words, for pages and emails.</summary>
    public static string Describe(TimeSpan lifespan) => lifespan.TotalHours switch
    {
        1 => "1 hour",
        < 1 => string.Create(CultureInfo.InvariantCulture, $"{lifespan.TotalMinutes:0} minutes"),
        var hours => string.Create(CultureInfo.InvariantCulture, $"{hours:0.#} hours"),
    };
}

internal static class AccountSecurity
{
    /// <summary>Recovery codes issued when two-factor authentication is turned on (and when new ones are asked for).</summary>
    public const int RecoveryCodeCount = 10;

    public static IServiceCollection AddAccountSecurity(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<SecurityOptions>().Bind(configuration.GetSection(SecurityOptions.SectionName))
            .PostConfigure(o => o.RequireTwoFactorForAdministrators ??= !environment.IsDevelopment() && !environment.IsEnvironment("Testing"))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Reset and invitation links: Identity's data-protection tokens, bound to the security stamp (so they work once).
        services.AddOptions<DataProtectionTokenProviderOptions>()
            .Configure<IOptions<SecurityOptions>>((o, security) => o.TokenLifespan = TimeSpan.FromHours(security.Value.ResetLinkHours));

        // The short-lived cookie that remembers who passed the password step while the code is asked for.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = "ietportal.2fa";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });

        services.AddSingleton<DecoyPasswordHash>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<TwoFactorReset>();
        services.Configure<MvcOptions>(o => o.Filters.Add<TwoFactorRequirementFilter>());
        return services;
    }
}

/// <summary>
/// A password hash of no account, made once by the app's own hasher, so that a sign-in with an unknown email (or an
/// account that cannot sign in) costs the same hashing work as a wrong password and its answer time reveals nothing.
/// </summary>
public sealed class DecoyPasswordHash
{
    private static readonly Infrastructure.Identity.ApplicationUser Nobody = new() { Id = "decoy", UserName = "decoy" };
    private string? _hash;

    public void Verify(IPasswordHasher<Infrastructure.Identity.ApplicationUser> hasher, string password)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        var hash = LazyInitializer.EnsureInitialized(
            ref _hash, () => hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))));
        _ = hasher.VerifyHashedPassword(Nobody, hash, password);
    }
}
