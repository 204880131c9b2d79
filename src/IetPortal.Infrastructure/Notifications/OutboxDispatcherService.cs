using IetPortal.Infrastructure.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IetPortal.Infrastructure.Notifications;

/// <summary>
/// Runs <see cref="OutboxDispatcher"/> every <c>Email:DispatchIntervalSeconds</c> on every web node (safe: claims are
/// exclusive). Off when <c>Email:DispatchEnabled</c> is false, as in the integration tests, which dispatch explicitly.
/// </summary>
public sealed partial class OutboxDispatcherService(
    IServiceScopeFactory scopes,
    IOptions<EmailOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.DispatchEnabled)
        {
            LogDisabled(logger);
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.DispatchIntervalSeconds), clock);
        try
        {
            do
            {
                await DrainAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; unsent messages stay in the outbox for the next start or another node.
        }
    }

    /// <summary>Passes until one comes back short of a full batch, so a backlog clears without waiting for ticks.</summary>
    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        try
        {
            DispatchOutcome outcome;
            do
            {
                await using var scope = scopes.CreateAsyncScope();
                var dispatcher = scope.ServiceProvider.GetRequiredService<OutboxDispatcher>();
                outcome = await dispatcher.DispatchDueAsync(stoppingToken);
            }
            while (outcome.Processed + outcome.Skipped >= OutboxDispatcher.BatchSize && !stoppingToken.IsCancellationRequested);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            // A database outage must not stop the loop for good: log it and try again at the next tick.
            LogPassFailed(logger, exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox dispatching is disabled (Email:DispatchEnabled is false)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox dispatch pass failed; retrying at the next interval")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
