using System.Diagnostics;
using IetPortal.Web.Hosting;

namespace IetPortal.Web.Tests.DemoData;

/// <summary>The seed-demo command: its arguments, its refusal of a second run, and its exit codes.</summary>
public sealed class SeedDemoCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ietportal-seed-" + Guid.NewGuid().ToString("N"));

    public SeedDemoCommandTests() => Directory.CreateDirectory(_folder);

    [Theory]
    [InlineData("seed-demo", "Say how many proposals to generate with --proposals N.")]
    [InlineData("seed-demo --proposals", "--proposals needs a whole number.")]
    [InlineData("seed-demo --proposals many", "--proposals needs a whole number, not \"many\".")]
    [InlineData("seed-demo --proposals 0", "--proposals must be between 1 and 1,000,000.")]
    [InlineData("seed-demo --proposals 2000000", "--proposals must be between 1 and 1,000,000.")]
    [InlineData("seed-demo --proposals 10 --seed x", "--seed needs a whole number, not \"x\".")]
    [InlineData("seed-demo --proposals 10 --batch-size 0", "--batch-size must be between 1 and 100,000.")]
    [InlineData("seed-demo --proposals 10 --force", "Unknown argument \"--force\".")]
    public void Bad_arguments_are_refused_with_the_reason_and_the_usage(string line, string reason)
    {
        var parsed = SeedDemoCommand.Parse(line.Split(' '));

        Assert.Null(parsed.Options);
        Assert.Equal($"{reason} {SeedDemoCommand.Usage}", parsed.Error);
    }

    [Fact]
    public void Good_arguments_become_the_generator_options()
    {
        var parsed = SeedDemoCommand.Parse(["seed-demo", "--seed", "-3", "--proposals", "100000", "--append", "--batch-size", "500"]);

        Assert.Null(parsed.Error);
        Assert.Equal(100_000, parsed.Options!.Proposals);
        Assert.Equal(-3, parsed.Options.Seed);
        Assert.Equal(500, parsed.Options.BatchSize);
        Assert.True(parsed.Options.Append);
        Assert.Equal(1, SeedDemoCommand.Parse(["seed-demo", "--proposals", "5"]).Options!.Seed);
    }

    [Fact]
    public async Task The_command_migrates_generates_prints_the_summary_and_refuses_a_second_run()
    {
        var (badExit, badOutput) = await RunAsync("seed-demo", "--proposals", "ten");
        var untouched = !File.Exists(Path.Combine(_folder, "seed.db"));
        var (exit, output) = await RunAsync("seed-demo", "--proposals", "40", "--seed", "5");
        var (againExit, againOutput) = await RunAsync("seed-demo", "--proposals", "40");

        Assert.Equal(2, badExit);
        Assert.Contains("--proposals needs a whole number", badOutput, StringComparison.Ordinal);
        Assert.True(untouched, "bad arguments must not touch the database");
        Assert.True(exit == 0, output);
        Assert.Contains("Generated 40 proposals and", output, StringComparison.Ordinal);
        Assert.Contains("ProposalVersion", output, StringComparison.Ordinal);
        Assert.Equal(1, againExit);
        Assert.Contains("already holds generated demo data", againOutput, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "IetPortal.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(_folder, "seed.db")};Pooling=False";
        start.Environment["Email__DispatchEnabled"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
