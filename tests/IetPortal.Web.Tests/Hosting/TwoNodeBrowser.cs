using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using IetPortal.Web.Tests.Infrastructure;

namespace IetPortal.Web.Tests.Hosting;

/// <summary>
/// One browser in front of several nodes, as behind a load balancer without sticky sessions: a single cookie jar for
/// 127.0.0.1 whatever the port (cookies do not depend on the port), so each request may go to any node with the
/// cookies the others set. Redirects are not followed, so a test sees each node's answer.
/// </summary>
internal sealed class TwoNodeBrowser : IDisposable
{
    private readonly HttpClient _http;

    public TwoNodeBrowser()
    {
        var jar = new SharedCookieJar { InnerHandler = new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false } };
        _http = new HttpClient(jar) { Timeout = TimeSpan.FromSeconds(60) };
    }

    public async Task<HttpResponseMessage> GetAsync(AppNode node, string url) =>
        await _http.GetAsync(new Uri(node.BaseAddress, url));

    public async Task<IHtmlDocument> GetDocumentAsync(AppNode node, string url)
    {
        using var response = await GetAsync(node, url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} on node {node.Name} returned {(int)response.StatusCode}. Its log:\n{node.Tail(20)}");
        return await AppClient.ParseAsync(response);
    }

    /// <summary>Posts fields (with the antiforgery token a page rendered) to a node, as a browser posts a form.</summary>
    public async Task<HttpResponseMessage> PostAsync(AppNode node, string action, IReadOnlyDictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await _http.PostAsync(new Uri(node.BaseAddress, action), content);
    }

    /// <summary>Loads the form on <paramref name="pageNode"/> and submits it, with <paramref name="changes"/>, to <paramref name="postNode"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAcrossAsync(
        AppNode pageNode, string pageUrl, string action, AppNode postNode, IReadOnlyDictionary<string, string> changes)
    {
        var page = await GetDocumentAsync(pageNode, pageUrl);
        var form = page.Forms.FirstOrDefault(f => f.GetAttribute("action") == action)
            ?? throw new InvalidOperationException($"{pageUrl} on node {pageNode.Name} has no form posting to {action}");
        var fields = FieldsOf(form);
        Assert.True(fields.ContainsKey("__RequestVerificationToken"), $"The form posting to {action} has no antiforgery token");
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        return await PostAsync(postNode, action, fields);
    }

    /// <summary>What a browser would post for the form as rendered: every named field with its value, no buttons.</summary>
    public static Dictionary<string, string> FieldsOf(IHtmlFormElement form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var control in form.Elements.OfType<IElement>())
        {
            var name = control.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || fields.ContainsKey(name))
            {
                continue;
            }

            switch (control)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } choice:
                    if (choice.IsChecked)
                    {
                        fields[name] = choice.Value;
                    }

                    break;
                case IHtmlInputElement { Type: "submit" or "file" or "image" or "reset" }:
                case IHtmlButtonElement:
                    break;
                case IHtmlInputElement input:
                    fields[name] = input.Value;
                    break;
                case IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[name] = select.Value ?? "";
                    break;
            }
        }

        return fields;
    }

    public void Dispose() => _http.Dispose();

    /// <summary>
    /// The browser's cookie jar and the load balancer in one. The nodes run in Production, where every cookie is
    /// <c>Secure</c>: in a deployment a TLS-terminating load balancer speaks HTTPS to the browser and plain HTTP, with
    /// <c>X-Forwarded-Proto: https</c>, to the nodes. The jar therefore files and returns cookies as the browser does for
    /// the site's https address, while the test talks HTTP to the nodes.
    /// </summary>
    private sealed class SharedCookieJar : DelegatingHandler
    {
        private static readonly Uri Site = new("https://127.0.0.1/");
        private readonly CookieContainer _cookies = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // What the load balancer adds: the browser reached it over HTTPS. (Without it a Production node refuses to
            // issue antiforgery tokens on a plain-HTTP request.)
            request.Headers.Add("X-Forwarded-Proto", "https");
            var header = _cookies.GetCookieHeader(Site);
            if (header.Length > 0)
            {
                request.Headers.Add("Cookie", header);
            }

            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values)
                {
                    _cookies.SetCookies(Site, value);
                }
            }

            return response;
        }
    }
}
