using System.Globalization;
using Serilog;
using Serilog.Formatting.Compact;

namespace IetPortal.Web.Hosting;

internal static class LoggingSetup
{
    /// <summary>
    /// Serilog from configuration: readable console in Development, compact JSON elsewhere, and an optional
    /// rolling JSON file when <c>Logging:File:Path</c> is set. Forms and proposals are never destructured into logs.
    /// Both sinks write from a background thread (Serilog.Sinks.Async): a request only queues its events, instead of
    /// formatting them and waiting for the console under a lock shared by every request (measured in
    /// docs/benchmarks.md). Events are flushed when the host stops; if the queue of 10,000 ever fills, new events are
    /// dropped rather than slowing requests.
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
                    logger.WriteTo.Async(sink => sink.Console(
                        outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {CorrelationId}{NewLine}{Exception}",
                        formatProvider: CultureInfo.InvariantCulture));
                }
                else
                {
                    logger.WriteTo.Async(sink => sink.Console(new RenderedCompactJsonFormatter()));
                }

                if (!string.IsNullOrWhiteSpace(filePath))
                {
                    logger.WriteTo.Async(sink => sink.File(new CompactJsonFormatter(), filePath, rollingInterval: RollingInterval.Day, retainedFileCountLimit: 14));
                }
            },
            // Keep the static bootstrap logger untouched, so several hosts in one process (tests) do not fight over it.
            preserveStaticLogger: true);
    }
}
