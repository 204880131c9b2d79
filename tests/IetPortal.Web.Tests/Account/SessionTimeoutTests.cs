using System.Net;
using System.Text.Json;
using IetPortal.Web.Tests.Infrastructure;

namespace IetPortal.Web.Tests.Account;

/// <summary>The server side of the session-timeout warning: a status that does not extend the session, and "stay signed in".</summary>
public sealed class SessionTimeoutTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private static int ExpiresIn(string json) => JsonDocument.Parse(json).RootElement.GetProperty("expiresInSeconds").GetInt32();

    [Fact]
    public async Task Every_signed_in_page_carries_the_warning_dialog_with_the_session_length()
    {
        using var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateStaffAsync("MATC"));

        var page = await client.GetDocumentAsync("/proposals");
        var dialog = page.QuerySelector("dialog#session-timeout");

        Assert.NotNull(dialog);
        Assert.Equal("3600", dialog.GetAttribute("data-session-seconds"));
        Assert.Equal("300", dialog.GetAttribute("data-warning-seconds"));
        Assert.NotNull(dialog.QuerySelector("form[action='/account/session'] input[name=__RequestVerificationToken]"));
        using var anonymous = app.CreateAppClient();
        Assert.Null((await anonymous.GetDocumentAsync("/account/login")).QuerySelector("dialog#session-timeout"));
    }

    [Fact]
    public async Task Asking_how_long_is_left_does_not_extend_the_session_but_a_page_view_does()
    {
        using var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateStaffAsync("MATC"));

        using var status = await client.GetAsync("/account/session");
        var left = ExpiresIn(await status.Content.ReadAsStringAsync());
        using var page = await client.GetAsync("/proposals");

        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.InRange(left, 3500, 3600);
        Assert.False(status.Headers.Contains("Set-Cookie"), "The status probe must not renew the sign-in cookie.");
        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ietportal.auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Staying_signed_in_renews_the_session_and_needs_the_antiforgery_token()
    {
        using var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateStaffAsync("MATC"));

        using var withoutToken = await client.Http.PostAsync(new Uri("/account/session", UriKind.Relative), new FormUrlEncodedContent([]));
        using var renewed = await client.SubmitFormAsync("/proposals", "/account/session", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Equal(3600, ExpiresIn(await renewed.Content.ReadAsStringAsync()));
        Assert.Contains(renewed.Headers.GetValues("Set-Cookie"), c => c.StartsWith("ietportal.auth=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_a_session_the_status_sends_to_sign_in()
    {
        using var client = app.CreateAppClient();

        using var status = await client.GetAsync("/account/session");

        Assert.Equal(HttpStatusCode.Redirect, status.StatusCode);
        Assert.StartsWith("https://localhost/account/login", status.Headers.Location!.ToString(), StringComparison.Ordinal);
    }
}
