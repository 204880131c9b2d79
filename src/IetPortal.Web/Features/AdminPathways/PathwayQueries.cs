using System.Globalization;
using IetPortal.Domain.ReferenceData;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.AdminPathways;

/// <summary>The reads of the career-pathway pages: no-tracking projections and the choices of their selects.</summary>
public sealed class PathwayQueries(IetPortalDbContext db)
{
    public Task<List<PathwayListRow>> ListAsync(CancellationToken ct) =>
        db.CareerPathways.AsNoTracking()
            .OrderBy(p => p.Status).ThenBy(p => p.Name)
            .Select(p => new PathwayListRow(
                p.Id,
                p.Name,
                p.CareerCluster!.Name,
                p.CareerCluster.FrameworkVersion,
                p.Status,
                p.Steps.Count,
                p.Credentials.Count,
                p.Occupations.Count,
                db.Proposals.Count(x => x.CareerPathwayId == p.Id)))
            .ToListAsync(ct);

    public Task<PathwayHeader?> HeaderAsync(int id, CancellationToken ct) =>
        db.CareerPathways.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new PathwayHeader(p.Id, p.Name, p.Status, p.ConcurrencyStamp))
            .SingleOrDefaultAsync(ct);

    /// <summary>The pathway with its steps, credentials and occupations (with their demand rows), not tracked.</summary>
    public Task<CareerPathway?> LoadAsync(int id, CancellationToken ct) =>
        db.CareerPathways.AsNoTracking().WithParts().SingleOrDefaultAsync(p => p.Id == id, ct);

    public async Task<PathwayOverviewPage?> OverviewAsync(int id, CancellationToken ct)
    {
        var p = await db.CareerPathways.AsNoTracking().Include(x => x.CareerCluster).WithParts().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (p is null)
        {
            return null;
        }

        var usage = await db.Proposals.AsNoTracking().Where(x => x.CareerPathwayId == id)
            .GroupBy(x => x.Status == ProposalStatus.Draft || x.Status == ProposalStatus.Returned)
            .Select(g => new { Open = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var areaNumbers = await AreaNumbersAsync(ct);
        var steps = p.Steps.OrderBy(s => s.Position).ThenBy(s => s.Id).ToList();
        return new PathwayOverviewPage(
            PathwayMapping.Header(p),
            p.Description,
            p.CareerCluster!.Name,
            p.CareerCluster.FrameworkVersion,
            p.RetiredAtUtc,
            usage.Sum(u => u.Count),
            usage.Where(u => u.Open).Sum(u => u.Count),
            steps.Select(s => new StepSummary(s.Id, s.Position, s.Title, s.Description)).ToList(),
            p.Credentials.OrderBy(c => c.Id).Select(c => new CredentialSummary(
                c.Name, c.Issuer, c.Type, c.WtcsProgramNumber, steps.FirstOrDefault(s => s.Id == c.CareerPathwayStepId)?.Title, c.IsSystemApproved)).ToList(),
            p.Occupations.Where(o => o.Occupation is not null).OrderBy(o => o.Occupation!.SocCode).Select(o => new OccupationSummary(
                o.OccupationId,
                o.Occupation!.SocCode,
                o.Occupation.Title,
                o.Occupation.Demand.Select(d => areaNumbers.GetValueOrDefault(d.WorkforceDevelopmentAreaId)).Order().ToList())).ToList());
    }

    /// <summary>Clusters grouped by framework version, so the 2002 and 2024 frameworks' same-named clusters stay apart.</summary>
    public async Task<IReadOnlyList<SelectListItem>> ClusterChoicesAsync(CancellationToken ct)
    {
        var clusters = await db.CareerClusters.AsNoTracking()
            .OrderBy(c => c.FrameworkVersion).ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name, c.FrameworkVersion })
            .ToListAsync(ct);
        return clusters.GroupBy(c => c.FrameworkVersion).SelectMany(g =>
        {
            var group = new SelectListGroup { Name = g.Key };
            return g.Select(c => new SelectListItem(c.Name, c.Id.ToString(CultureInfo.InvariantCulture)) { Group = group });
        }).ToList();
    }

    public static IReadOnlyList<SelectListItem> StepChoices(CareerPathway pathway)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        return pathway.Steps.OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new SelectListItem(
                string.Create(CultureInfo.InvariantCulture, $"Step {s.Position}: {s.Title}"), s.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
    }

    public async Task<IReadOnlyList<SelectListItem>> AreaChoicesAsync(CancellationToken ct) =>
        (await db.WorkforceDevelopmentAreas.AsNoTracking().OrderBy(a => a.Number).Select(a => new { a.Id, a.Number, a.Name }).ToListAsync(ct))
            .Select(a => new SelectListItem(
                string.Create(CultureInfo.InvariantCulture, $"WDA {a.Number}: {a.Name}"), a.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();

    /// <summary>Workforce Development Area number by id.</summary>
    public Task<Dictionary<int, int>> AreaNumbersAsync(CancellationToken ct) =>
        db.WorkforceDevelopmentAreas.AsNoTracking().ToDictionaryAsync(a => a.Id, a => a.Number, ct);

    /// <summary>Existing occupations the pathway does not lead to yet, to pick one instead of typing its code.</summary>
    public async Task<IReadOnlyList<SelectListItem>> OtherOccupationChoicesAsync(IReadOnlyCollection<int> onPathway, CancellationToken ct) =>
        (await db.Occupations.AsNoTracking().Where(o => !onPathway.Contains(o.Id)).OrderBy(o => o.SocCode)
            .Select(o => new { o.Id, o.SocCode, o.Title }).ToListAsync(ct))
            .Select(o => new SelectListItem($"{o.SocCode} {o.Title}", o.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();

    public Task<Dictionary<int, OccupationName>> OccupationNamesAsync(IReadOnlyCollection<int> ids, CancellationToken ct) =>
        db.Occupations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => new OccupationName(o.SocCode, o.Title), ct);

    public async Task<DeletePathwayPage?> DeletePageAsync(int id, CancellationToken ct)
    {
        var page = await db.CareerPathways.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new DeletePathwayPage(
                new PathwayHeader(p.Id, p.Name, p.Status, p.ConcurrencyStamp),
                p.Steps.Count,
                p.Credentials.Count,
                p.Occupations.Count,
                db.Proposals.Count(x => x.CareerPathwayId == p.Id),
                new List<string>()))
            .SingleOrDefaultAsync(ct);
        if (page is null || page.CanDelete)
        {
            return page;
        }

        // A few titles make "used by proposals" concrete; administrators see every college's proposals.
        var titles = await db.Proposals.AsNoTracking().Where(x => x.CareerPathwayId == id)
            .OrderBy(x => x.Title).Select(x => x.Title).Take(10).ToListAsync(ct);
        return page with { ProposalTitles = titles };
    }
}

internal static class PathwayIncludes
{
    public static IQueryable<CareerPathway> WithParts(this IQueryable<CareerPathway> query) => query
        .Include(p => p.Steps)
        .Include(p => p.Credentials)
        .Include(p => p.Occupations).ThenInclude(o => o.Occupation).ThenInclude(o => o!.Demand)
        .AsSplitQuery();
}
