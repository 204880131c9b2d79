using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;

namespace IetPortal.Web.Hosting;

/// <summary>
/// Operational commands run through the web host, so they use exactly the app's configuration:
/// <c>migrate</c> applies migrations and seeds reference data; <c>create-admin --email E --name N</c> creates the
/// first administrator, reading the password from the IETPORTAL_ADMIN_PASSWORD environment variable or standard input.
/// </summary>
internal static class CommandLine
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "migrate" or "create-admin";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(migrate: true, [], CancellationToken.None);
        if (args[0] == "migrate")
        {
            await Console.Out.WriteLineAsync("Database is up to date.");
            return 0;
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

    private static string? ValueOf(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
