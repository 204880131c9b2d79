using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace IetPortal.Web.Hosting;

/// <summary>
/// Operational commands run through the web host, so they use exactly the app's configuration:
/// <c>migrate</c> applies migrations, seeds reference data and creates the first data-protection key (every command
/// does, before its own work); <c>create-admin --email E --name N</c> creates the first administrator, reading the
/// password from the IETPORTAL_ADMIN_PASSWORD environment variable or standard input;
/// <c>reset-two-factor --email E</c> turns off the two-factor authentication of a user who lost their authenticator app
/// and recovery codes (for example the only administrator); <c>seed-demo --proposals N</c> generates demo data
/// (<see cref="SeedDemoCommand"/>).
/// </summary>
internal static class CommandLine
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "migrate" or "create-admin" or "reset-two-factor" or SeedDemoCommand.Name;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        // Bad arguments are refused before anything touches the database.
        var seedDemo = args[0] == SeedDemoCommand.Name ? SeedDemoCommand.Parse(args) : null;
        if (seedDemo?.Error is { } error)
        {
            await Console.Error.WriteLineAsync(error);
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(migrate: true, [], CancellationToken.None);
        SharedKeyRing.EnsureKey(services);
        if (args[0] == "migrate")
        {
            await Console.Out.WriteLineAsync("Database is up to date.");
            return 0;
        }

        if (seedDemo?.Options is { } options)
        {
            return await SeedDemoCommand.RunAsync(services, options);
        }

        if (args[0] == "reset-two-factor")
        {
            return await ResetTwoFactorAsync(services, ValueOf(args, "--email"));
        }

        var email = ValueOf(args, "--email");
        var name = ValueOf(args, "--name") ?? email;
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --email admin@example.org [--name \"Full Name\"] (password from IETPORTAL_ADMIN_PASSWORD or standard input)");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable("IETPORTAL_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            await Console.Out.WriteAsync("Password (at least 12 characters): ");
            password = Console.ReadLine();
        }

        if (await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email) is not null)
        {
            await Console.Error.WriteLineAsync($"A user with email {email} already exists.");
            return 1;
        }

        try
        {
            await services.GetRequiredService<IdentitySeeder>()
                .CreateUserAsync(email, name!, RoleNames.Administrator, collegeId: null, password ?? "");
        }
        catch (InvalidOperationException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }

        await Console.Out.WriteLineAsync($"Administrator {email} created.");
        return 0;
    }

    private static async Task<int> ResetTwoFactorAsync(IServiceProvider services, string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("Usage: reset-two-factor --email user@example.org");
            return 2;
        }

        var user = await services.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        if (user is null)
        {
            await Console.Error.WriteLineAsync($"No user has the email {email}.");
            return 1;
        }

        var result = await services.GetRequiredService<Features.Account.TwoFactorReset>()
            .ResetAsync(user, actorId: null, "Two-factor authentication reset from the command line", CancellationToken.None);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync(string.Join(" ", result.Errors.Select(e => e.Description)));
            return 1;
        }

        await Console.Out.WriteLineAsync($"Two-factor authentication of {email} is off; they can sign in with their password and set it up again.");
        return 0;
    }

    private static string? ValueOf(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
