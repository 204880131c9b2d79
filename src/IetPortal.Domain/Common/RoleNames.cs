namespace IetPortal.Domain.Common;

/// <summary>The three signed-in roles of PRODUCT.md.</summary>
public static class RoleNames
{
    public const string CollegeStaff = "CollegeStaff";
    public const string StateReviewer = "StateReviewer";
    public const string Administrator = "Administrator";

    public static IReadOnlyList<string> All { get; } = [CollegeStaff, StateReviewer, Administrator];
}
