using IetPortal.Infrastructure.Identity;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Api;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Serilog;

namespace IetPortal.Web.Hosting;

internal static class Pipeline
{
    public static void UseIetPortalPipeline(this WebApplication app)
    {
        app.UseReverseProxySupport();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        // No developer exception page, in any environment: users see a friendly page with the correlation id.
        app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // The configured logger, not the static bootstrap one (kept for start-up failures): JSON outside Development.
        app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        app.UseMiddleware<ClientAbortMiddleware>();
        app.UseMiddleware<NullCharacterFormMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        app.MapControllers();
        app.MapPublicApiDocument();
    }

    /// <summary>Migrates (when configured) and seeds reference data, roles and, in Development, the demo accounts.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var demoAccounts = app.Environment.IsDevelopment()
            ? app.Configuration.GetSection("DemoAccounts").Get<List<DemoAccount>>() ?? []
            : [];
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>()
            .InitializeAsync(options.MigrateOnStartup, demoAccounts, app.Lifetime.ApplicationStopping);
        SharedKeyRing.EnsureKey(scope.ServiceProvider);
    }
}
