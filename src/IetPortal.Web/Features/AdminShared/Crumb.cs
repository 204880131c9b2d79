namespace IetPortal.Web.Features.AdminShared;

/// <summary>One link of an administrator page's breadcrumb trail; the current page has no address.</summary>
public sealed record Crumb(string Text, string? Href = null)
{
    public static Crumb Administration { get; } = new("Administration", "/admin");
}
