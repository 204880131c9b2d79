using System.Globalization;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Infrastructure.Persistence.Seeding;

namespace IetPortal.Web.Hosting;

/// <summary>The parsed arguments of <c>seed-demo</c>: the options, or the reason they were refused.</summary>
internal sealed record SeedDemoArguments(DemoDataOptions? Options, string? Error);

/// <summary>
/// <c>seed-demo --proposals N [--seed N] [--batch-size N] [--append]</c>: fills the configured database with generated
/// proposals, reviews and accounts (<see cref="DemoDataGenerator"/>) for demos, dashboards and load tests, after migrating
/// it. Refuses a database that already holds generated data unless <c>--append</c> is given. Never runs at start-up.
/// </summary>
internal static class SeedDemoCommand
{
    public const string Name = "seed-demo";
    public const string Usage = "Usage: seed-demo --proposals N [--seed N] [--batch-size N] [--append]";

    public static SeedDemoArguments Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        int? proposals = null, seed = null, batchSize = null;
        var append = false;
        for (var i = 1; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--append")
            {
                append = true;
                continue;
            }

            if (name is not ("--proposals" or "--seed" or "--batch-size"))
            {
                return Refuse($"Unknown argument \"{name}\".");
            }

            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            {
                return Refuse($"{name} needs a whole number{(i + 1 < args.Count ? $", not \"{args[i + 1]}\"" : "")}.");
            }

            i++;
            switch (name)
            {
                case "--proposals" when value is < 1 or > DemoDataOptions.MaxProposals:
                    return Refuse($"--proposals must be between 1 and {DemoDataOptions.MaxProposals.ToString("N0", CultureInfo.InvariantCulture)}.");
                case "--batch-size" when value is < 1 or > 100_000:
                    return Refuse("--batch-size must be between 1 and 100,000.");
                case "--proposals":
                    proposals = value;
                    break;
                case "--seed":
                    seed = value;
                    break;
                default:
                    batchSize = value;
                    break;
            }
        }

        if (proposals is null)
        {
            return Refuse("Say how many proposals to generate with --proposals N.");
        }

        var defaults = new DemoDataOptions();
        return new SeedDemoArguments(
            new DemoDataOptions { Proposals = proposals.Value, Seed = seed ?? defaults.Seed, BatchSize = batchSize ?? defaults.BatchSize, Append = append },
            null);
    }

    public static async Task<int> RunAsync(IServiceProvider services, DemoDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        var db = services.GetRequiredService<IetPortalDbContext>();
        // About ten progress lines, whatever the size (a batch can end one proposal late, with an amendment pair).
        var step = Math.Max(options.BatchSize, options.Proposals / 10);
        var printed = 0;
        var started = DateTime.UtcNow;
        var progress = new DemoDataOptions
        {
            Proposals = options.Proposals,
            Seed = options.Seed,
            BatchSize = options.BatchSize,
            Append = options.Append,
            Progress = written =>
            {
                if (written / step > printed / step || written == options.Proposals)
                {
                    printed = written;
                    Console.Out.WriteLine(string.Create(
                        CultureInfo.InvariantCulture, $"  {written:N0} of {options.Proposals:N0} proposals ({(DateTime.UtcNow - started).TotalSeconds:F0} s)"));
                }
            },
        };
        DemoDataSummary summary;
        try
        {
            await Console.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture, $"Generating {options.Proposals:N0} proposals (seed {options.Seed}) on {db.Database.ProviderName}..."));
            summary = await DemoDataGenerator.GenerateAsync(db, progress, CancellationToken.None);
        }
        catch (DemoDataRefusedException refused)
        {
            await Console.Error.WriteLineAsync(refused.Message);
            return 1;
        }

        await Console.Out.WriteLineAsync(Describe(summary));
        return 0;
    }

    /// <summary>The summary as the command prints it: proposals per status, rows per table, time and rate.</summary>
    public static string Describe(DemoDataSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var lines = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"Generated {summary.Proposals:N0} proposals and {summary.TotalRows:N0} rows in {summary.Elapsed.TotalSeconds:F1} s ({summary.TotalRows / Math.Max(summary.Elapsed.TotalSeconds, 0.001):N0} rows/s)."),
            "Proposals by status: " + string.Join(", ", summary.Statuses.OrderByDescending(s => s.Value).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value:N0}"))),
            "Rows per table:",
        };
        lines.AddRange(summary.Rows.Where(r => r.Value > 0).OrderByDescending(r => r.Value)
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"  {r.Key,-32} {r.Value,12:N0}")));
        lines.Add($"Generated accounts sign in with the password {DemoDataOptions.DefaultPassword} (staff1.matc@{DemoDataOptions.EmailDomain}, reviewer1@{DemoDataOptions.EmailDomain}, ...).");
        return string.Join(Environment.NewLine, lines);
    }

    private static SeedDemoArguments Refuse(string error) => new(null, $"{error} {Usage}");
}
