using IetPortal.Infrastructure.Email;
using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Notifications;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace IetPortal.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Database (provider chosen by <c>Database:Provider</c>), auditing, seeding, the email outbox and delivery.</summary>
    public static IServiceCollection AddIetPortalInfrastructure(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);

        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EmailOptions>().Bind(configuration.GetSection(EmailOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.Mode != EmailDeliveryMode.Smtp || !string.IsNullOrWhiteSpace(o.SmtpHost), "Email:SmtpHost is required when Email:Mode is Smtp.")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<ICurrentUser, SystemUser>();
        services.AddScoped<AuditScope>();
        services.AddScoped<AuditingInterceptor>();
        services.AddScoped<IdentitySeeder>();
        services.AddScoped<DatabaseInitializer>();

        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ResolveConnectionString(database, environment);
        var register = typeof(DependencyInjection).GetMethod(nameof(AddContext), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(ProviderSelection.ContextTypeFor(database.Provider));
        register.Invoke(null, [services, database.Provider, connectionString]);

        services.AddSingleton<IEmailDelivery>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.Mode == EmailDeliveryMode.Smtp
            ? ActivatorUtilities.CreateInstance<SmtpEmailDelivery>(sp)
            : ActivatorUtilities.CreateInstance<PickupDirectoryEmailDelivery>(sp));
        // Scoped like the DbContext they share: the outbox adds to the caller's unit of work, the dispatcher uses its own.
        services.AddScoped<NotificationOutbox>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<BackgroundLeases>();
        return services;
    }

    private static void AddContext<TContext>(IServiceCollection services, DatabaseProvider provider, string connectionString)
        where TContext : IetPortalDbContext
    {
        services.AddDbContext<IetPortalDbContext, TContext>((sp, options) => options
            .UseIetPortalProvider(provider, connectionString)
            .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()));
    }

    /// <summary>
    /// The configured connection string (for PostgreSQL with automatic statement preparation unless it says otherwise),
    /// or for SQLite a file in the data folder (created if needed).
    /// </summary>
    public static string ResolveConnectionString(DatabaseOptions database, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrWhiteSpace(database.ConnectionString))
        {
            return database.Provider == DatabaseProvider.Postgres
                ? WithAutomaticPreparation(database.ConnectionString)
                : database.ConnectionString;
        }

        if (database.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException($"Database:ConnectionString is required for the {database.Provider} provider.");
        }

        var folder = Path.GetFullPath(Path.Combine(environment.ContentRootPath, database.DataDirectory));
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "ietportal.db")}";
    }

    /// <summary>
    /// Npgsql prepares a statement once a connection has run it twice, so PostgreSQL reuses its plan: a page's repeated
    /// queries (the read view issues 26) stop being parsed and planned on every request, which halved the read view's
    /// time in the page benchmark (docs/benchmarks.md). A connection string that sets either setting keeps its own.
    /// </summary>
    public static string WithAutomaticPreparation(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        if (connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)
            || connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }

        return connectionString.TrimEnd().TrimEnd(';') + ";Max Auto Prepare=64;Auto Prepare Min Usages=2";
    }
}
