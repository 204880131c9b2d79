using IetPortal.Domain.Compliance;
using IetPortal.Domain.ReferenceData;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Persistence;

/// <summary>Start-up migrates and seeds the reference data; outside Development it creates no accounts.</summary>
public abstract class SeedDataTests(IetPortalFactory app)
{
    [Fact]
    public async Task The_sixteen_WTCS_colleges_and_eleven_WDAs_are_seeded()
    {
        var (colleges, areas, linked) = await app.WithDbAsync(async db => (
            await db.Colleges.CountAsync(),
            await db.WorkforceDevelopmentAreas.CountAsync(),
            await db.Colleges.CountAsync(c => c.WorkforceAreas.Any())));

        Assert.Equal(16, colleges);
        Assert.Equal(11, areas);
        Assert.Equal(16, linked);
    }

    [Fact]
    public async Task Both_career_cluster_frameworks_are_seeded()
    {
        var byFramework = await app.WithDbAsync(db => db.CareerClusters
            .GroupBy(c => c.FrameworkVersion).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count));

        Assert.Equal(16, byFramework[CareerCluster.NationalCareerClusters2002]);
        Assert.Equal(14, byFramework[CareerCluster.AdvanceCte2024]);
    }

    [Fact]
    public async Task At_least_five_pathways_have_ordered_steps_credentials_and_occupations()
    {
        var pathways = await app.WithDbAsync(db => db.CareerPathways
            .Select(p => new
            {
                p.Name,
                Steps = p.Steps.OrderBy(s => s.Position).Select(s => s.Position).ToList(),
                Credentials = p.Credentials.Count,
                Socs = p.Occupations.Select(o => o.Occupation!.SocCode).ToList(),
            })
            .ToListAsync());

        Assert.True(pathways.Count >= 5);
        Assert.All(pathways, p =>
        {
            Assert.True(p.Steps.Count >= 2, $"{p.Name} has fewer than two steps");
            Assert.Equal(Enumerable.Range(1, p.Steps.Count), p.Steps);
            Assert.True(p.Credentials > 0, $"{p.Name} has no credential");
            Assert.NotEmpty(p.Socs);
            Assert.All(p.Socs, soc => Assert.Matches(@"^\d{2}-\d{4}$", soc));
        });
        Assert.Contains(pathways, p => p.Socs.Contains("31-1131"));
    }

    [Fact]
    public async Task Every_compliance_threshold_has_its_default()
    {
        var keys = await app.WithDbAsync(db => db.ComplianceThresholds.Select(t => t.Key).ToListAsync());

        Assert.Equal(ThresholdKeys.Defaults.Select(t => t.Key).Order(), keys.Order());
    }

    [Fact]
    public async Task Outside_Development_no_default_accounts_exist()
    {
        var demoAccounts = await app.WithDbAsync(db => db.Users.CountAsync(u => u.Email!.EndsWith("@demo.ietportal.test")));

        Assert.Equal(0, demoAccounts);
    }
}

public sealed class SqliteSeedDataTests(SqliteAppFactory app) : SeedDataTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresSeedDataTests(PostgresAppFactory app) : SeedDataTests(app), IClassFixture<PostgresAppFactory>;
