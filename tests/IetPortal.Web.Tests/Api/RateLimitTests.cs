using System.Net;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Api;

/// <summary>
/// The app with a small API rate limit (3 requests a minute) and a test-only way to say which client address a request
/// comes from (TestServer has none), so that partitioning by address can be shown.
/// </summary>
public sealed class RateLimitedAppFactory() : IetPortalFactory(DatabaseProvider.Sqlite)
{
    public const string ClientAddressHeader = "X-Test-Client-Address";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:RateLimit:PermitLimit", "3");
        builder.UseSetting("Api:RateLimit:WindowSeconds", "60");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(ClientAddressHeader, out var value) && IPAddress.TryParse(value, out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>The API's per-client rate limit: 429 with Retry-After and problem+json beyond it, other clients unaffected.</summary>
public sealed class RateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    [Fact]
    public async Task Beyond_the_limit_a_client_gets_429_with_retry_after_as_problem_json()
    {
        using var client = ClientAt("192.0.2.10");

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.GetAsync(new Uri("/api/v1/programs", UriKind.Relative));
            allowed.Add(ok.StatusCode);
        }

        using var refused = await client.GetAsync(new Uri("/api/v1/programs/1", UriKind.Relative));
        using var document = await client.GetAsync(new Uri("/api/v1/openapi.json", UriKind.Relative));

        Assert.All(allowed, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":429", body, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"Too many requests\"", body, StringComparison.Ordinal);
        Assert.Contains("Each client may make 3 requests every 60 seconds.", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.TooManyRequests, document.StatusCode);
    }

    [Fact]
    public async Task Another_client_address_has_its_own_allowance_and_the_catalog_pages_are_not_limited()
    {
        using var busy = ClientAt("192.0.2.20");
        using var other = ClientAt("192.0.2.21");
        for (var i = 0; i < 4; i++)
        {
            using var _ = await busy.GetAsync(new Uri("/api/v1/programs", UriKind.Relative));
        }

        using var limited = await busy.GetAsync(new Uri("/api/v1/programs", UriKind.Relative));
        using var fresh = await other.GetAsync(new Uri("/api/v1/programs", UriKind.Relative));
        using var catalog = await busy.GetAsync(new Uri("/catalog", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.OK, catalog.StatusCode);
    }

    private HttpClient ClientAt(string address)
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.Add(RateLimitedAppFactory.ClientAddressHeader, address);
        return client;
    }
}
