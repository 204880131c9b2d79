using System.Text;
using System.Text.RegularExpressions;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Infrastructure.Persistence.Seeding;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.DemoData;

/// <summary>The same seed gives the same data, on a new database of either provider; another seed gives other data.</summary>
public sealed partial class DemoDataDeterminismTests
{
    private const int Proposals = 60;

    [Fact]
    public async Task The_same_seed_generates_the_same_data_and_another_seed_other_data()
    {
        var first = await FingerprintAsync(new SqliteAppFactory(), seed: 7);
        var second = await FingerprintAsync(new SqliteAppFactory(), seed: 7);
        var other = await FingerprintAsync(new SqliteAppFactory(), seed: 8);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public async Task PostgreSQL_and_SQLite_get_the_same_data_from_the_same_seed()
    {
        var sqlite = await FingerprintAsync(new SqliteAppFactory(), seed: 7);
        var postgres = await FingerprintAsync(new PostgresAppFactory(), seed: 7);

        Assert.Equal(sqlite, postgres);
    }

    [Fact]
    public async Task Append_adds_to_generated_data_with_the_accounts_already_there()
    {
        using var app = new SqliteAppFactory();
        await app.WithDbAsync(db => DemoDataGenerator.GenerateAsync(db, DemoDataWorld.Options(proposals: 20), CancellationToken.None));
        var users = await app.WithDbAsync(db => db.Users.CountAsync());

        var summary = await app.WithDbAsync(db => DemoDataGenerator.GenerateAsync(db, DemoDataWorld.Options(proposals: 15, seed: 9, append: true), CancellationToken.None));

        Assert.Equal(15, summary.Proposals);
        Assert.Equal(35, await app.WithDbAsync(db => db.Proposals.CountAsync()));
        Assert.Equal(users, await app.WithDbAsync(db => db.Users.CountAsync()));
    }

    /// <summary>JSON with every decimal written without trailing zeros: each database returns decimals with its own scale.</summary>
    public static string SameNumbers(string json) => TrailingZeros().Replace(json, m => m.Groups[1].Value.TrimEnd('.'));

    /// <summary>Everything generated that does not depend on the provider's own formats, as one text.</summary>
    private static async Task<string> FingerprintAsync(IetPortalFactory app, int seed)
    {
        using (app)
        {
            await app.WithDbAsync(db => DemoDataGenerator.GenerateAsync(db, DemoDataWorld.Options(proposals: Proposals, seed: seed), CancellationToken.None));
            return await app.WithDbAsync(async db =>
            {
                var text = new StringBuilder();
                foreach (var p in await db.Proposals.AsNoTracking().OrderBy(p => p.Id).ToListAsync())
                {
                    text.AppendLine($"{p.Id}|{p.CollegeId}|{p.Status}|{p.Title}|{p.ConcurrencyStamp}|{p.UpdatedAtUtc:O}|{p.ComplianceErrorCount}|{p.ComplianceWarningCount}|{p.StartDate}");
                }

                foreach (var v in await db.ProposalVersions.AsNoTracking().OrderBy(v => v.Id).ToListAsync())
                {
                    text.AppendLine($"{v.Id}|{v.IetProposalId}|{v.Number}|{v.SubmittedAtUtc:O}|{v.SubmittedByUserId}|{SameNumbers(v.SnapshotJson)}|{SameNumbers(v.ComplianceReportJson)}");
                }

                foreach (var d in await db.ReviewDecisions.AsNoTracking().OrderBy(d => d.Id).ToListAsync())
                {
                    text.AppendLine($"{d.Id}|{d.Kind}|{d.ApprovalNumber}|{d.DecidedAtUtc:O}");
                }

                // Start-up audits the reference data it seeds at the real time; the proposals' trail is generated.
                foreach (var e in await db.AuditEvents.AsNoTracking().Where(e => e.IetProposalId != null).OrderBy(e => e.Id).ToListAsync())
                {
                    text.AppendLine($"{e.Id}|{e.OccurredAtUtc:O}|{e.UserId}|{e.Action}|{e.Section}");
                }

                text.AppendLine(string.Join(",", (await db.Users.Select(u => u.Id + u.Email).ToListAsync()).Order(StringComparer.Ordinal)));
                return text.ToString();
            });
        }
    }

    [GeneratedRegex(@"(?<![\w.])(\d+\.\d*?)0+(?![\d])")]
    private static partial Regex TrailingZeros();
}
