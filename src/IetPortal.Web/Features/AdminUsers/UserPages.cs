using IetPortal.Domain.Common;
using IetPortal.Web.Features.AdminShared;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IetPortal.Web.Features.AdminUsers;

/// <summary>Invited: has not set a password yet. Locked: an administrator locked the account (or too many failed sign-ins).</summary>
public enum UserStatus
{
    Invited,
    Active,
    Locked,
}

public static class UserText
{
    public static UserStatus StatusOf(bool hasPassword, DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        lockoutEnd > now ? UserStatus.Locked : hasPassword ? UserStatus.Active : UserStatus.Invited;

    public static string Role(string role) => role switch
    {
        RoleNames.CollegeStaff => "College staff",
        RoleNames.StateReviewer => "State reviewer",
        RoleNames.Administrator => "Administrator",
        _ => role,
    };

    public static string Roles(IEnumerable<string> roles) =>
        string.Join(", ", roles.OrderBy(r => RoleNames.All.ToList().IndexOf(r)).Select(Role)) is { Length: > 0 } text ? text : "No role";

    public static IReadOnlyList<SelectListItem> RoleChoices { get; } = RoleNames.All.Select(r => new SelectListItem(Role(r), r)).ToList();
}

public sealed record UserRow(
    string Id, string DisplayName, string Email, IReadOnlyList<string> Roles, string? CollegeName, UserStatus Status, DateTime? LastSignInAtUtc);

public sealed record UserListPage(IReadOnlyList<UserRow> Users, string? Role)
{
    public static IReadOnlyList<Crumb> Crumbs { get; } = [Crumb.Administration, new("Users")];
}

public sealed record InviteUserPage(InviteUserForm Form, IReadOnlyList<SelectListItem> Colleges);

public sealed record DeclarationRow(string CollegeName, string? Reason, DateTime DeclaredAtUtc);

public sealed record UserDetailPage(
    string Id,
    string DisplayName,
    string Email,
    IReadOnlyList<string> Roles,
    string? CollegeName,
    UserStatus Status,
    DateTime CreatedAtUtc,
    DateTime? InvitedAtUtc,
    DateTime? LastSignInAtUtc,
    UserAccessForm Access,
    IReadOnlyList<SelectListItem> Colleges,
    IReadOnlyList<DeclarationRow> Declarations)
{
    /// <summary>How long an invitation link works, in words ("2 hours").</summary>
    public string InvitationValidity { get; init; } = "";

    public IReadOnlyList<ConflictField>? Conflict { get; init; }

    /// <summary>Whether the user signs in with a code from an authenticator app as well as the password.</summary>
    public bool TwoFactorEnabled { get; init; }

    public IReadOnlyList<Crumb> Crumbs => [Crumb.Administration, new("Users", "/admin/users"), new(DisplayName)];
}
