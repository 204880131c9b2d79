using IetPortal.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace IetPortal.Web.Authorization;

/// <summary>The named policies every controller chooses from. A fallback policy requires a signed-in user.</summary>
public static class Policies
{
    public const string SignedIn = nameof(SignedIn);
    public const string CollegeStaff = nameof(CollegeStaff);
    public const string StateReviewer = nameof(StateReviewer);
    public const string Administrator = nameof(Administrator);
    public const string ReviewerOrAdministrator = nameof(ReviewerOrAdministrator);

    /// <summary>Resource-based: may this user see data owned by a college? (staff: only their own college).</summary>
    public const string CollegeData = nameof(CollegeData);

    public static void Configure(AuthorizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(CollegeStaff, p => p.RequireRole(RoleNames.CollegeStaff).RequireClaim(AppClaimTypes.CollegeId));
        options.AddPolicy(StateReviewer, p => p.RequireRole(RoleNames.StateReviewer));
        options.AddPolicy(Administrator, p => p.RequireRole(RoleNames.Administrator));
        options.AddPolicy(ReviewerOrAdministrator, p => p.RequireRole(RoleNames.StateReviewer, RoleNames.Administrator));
        options.AddPolicy(CollegeData, p => p.RequireAuthenticatedUser().AddRequirements(new CollegeDataRequirement()));
    }
}

public static class AppClaimTypes
{
    public const string CollegeId = "ietportal:college_id";
    public const string DisplayName = "ietportal:display_name";

    /// <summary>Present (with <see cref="TwoFactorOn"/>) when the user has two-factor authentication turned on.</summary>
    public const string TwoFactor = "ietportal:two_factor";
    public const string TwoFactorOn = "on";
}
