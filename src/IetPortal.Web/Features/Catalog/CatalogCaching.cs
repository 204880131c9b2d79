using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.OutputCaching;

namespace IetPortal.Web.Features.Catalog;

/// <summary>The <c>Catalog</c> configuration section.</summary>
public sealed class CatalogOptions
{
    public const string SectionName = "Catalog";

    /// <summary>How long a node serves a public catalog page or API answer from its output cache; 0 turns it off.</summary>
    [Range(0, 3_600)]
    public int CacheSeconds { get; set; } = 60;
}

/// <summary>
/// Output caching of the public, anonymous reads: the catalog's pages and the JSON API's answers are the same for every
/// visitor, so each node keeps an answer for <see cref="CatalogOptions.CacheSeconds"/> per address and query string. A
/// program approved in the meantime appears within that time. Only anonymous requests are cached (ASP.NET Core's
/// default output-cache policy skips signed-in visitors, whose pages carry their name and menu) and only 200 answers
/// without cookies. Each node's cache is its own and simply expires, so several nodes need nothing shared.
/// </summary>
public static class CatalogCaching
{
    public const string PolicyName = "public-catalog";

    public static IServiceCollection AddCatalogCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(CatalogOptions.SectionName);
        services.AddOptions<CatalogOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        var seconds = section.Get<CatalogOptions>()?.CacheSeconds ?? new CatalogOptions().CacheSeconds;
        services.AddOutputCache(options =>
        {
            // Bounded: search text makes the number of distinct addresses open-ended.
            options.SizeLimit = 32 * 1024 * 1024;
            options.AddPolicy(PolicyName, policy =>
            {
                if (seconds == 0)
                {
                    policy.NoCache();
                    return;
                }

                policy.Expire(TimeSpan.FromSeconds(seconds)).SetVaryByQuery("*");
            });
        });
        return services;
    }
}
