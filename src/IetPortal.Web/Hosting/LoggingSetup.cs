using System.Globalization;
using Serilog;
using Serilog.Formatting.Compact;

namespace IetPortal.Web.Hosting;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog from configuration: readable console in Development, compact JSON elsewhere, and an optional
    /// rolling JSON file when <c>Logging:File:Path</c> is set. Forms and proposals are never destructured into logs.
    /// </summary>
    public static void AddIetPortalLogging(this WebApplicationBuilder builder)
    {
        var isDevelopment = builder.Environment.IsDevelopment();
        var filePath = builder.Configuration["Logging:File:Path"];
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                logger.ReadFrom.Configuration(builder.Configuration)
                    .ReadFrom.Services(services)
                    .Enrich.FromLogContext()
                    .Enrich.WithProperty("Application", "IetPortal");
                if (isDevelopment)
                {
                    logger.WriteTo.Console(
                        outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {CorrelationId}{NewLine}{Exception}",
                        formatProvider: CultureInfo.InvariantCulture);
                }
                else
                {
                    logger.WriteTo.Console(new RenderedCompactJsonFormatter());
                }

                if (!string.IsNullOrWhiteSpace(filePath))
                {
                    logger.WriteTo.File(new CompactJsonFormatter(), filePath, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14);
                }
            },
            // Keep the static bootstrap logger untouched, so several hosts in one process (tests) do not fight over it.
            preserveStaticLogger: true);
    }
}
