using System.Diagnostics;
using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Infrastructure.Persistence.Providers;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Hosting;

/// <summary>In Production there are no default accounts: the first administrator comes from the create-admin command.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ietportal-cli-" + Guid.NewGuid().ToString("N"));

    public CommandLineTests() => Directory.CreateDirectory(_folder);

    private string ConnectionString => $"Data Source={Path.Combine(_folder, "cli.db")};Pooling=False";

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "IetPortal.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["Database__ConnectionString"] = ConnectionString;
        start.Environment["IETPORTAL_ADMIN_PASSWORD"] = "Statewide-Approval-Office-2026";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    [Fact]
    public async Task Create_admin_creates_the_first_administrator_in_Production()
    {
        var (exitCode, output) = await RunAsync("create-admin", "--email", "first.admin@wtcs.example.org", "--name", "First Administrator");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Administrator first.admin@wtcs.example.org created.", output, StringComparison.Ordinal);
        await using var db = new SqliteIetPortalDbContext(new DbContextOptionsBuilder<SqliteIetPortalDbContext>()
            .UseIetPortalProvider(DatabaseProvider.Sqlite, ConnectionString).Options as DbContextOptions<SqliteIetPortalDbContext>
            ?? throw new InvalidOperationException());
        var admins = await (from user in db.Users
                            join link in db.UserRoles on user.Id equals link.UserId
                            join role in db.Roles on link.RoleId equals role.Id
                            where role.Name == RoleNames.Administrator
                            select user.Email).ToListAsync();
        Assert.Equal(["first.admin@wtcs.example.org"], admins);
        Assert.Equal(1, await db.Users.CountAsync());
    }

    [Fact]
    public async Task Create_admin_without_an_email_explains_its_usage()
    {
        var (exitCode, output) = await RunAsync("create-admin");

        Assert.Equal(2, exitCode);
        Assert.Contains("Usage: create-admin --email", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reset_two_factor_turns_off_the_two_factor_authentication_of_an_administrator_who_lost_their_phone()
    {
        var (created, createOutput) = await RunAsync("create-admin", "--email", "only.admin@wtcs.example.org", "--name", "Only Administrator");
        Assert.True(created == 0, createOutput);
        await using (var db = OpenDatabase())
        {
            var admin = await db.Users.SingleAsync();
            admin.TwoFactorEnabled = true;
            await db.SaveChangesAsync();
        }

        var (exitCode, output) = await RunAsync("reset-two-factor", "--email", "only.admin@wtcs.example.org");
        var (unknownExit, unknownOutput) = await RunAsync("reset-two-factor", "--email", "nobody@wtcs.example.org");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Two-factor authentication of only.admin@wtcs.example.org is off", output, StringComparison.Ordinal);
        Assert.Equal(1, unknownExit);
        Assert.Contains("No user has the email nobody@wtcs.example.org.", unknownOutput, StringComparison.Ordinal);
        await using (var db = OpenDatabase())
        {
            Assert.False((await db.Users.SingleAsync()).TwoFactorEnabled);
            Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == "Two-factor authentication reset from the command line"));
        }
    }

    private SqliteIetPortalDbContext OpenDatabase() =>
        new(new DbContextOptionsBuilder<SqliteIetPortalDbContext>()
            .UseIetPortalProvider(DatabaseProvider.Sqlite, ConnectionString).Options as DbContextOptions<SqliteIetPortalDbContext>
            ?? throw new InvalidOperationException());

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
