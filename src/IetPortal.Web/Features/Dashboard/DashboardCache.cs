using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Features.Dashboard;

/// <summary>The <c>Dashboard</c> configuration section.</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "Dashboard";

    /// <summary>How long a node keeps the figures it read before reading them again; 0 reads them on every request.</summary>
    [Range(0, 3_600)]
    public int CacheSeconds { get; set; } = 60;
}

/// <summary>
/// The dashboard's figures, read and computed at most once per <see cref="DashboardOptions.CacheSeconds"/> per filter on
/// each node: counting every proposal and every decided version, and the medians and percentiles of days in review,
/// cost more the more there are (most of a second with 100,000 proposals), and figures a minute old are as useful to
/// the System Office as current ones (the page says when they were read). Nothing is invalidated across
/// nodes; each node's copy simply expires. When a copy has expired, one request reads the figures again and the others
/// asking for them at that moment wait for it rather than each running the same queries.
/// </summary>
public sealed class DashboardCache(TimeProvider clock, IOptions<DashboardOptions> options) : IDisposable
{
    private const int Statewide = 0; // college ids start at 1
    private readonly ConcurrentDictionary<int, (DashboardPage Page, DateTimeOffset ReadAt)> _figures = new();
    private readonly SemaphoreSlim _reading = new(1, 1);

    public async Task<DashboardPage> GetAsync(int? collegeId, Func<Task<DashboardPage>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var lifetime = TimeSpan.FromSeconds(options.Value.CacheSeconds);
        if (lifetime == TimeSpan.Zero)
        {
            return await read();
        }

        if (Fresh(collegeId, lifetime) is { } cached)
        {
            return cached;
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(collegeId, lifetime) is { } readMeanwhile)
            {
                return readMeanwhile;
            }

            var page = await read();
            _figures[collegeId ?? Statewide] = (page, clock.GetUtcNow());
            return page;
        }
        finally
        {
            _reading.Release();
        }
    }

    public void Dispose() => _reading.Dispose();

    private DashboardPage? Fresh(int? collegeId, TimeSpan lifetime) =>
        _figures.TryGetValue(collegeId ?? Statewide, out var entry) && clock.GetUtcNow() - entry.ReadAt < lifetime ? entry.Page : null;
}

public static class DashboardFeature
{
    public static IServiceCollection AddDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DashboardOptions>().Bind(configuration.GetSection(DashboardOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DashboardCache>();
        return services;
    }
}
