using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace IetPortal.Web.Features.Api;

/// <summary>The <c>Api:RateLimit</c> configuration section: requests each client IP address may make per window.</summary>
public sealed class ApiRateLimitOptions
{
    public const string SectionName = "Api:RateLimit";

    [Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 60;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// The read-only public JSON API (docs/api.md): its OpenAPI document, which describes the API endpoints only, and the
/// per-client rate limit every API request counts against.
/// </summary>
public static class PublicApi
{
    public const string RateLimitPolicy = "public-api";
    public const string DocumentName = "v1";
    public const string DocumentPath = "/api/v1/openapi.json";
    public const string RoutePrefix = "api/v1/";

    public static IServiceCollection AddPublicApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ApiRateLimitOptions>().Bind(configuration.GetSection(ApiRateLimitOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();

        // The API serializes with these options, and the OpenAPI document describes its schemas from them, so the two
        // cannot drift. Numbers are numbers: the web default of also reading them from strings would make the document
        // announce every integer as "integer or string".
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);

        services.AddOpenApi(DocumentName, options =>
        {
            // Only the API: the MVC pages are not part of it (they also carry [ApiExplorerSettings(IgnoreApi = true)]).
            options.ShouldInclude = description => description.RelativePath?.StartsWith(RoutePrefix, StringComparison.Ordinal) == true;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "IetPortal public API",
                    Version = "v1",
                    Description = "Read-only data about the Integrated Education and Training (IET) programs approved by the "
                        + "Wisconsin Technical College System. No authentication. Responses carry a strong ETag (send it back "
                        + "in If-None-Match to get 304 Not Modified); each client IP address may make a limited number of "
                        + "requests per minute (429 Too Many Requests with Retry-After beyond it).",
                };
                return Task.CompletedTask;
            });
            options.AddOperationTransformer(ApiDocumentHeaders.DescribeAsync);
        });

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(RateLimitPolicy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<ApiRateLimitOptions>>().Value;
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PermitLimit,
                    Window = TimeSpan.FromSeconds(limits.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    /// <summary>Serves the OpenAPI document, open to everybody and rate limited like the API it describes.</summary>
    public static void MapPublicApiDocument(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi(DocumentPath).AllowAnonymous().RequireRateLimiting(RateLimitPolicy);
    }

    /// <summary>429 as problem+json, with Retry-After in seconds so well-behaved clients know when to come back.</summary>
    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var limits = context.HttpContext.RequestServices.GetRequiredService<IOptions<ApiRateLimitOptions>>().Value;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : limits.WindowSeconds;
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        var problem = new ProblemDetails
        {
            Type = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
            Title = "Too many requests",
            Status = StatusCodes.Status429TooManyRequests,
            Detail = $"Each client may make {limits.PermitLimit} requests every {limits.WindowSeconds} seconds. "
                + $"Try again in {retryAfter} seconds.",
        };
        await response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
    }
}
