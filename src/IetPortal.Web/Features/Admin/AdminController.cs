using IetPortal.Domain.Common;
using IetPortal.Domain.ReferenceData;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Admin;

public sealed record PathwayRow(int Id, string Name, string ClusterName, PathwayStatus Status, int Steps, int Credentials, int Occupations);

public sealed record CollegeRow(string Code, string Name, string? City, string WorkforceAreas);

public sealed record RoleCount(string Role, int Users);

public sealed record ThresholdRow(string Label, decimal Value, string Unit);

public sealed record AdminHomePage(
    IReadOnlyList<RoleCount> Users,
    IReadOnlyList<PathwayRow> Pathways,
    IReadOnlyList<CollegeRow> Colleges,
    int WorkforceAreaCount,
    IReadOnlyList<ThresholdRow> Thresholds);

/// <summary>The administrator's home: the reference data and settings they manage, at a glance.</summary>
[Route("admin")]
[Authorize(Policy = Policies.Administrator)]
public sealed class AdminController(IetPortalDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var roleCounts = await db.Roles.AsNoTracking()
            .Select(r => new RoleCount(r.Name!, db.UserRoles.Count(ur => ur.RoleId == r.Id)))
            .ToListAsync(cancellationToken);
        var pathways = await db.CareerPathways.AsNoTracking()
            .OrderBy(p => p.Name)
            .Select(p => new PathwayRow(p.Id, p.Name, p.CareerCluster!.Name, p.Status, p.Steps.Count, p.Credentials.Count, p.Occupations.Count))
            .ToListAsync(cancellationToken);
        var colleges = (await db.Colleges.AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new { c.Code, c.Name, c.City, Areas = c.WorkforceAreas.Select(a => a.WorkforceDevelopmentArea!.Number).ToList() })
            .ToListAsync(cancellationToken))
            .Select(c => new CollegeRow(c.Code, c.Name, c.City, string.Join(", ", c.Areas.Order())))
            .ToList();
        var areaCount = await db.WorkforceDevelopmentAreas.CountAsync(cancellationToken);
        var thresholds = await db.ComplianceThresholds.AsNoTracking()
            .OrderBy(t => t.Id)
            .Select(t => new ThresholdRow(t.Label, t.Value, t.Unit))
            .ToListAsync(cancellationToken);
        var users = RoleNames.All
            .Select(role => roleCounts.FirstOrDefault(r => r.Role == role) ?? new RoleCount(role, 0))
            .ToList();
        return View(new AdminHomePage(users, pathways, colleges, areaCount, thresholds));
    }
}
