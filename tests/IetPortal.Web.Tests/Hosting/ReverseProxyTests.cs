using System.Net;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Hosting;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Hosting;

/// <summary>
/// A Production node behind a TLS-terminating load balancer at 10.0.0.5, reached over plain HTTP. The test server has
/// no real connection, so a test-only header stands for the address the request came from.
/// </summary>
public sealed class BehindLoadBalancerFactory() : IetPortalFactory(DatabaseProvider.Sqlite)
{
    public const string RemoteAddressHeader = "X-Test-Remote-Address";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("ReverseProxy:Enabled", "true");
        builder.UseSetting("ReverseProxy:KnownProxies:0", "10.0.0.5");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, RemoteAddressFromHeader>());
    }

    public HttpClient CreateHttpClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://node-a.internal"), AllowAutoRedirect = false });

    private sealed class RemoteAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[RemoteAddressHeader].ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class ReverseProxyTests(BehindLoadBalancerFactory app) : IClassFixture<BehindLoadBalancerFactory>
{
    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("127.0.0.1")]
    public async Task Behind_a_known_proxy_the_sign_in_form_is_served_over_forwarded_https_with_a_secure_antiforgery_cookie(string proxy)
    {
        using var client = app.CreateHttpClient();
        using var request = Forwarded(HttpMethod.Get, "/account/login", from: proxy);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var antiforgery = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ietportal.antiforgery=", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_known_proxy_s_forwarded_scheme_is_used_in_redirects()
    {
        using var client = app.CreateHttpClient();
        using var request = Forwarded(HttpMethod.Get, "/proposals", from: "10.0.0.5");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://node-a.internal/account/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unknown_sender_are_ignored()
    {
        using var client = app.CreateHttpClient();
        using var request = Forwarded(HttpMethod.Get, "/proposals", from: "203.0.113.9");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://node-a.internal/account/login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_proxy_setting_that_is_not_an_address_is_refused_with_a_message_naming_it()
    {
        var settings = new ReverseProxyOptions { Enabled = true, KnownProxies = ["10.0.0.5", "load-balancer.internal"], KnownNetworks = ["10.0.0.0/24", "10.0.0.0/99"] };

        var result = new ReverseProxyOptionsValidator().Validate(null, settings);

        Assert.True(result.Failed);
        Assert.Equal(
            [
                "ReverseProxy:KnownProxies: \"load-balancer.internal\" is not an IP address.",
                "ReverseProxy:KnownNetworks: \"10.0.0.0/99\" is not a network in CIDR notation (like 10.0.0.0/24).",
            ],
            result.Failures);
    }

    private static HttpRequestMessage Forwarded(HttpMethod method, string url, string from)
    {
        var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative));
        request.Headers.Add(BehindLoadBalancerFactory.RemoteAddressHeader, from);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "198.51.100.20");
        return request;
    }
}
