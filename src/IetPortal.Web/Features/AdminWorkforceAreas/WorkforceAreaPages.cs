using IetPortal.Web.Features.AdminShared;

namespace IetPortal.Web.Features.AdminWorkforceAreas;

public sealed record WorkforceAreaListRow(int Id, int Number, string Name, string BoardName, string? Counties);

public sealed record WorkforceAreaEditPage(int Id, int Number, string StoredName, WorkforceAreaForm Form)
{
    public IReadOnlyList<ConflictField>? Conflict { get; init; }

    public string Title => $"WDA {Number}: {StoredName}";

    public IReadOnlyList<Crumb> Crumbs => [Crumb.Administration, new("Workforce Development Areas", "/admin/workforce-areas"), new(Title)];
}
