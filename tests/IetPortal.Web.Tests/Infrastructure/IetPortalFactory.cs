using System.Collections.Concurrent;
using IetPortal.Domain.Common;
using IetPortal.Infrastructure.Email;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Infrastructure;

/// <summary>
/// The real app over HTTP (TestServer) on its own database, migrated and seeded by the app's own start-up.
/// Email is the one boundary replaced: messages are captured instead of delivered.
/// </summary>
public abstract class IetPortalFactory(DatabaseProvider provider) : WebApplicationFactory<Program>
{
    public TestDatabase Database { get; } = TestDatabase.Create(provider);

    public CapturingEmailDelivery Emails { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", Database.ConnectionString);
        builder.UseSetting("Email:PublicBaseUrl", "https://localhost");
        builder.UseSetting("Email:DispatchEnabled", "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Tests change data and read it straight after; DashboardCacheTests and CatalogCacheTests cover the caches.
        builder.UseSetting("Dashboard:CacheSeconds", "0");
        builder.UseSetting("Catalog:CacheSeconds", "0");
        builder.ConfigureServices(services => services.AddSingleton<IEmailDelivery>(Emails));
    }

    /// <summary>A client that behaves like a browser on HTTPS: keeps cookies, does not follow redirects.</summary>
    public AppClient CreateAppClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));

    public async Task<TestUser> CreateUserAsync(string role, string? collegeCode = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IetPortalDbContext>();
        int? collegeId = collegeCode is null ? null : await db.Colleges.Where(c => c.Code == collegeCode).Select(c => c.Id).SingleAsync();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.ietportal.example";
        var password = "Correct-Horse-Battery-" + Guid.NewGuid().ToString("N")[..6];
        var user = await scope.ServiceProvider.GetRequiredService<IdentitySeeder>()
            .CreateUserAsync(email, $"Test {role}", role, collegeId, password);
        return new TestUser(user.Id, email, password, role, collegeId);
    }

    public async Task AddRolesAsync(TestUser user, params string[] roles)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var result = await users.AddToRolesAsync((await users.FindByIdAsync(user.Id))!, roles);
        Assert.True(result.Succeeded);
    }

    public Task<TestUser> CreateStaffAsync(string collegeCode) => CreateUserAsync(RoleNames.CollegeStaff, collegeCode);

    public async Task<T> WithDbAsync<T>(Func<IetPortalDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IetPortalDbContext>());
    }

    public async Task<int> CollegeIdAsync(string code) =>
        await WithDbAsync(db => db.Colleges.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
        }
    }
}

public sealed record TestUser(string Id, string Email, string Password, string Role, int? CollegeId);

public sealed class SqliteAppFactory() : IetPortalFactory(DatabaseProvider.Sqlite);

public sealed class PostgresAppFactory() : IetPortalFactory(DatabaseProvider.Postgres);

/// <summary>The email boundary: keeps every message so a test can read what would have been sent.</summary>
public sealed class CapturingEmailDelivery : IEmailDelivery
{
    private readonly ConcurrentQueue<EmailMessage> _sent = new();

    public IReadOnlyList<EmailMessage> Sent => [.. _sent];

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        _sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
