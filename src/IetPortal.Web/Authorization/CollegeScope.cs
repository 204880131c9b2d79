using System.Globalization;
using System.Security.Claims;
using IetPortal.Domain.Common;
using Microsoft.AspNetCore.Authorization;

namespace IetPortal.Web.Authorization;

/// <summary>
/// The one place college scoping is decided. College staff see only their own college's data; reviewers and
/// administrators see every college's. Lists filter with <see cref="Filter{T}"/>; single records are checked by
/// <see cref="CollegeDataHandler"/> through the <see cref="Policies.CollegeData"/> policy.
/// </summary>
public static class CollegeScope
{
    public static int? CollegeIdOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var value = user.FindFirstValue(AppClaimTypes.CollegeId);
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    public static bool SeesAllColleges(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(RoleNames.StateReviewer) || user.IsInRole(RoleNames.Administrator);
    }

    public static bool MaySee(ClaimsPrincipal user, int collegeId) =>
        SeesAllColleges(user) || (user.IsInRole(RoleNames.CollegeStaff) && CollegeIdOf(user) == collegeId);

    /// <summary>Restricts a query to what the user may see; a user with no college and no System Office role sees nothing.</summary>
    public static IQueryable<T> Filter<T>(this IQueryable<T> query, ClaimsPrincipal user)
        where T : ICollegeOwned
    {
        if (SeesAllColleges(user))
        {
            return query;
        }

        var collegeId = user.IsInRole(RoleNames.CollegeStaff) ? CollegeIdOf(user) : null;
        return collegeId is { } id ? query.Where(x => x.CollegeId == id) : query.Where(_ => false);
    }
}

public sealed class CollegeDataRequirement : IAuthorizationRequirement;

/// <summary>Grants <see cref="CollegeDataRequirement"/> for a record the user's college scope includes.</summary>
public sealed class CollegeDataHandler : AuthorizationHandler<CollegeDataRequirement, ICollegeOwned>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, CollegeDataRequirement requirement, ICollegeOwned resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resource);
        if (CollegeScope.MaySee(context.User, resource.CollegeId))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
