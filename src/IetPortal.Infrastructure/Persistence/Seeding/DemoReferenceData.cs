using IetPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Infrastructure.Persistence.Seeding;

/// <summary>The seeded reference data the generated proposals point at, read once per run.</summary>
internal sealed record DemoReferenceData(IReadOnlyList<DemoCollege> Colleges, IReadOnlyList<DemoPathway> Pathways)
{
    /// <summary>
    /// Relative share of proposals per college (roughly by district size): Milwaukee Area Technical College, the demo
    /// staff account's college, is the largest, so "My proposals" signed in as that account shows a realistic list.
    /// </summary>
    private static readonly Dictionary<string, int> Weights = new(StringComparer.Ordinal)
    {
        ["MATC"] = 14,
        ["MADISON"] = 12,
        ["FVTC"] = 8,
        ["NWTC"] = 8,
        ["WCTC"] = 7,
        ["GTC"] = 7,
        ["CVTC"] = 6,
        ["MPTC"] = 5,
        ["WTC"] = 5,
        ["NTC"] = 5,
        ["BTC"] = 4,
        ["LTC"] = 3,
        ["MSTC"] = 3,
        ["NORTHWOOD"] = 3,
        ["NICOLET"] = 2,
        ["SWTC"] = 2,
    };

    public static async Task<DemoReferenceData> LoadAsync(IetPortalDbContext db, CancellationToken ct)
    {
        var colleges = await db.Colleges.AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.Code, c.Name, c.City, Areas = c.WorkforceAreas.Select(a => a.WorkforceDevelopmentAreaId).ToList() })
            .ToListAsync(ct);
        var demand = (await db.OccupationDemands.AsNoTracking()
                .Select(d => new { d.WorkforceDevelopmentAreaId, d.OccupationId }).ToListAsync(ct))
            .ToLookup(d => d.OccupationId, d => d.WorkforceDevelopmentAreaId);
        var pathways = await db.CareerPathways.AsNoTracking().Where(p => p.Status == PathwayStatus.Active).OrderBy(p => p.Id)
            .Select(p => new
            {
                p.Id,
                p.Name,
                Cluster = p.CareerCluster!.Name,
                Steps = p.Steps.OrderBy(s => s.Position).Select(s => new DemoStep(s.Id, s.Position, s.Title)).ToList(),
                Credentials = p.Credentials.Where(c => c.IsSystemApproved).OrderBy(c => c.Id)
                    .Select(c => new { c.Id, c.Name, c.CareerPathwayStepId, c.WtcsProgramNumber }).ToList(),
                Occupations = p.Occupations.OrderBy(o => o.OccupationId)
                    .Select(o => new { o.OccupationId, o.Occupation!.SocCode, o.Occupation.Title }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        if (colleges.Count == 0 || pathways.Count == 0)
        {
            throw new DemoDataRefusedException("The database has no colleges or no active career pathways: run the migrate command first, which seeds the reference data.");
        }

        return new DemoReferenceData(
            colleges.Select(c => new DemoCollege(c.Id, c.Code, c.Name, c.City ?? c.Name, c.Areas, Weights.GetValueOrDefault(c.Code, 4))).ToList(),
            pathways
                .Where(p => p.Steps.Count > 0 && p.Credentials.Count > 0 && p.Occupations.Count > 0)
                .Select(p => new DemoPathway(
                    p.Id,
                    p.Name,
                    p.Cluster,
                    p.Steps,
                    p.Credentials.Select(c => new DemoCredential(c.Id, c.Name, c.CareerPathwayStepId, c.WtcsProgramNumber)).ToList(),
                    p.Occupations.Select(o => new DemoOccupation(o.SocCode, o.Title, demand[o.OccupationId].ToHashSet())).ToList()))
                .ToList());
    }

    /// <summary>A college drawn by weight.</summary>
    public DemoCollege PickCollege(Random rng)
    {
        var roll = rng.Next(Colleges.Sum(c => c.Weight));
        foreach (var college in Colleges)
        {
            roll -= college.Weight;
            if (roll < 0)
            {
                return college;
            }
        }

        return Colleges[^1];
    }
}

internal sealed record DemoCollege(int Id, string Code, string Name, string City, IReadOnlyList<int> WorkforceAreaIds, int Weight);

internal sealed record DemoStep(int Id, int Position, string Title);

internal sealed record DemoCredential(int Id, string Name, int? StepId, string? WtcsProgramNumber);

internal sealed record DemoOccupation(string SocCode, string Title, IReadOnlySet<int> InDemandAreaIds);

internal sealed record DemoPathway(
    int Id, string Name, string Cluster, IReadOnlyList<DemoStep> Steps, IReadOnlyList<DemoCredential> Credentials, IReadOnlyList<DemoOccupation> Occupations);
