using System.Net;
using IetPortal.Web.Tests.Infrastructure;

namespace IetPortal.Web.Tests.Account;

/// <summary>Two-factor authentication through the pages, as a user with an authenticator app does it.</summary>
internal static class TwoFactorKit
{
    public const string SetupPage = "/account/two-factor/setup";

    /// <summary>The shared key the setup page shows (grouped in fours there).</summary>
    public static async Task<string> SharedKeyAsync(this AppClient client)
    {
        var page = await client.GetDocumentAsync(SetupPage);
        return (page.QuerySelector("#shared-key")?.TextContent ?? throw new InvalidOperationException("The setup page shows no key")).Replace(" ", "", StringComparison.Ordinal);
    }

    public static Task<HttpResponseMessage> ConfirmSetupAsync(this AppClient client, string code) =>
        client.SubmitFormAsync(SetupPage, SetupPage, new Dictionary<string, string> { ["Form.Code"] = code });

    /// <summary>Sets up the app for the signed-in user; returns the key and the recovery codes shown once.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> TurnOnTwoFactorAsync(this AppClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var key = await client.SharedKeyAsync();
        using var confirmed = await client.ConfirmSetupAsync(Totp.Now(key));
        Assert.Equal("/account/two-factor/recovery-codes", confirmed.Headers.Location?.OriginalString);
        var codes = (await client.GetDocumentAsync("/account/two-factor/recovery-codes"))
            .QuerySelectorAll("main ul li code").Select(c => c.TextContent).ToList();
        return (key, codes);
    }

    public static async Task SignOutAsync(this AppClient client, string fromPage = "/account/change-password")
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.SubmitFormAsync(fromPage, "/account/logout", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The second sign-in step (after the password).</summary>
    public static Task<HttpResponseMessage> EnterSignInCodeAsync(this AppClient client, string code) =>
        client.SubmitFormAsync("/account/login-2fa", "/account/login-2fa", new Dictionary<string, string> { ["Code"] = code });

    public static async Task<string> ErrorSummaryAsync(this HttpResponseMessage response) =>
        (await AppClient.ParseAsync(response)).QuerySelector("#error-summary")?.TextContent ?? "";
}
