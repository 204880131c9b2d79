using IetPortal.Web.Features.AdminShared;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IetPortal.Web.Features.AdminColleges;

public sealed record CollegeListRow(int Id, string Code, string Name, string? City, string? ContactEmail, string WorkforceAreas);

public sealed record CollegeEditPage(int Id, string StoredName, CollegeForm Form, IReadOnlyList<SelectListItem> WorkforceAreas)
{
    public IReadOnlyList<ConflictField>? Conflict { get; init; }

    public IReadOnlyList<Crumb> Crumbs => [Crumb.Administration, new("Colleges", "/admin/colleges"), new(StoredName)];
}
