using System.Diagnostics;
using System.Globalization;
using IetPortal.Domain.Compliance;
using IetPortal.Web.Features.Compliance;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace IetPortal.Web.Tests.Compliance;

/// <summary>
/// Re-checking many open drafts on SQLite: correct across several batches, and measured, never asserted on time.
/// The number of drafts comes from IETPORTAL_RECHECK_DRAFTS (default 600, more than one batch, so the default test
/// run stays quick); tests/recheck-benchmark.sh runs it with 1,000 and 10,000 and prints the figures that
/// docs/benchmarks.md reports.
/// </summary>
public sealed class RecheckVolumeTests(SqliteAppFactory app, ITestOutputHelper output) : IClassFixture<SqliteAppFactory>
{
    public const string DraftCountVariable = "IETPORTAL_RECHECK_DRAFTS";
    private const int InsertChunk = 500;

    private static int DraftCount =>
        int.TryParse(Environment.GetEnvironmentVariable(DraftCountVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
            ? count
            : 600;

    private async Task<RecheckResult> RecheckAsync(string reason)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplianceService>().RecheckOpenDraftsAsync(reason, default);
    }

    [Fact]
    public async Task Rechecking_every_open_draft_covers_all_batches_and_counts_the_drafts_that_changed()
    {
        var count = DraftCount;
        var insert = Stopwatch.StartNew();
        var shortOfObjectives = 0;
        for (var start = 0; start < count; start += InsertChunk)
        {
            var chunk = Math.Min(InsertChunk, count - start);
            shortOfObjectives += await app.WithDbAsync(async db =>
            {
                var ids = await CnaInDatabase.IdsAsync(db);
                var affected = 0;
                for (var i = start; i < start + chunk; i++)
                {
                    // Varied drafts: complete ones, a missing capacity, too few objectives for the new minimum, staggered dates.
                    var proposal = CnaInDatabase.Build(ids, $"Draft {i}");
                    switch (i % 4)
                    {
                        case 1:
                            proposal.CohortCapacity = null;
                            break;
                        case 2:
                            proposal.LearningObjectives.RemoveRange(3, 3);
                            affected++;
                            break;
                        case 3:
                            proposal.WorkforceTraining!.StartDate = new DateOnly(2026, 3, 30);
                            break;
                        default:
                            break;
                    }

                    db.Proposals.Add(proposal);
                }

                await db.SaveChangesAsync();
                return affected;
            });
        }

        insert.Stop();
        var first = await RecheckAsync("First check");
        await app.WithDbAsync(db => db.ComplianceThresholds.Where(t => t.Key == ThresholdKeys.MinimumLearningObjectives)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Value, 5m)));
        RecheckResult second, third;
        try
        {
            second = await RecheckAsync("Threshold 'Minimum number of learning objectives' changed from 1 to 5 objectives");
            third = await RecheckAsync("Nothing changed");
        }
        finally
        {
            await app.WithDbAsync(db => db.ComplianceThresholds.Where(t => t.Key == ThresholdKeys.MinimumLearningObjectives)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Value, 1m)));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SQLite, {count:N0} open drafts (inserted in {insert.Elapsed.TotalSeconds:0.0} s):"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  first check (every draft written): {first.Elapsed.TotalSeconds:0.00} s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  re-check after a threshold change ({second.Changed:N0} drafts changed): {second.Elapsed.TotalSeconds:0.00} s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  re-check with nothing changed: {third.Elapsed.TotalSeconds:0.00} s"));

        Assert.Equal((count, 0), (first.Checked, first.Changed));
        Assert.Equal((count, shortOfObjectives), (second.Checked, second.Changed));
        Assert.Equal((count, 0), (third.Checked, third.Changed));
        var states = await app.WithDbAsync(db => db.Proposals
            .GroupBy(p => new { p.ComplianceErrorCount, Noted = p.ComplianceChangeNote != null })
            .Select(g => new { g.Key.ComplianceErrorCount, g.Key.Noted, Drafts = g.Count() })
            .ToListAsync());
        Assert.Equal(shortOfObjectives, states.Where(s => s.Noted).Sum(s => s.Drafts));
        Assert.DoesNotContain(states, s => s.ComplianceErrorCount is null);
        Assert.Equal(count - ((count + 3) / 4), states.Where(s => s.ComplianceErrorCount == 1).Sum(s => s.Drafts));
    }
}
