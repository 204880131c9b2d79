using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace IetPortal.Web.Tests.Infrastructure;

/// <summary>Drives the app the way a browser does: real forms, real antiforgery tokens, real cookies.</summary>
public sealed class AppClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public async Task<HttpResponseMessage> GetAsync(string url) => await http.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<IHtmlDocument> GetDocumentAsync(string url)
    {
        using var response = await GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} returned {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>Loads the page holding the form, then posts the fields with that form's antiforgery token.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, string formAction, IReadOnlyDictionary<string, string> fields)
    {
        var page = await GetDocumentAsync(pageUrl);
        var form = page.Forms.FirstOrDefault(f => f.GetAttribute("action") == formAction)
            ?? throw new InvalidOperationException($"{pageUrl} has no form posting to {formAction}");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"The form posting to {formAction} has no antiforgery token");
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        using var content = new FormUrlEncodedContent(values);
        return await http.PostAsync(new Uri(formAction, UriKind.Relative), content);
    }

    public async Task<HttpResponseMessage> LoginAsync(string email, string password) =>
        await SubmitFormAsync("/account/login", "/account/login", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
        });

    public async Task SignInAsync(TestUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        using var response = await LoginAsync(user.Email, user.Password);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {user.Role} failed with {(int)response.StatusCode}");
    }

    public void Dispose() => http.Dispose();
}
