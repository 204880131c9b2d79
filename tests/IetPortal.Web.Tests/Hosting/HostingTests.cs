using System.Net;
using IetPortal.Web.Tests.Infrastructure;

namespace IetPortal.Web.Tests.Hosting;

public sealed class HostingTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_anonymously(string url)
    {
        using var client = app.CreateAppClient();
        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var client = app.CreateAppClient();
        using var response = await client.GetAsync("/account/login");

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Outside_Development_HSTS_is_sent()
    {
        using var client = app.CreateAppClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        // HSTS is never sent to localhost, so ask as the public host name would.
        request.Headers.Host = "ietportal.wtcs.example.org";
        using var response = await client.Http.SendAsync(request);

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_well_formed_correlation_id_is_echoed_and_a_missing_one_is_created()
    {
        using var client = app.CreateAppClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Correlation-ID", "support-ticket-1234");
        using var echoed = await client.Http.SendAsync(request);
        using var created = await client.GetAsync("/health/live");

        Assert.Equal("support-ticket-1234", Assert.Single(echoed.Headers.GetValues("X-Correlation-ID")));
        Assert.Matches("^[0-9a-f]{32}$", Assert.Single(created.Headers.GetValues("X-Correlation-ID")));
    }

    [Fact]
    public async Task An_unknown_page_shows_a_friendly_404_with_a_reference()
    {
        using var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateStaffAsync("MATC"));
        using var response = await client.GetAsync("/no-such-page");
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent);
        Assert.NotNull(page.QuerySelector("code"));
    }

    [Fact]
    public async Task Static_assets_of_the_design_system_are_served_locally()
    {
        using var client = app.CreateAppClient();
        using var css = await client.GetAsync("/lib/uswds/css/uswds.min.css");
        using var js = await client.GetAsync("/lib/uswds/js/uswds.min.js");

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
    }
}
