using IetPortal.Domain.Compliance;
using IetPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Infrastructure.Persistence.Seeding;

/// <summary>
/// Inserts the reference data of <see cref="ReferenceDataCatalog"/> and the default compliance thresholds
/// where they are missing. It only adds: whatever administrators have edited since is left alone.
/// </summary>
public static class ReferenceDataSeeder
{
    public static async Task SeedAsync(IetPortalDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(clock);

        var areas = await SeedWorkforceAreasAsync(db, cancellationToken);
        await SeedCollegesAsync(db, areas, cancellationToken);
        var clusters = await SeedClustersAsync(db, cancellationToken);
        var occupations = await SeedOccupationsAsync(db, areas, cancellationToken);
        await SeedPathwaysAsync(db, clusters, occupations, cancellationToken);
        await SeedThresholdsAsync(db, clock, cancellationToken);
    }

    private static async Task<Dictionary<int, WorkforceDevelopmentArea>> SeedWorkforceAreasAsync(IetPortalDbContext db, CancellationToken ct)
    {
        var existing = await db.WorkforceDevelopmentAreas.ToDictionaryAsync(a => a.Number, ct);
        foreach (var seed in ReferenceDataCatalog.WorkforceAreas.Where(s => !existing.ContainsKey(s.Number)))
        {
            var area = new WorkforceDevelopmentArea
            {
                Number = seed.Number,
                Name = seed.Name,
                BoardName = seed.BoardName,
                Counties = seed.Counties,
                PlanPrioritySectors = seed.PlanPrioritySectors,
                PlanPriorityOccupations = seed.PlanPriorityOccupations,
            };
            db.WorkforceDevelopmentAreas.Add(area);
            existing[seed.Number] = area;
        }

        await db.SaveChangesAsync(ct);
        return existing;
    }

    private static async Task SeedCollegesAsync(IetPortalDbContext db, Dictionary<int, WorkforceDevelopmentArea> areas, CancellationToken ct)
    {
        var codes = await db.Colleges.Select(c => c.Code).ToHashSetAsync(ct);
        foreach (var seed in ReferenceDataCatalog.Colleges.Where(s => !codes.Contains(s.Code)))
        {
            db.Colleges.Add(new College
            {
                Code = seed.Code,
                Name = seed.Name,
                City = seed.City,
                Counties = seed.Counties,
                Website = seed.Website,
                ContactEmail = NullIfEmpty(seed.ContactEmail),
                ContactPhone = NullIfEmpty(seed.ContactPhone),
                WorkforceAreas = seed.WorkforceAreaNumbers
                    .Where(areas.ContainsKey)
                    .Select(n => new CollegeWorkforceArea { WorkforceDevelopmentAreaId = areas[n].Id })
                    .ToList(),
            });
        }

        await db.SaveChangesAsync(ct);
    }

    private static async Task<Dictionary<string, CareerCluster>> SeedClustersAsync(IetPortalDbContext db, CancellationToken ct)
    {
        var existing = await db.CareerClusters.ToListAsync(ct);
        foreach (var seed in ReferenceDataCatalog.Clusters)
        {
            if (!existing.Any(c => c.Name == seed.Name && c.FrameworkVersion == seed.FrameworkVersion))
            {
                var cluster = new CareerCluster { Name = seed.Name, FrameworkVersion = seed.FrameworkVersion };
                db.CareerClusters.Add(cluster);
                existing.Add(cluster);
            }
        }

        await db.SaveChangesAsync(ct);

        // Pathways name their cluster in the 2002 framework, which every seeded pathway uses.
        return existing
            .Where(c => c.FrameworkVersion == CareerCluster.NationalCareerClusters2002)
            .ToDictionary(c => c.Name);
    }

    private static async Task<Dictionary<string, Occupation>> SeedOccupationsAsync(
        IetPortalDbContext db, Dictionary<int, WorkforceDevelopmentArea> areas, CancellationToken ct)
    {
        var existing = await db.Occupations.ToDictionaryAsync(o => o.SocCode, ct);
        foreach (var seed in ReferenceDataCatalog.Occupations.Where(s => !existing.ContainsKey(s.SocCode)))
        {
            var occupation = new Occupation
            {
                SocCode = seed.SocCode,
                Title = seed.Title,
                Demand = seed.InDemandWorkforceAreaNumbers
                    .Where(areas.ContainsKey)
                    .Select(n => new OccupationDemand { WorkforceDevelopmentAreaId = areas[n].Id, Source = "Seeded from local plan priorities" })
                    .ToList(),
            };
            db.Occupations.Add(occupation);
            existing[seed.SocCode] = occupation;
        }

        await db.SaveChangesAsync(ct);
        return existing;
    }

    private static async Task SeedPathwaysAsync(
        IetPortalDbContext db, Dictionary<string, CareerCluster> clusters, Dictionary<string, Occupation> occupations, CancellationToken ct)
    {
        var names = await db.CareerPathways.Select(p => p.Name).ToHashSetAsync(ct);
        foreach (var seed in ReferenceDataCatalog.Pathways.Where(s => !names.Contains(s.Name)))
        {
            var steps = seed.Steps
                .Select((s, i) => new CareerPathwayStep { Position = i + 1, Title = s.Title, Description = s.Description })
                .ToList();
            var pathway = new CareerPathway
            {
                Name = seed.Name,
                Description = seed.Description,
                CareerClusterId = clusters[seed.ClusterName].Id,
                Steps = steps,
                Occupations = seed.SocCodes
                    .Select(code => new PathwayOccupation { OccupationId = occupations[code].Id })
                    .ToList(),
            };
            db.CareerPathways.Add(pathway);
            await db.SaveChangesAsync(ct);

            pathway.Credentials.AddRange(seed.Credentials.Select(c => new Credential
            {
                Name = c.Name,
                Issuer = c.Issuer,
                Type = c.Type,
                WtcsProgramNumber = c.WtcsProgramNumber,
                CareerPathwayStepId = steps[Math.Clamp(c.StepIndex, 0, steps.Count - 1)].Id,
            }));
            await db.SaveChangesAsync(ct);
        }
    }

    private static async Task SeedThresholdsAsync(IetPortalDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var keys = await db.ComplianceThresholds.Select(t => t.Key).ToHashSetAsync(ct);
        foreach (var threshold in ThresholdKeys.Defaults.Where(t => !keys.Contains(t.Key)))
        {
            db.ComplianceThresholds.Add(new ComplianceThreshold
            {
                Key = threshold.Key,
                Label = threshold.Label,
                Unit = threshold.Unit,
                Value = threshold.Value,
                Description = threshold.Description,
                UpdatedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
