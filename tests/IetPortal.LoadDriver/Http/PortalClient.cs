using System.Diagnostics;
using System.Net;

namespace IetPortal.LoadDriver.Http;

/// <summary>The server could not be reached or did not answer: the outcome of the request is unknown.</summary>
internal sealed class TransportException(string message, Exception inner) : Exception(message, inner);

/// <summary>
/// One simulated user: its own cookie jar (sign-in and antiforgery cookies), redirects not followed (a redirect after a
/// POST is how the app acknowledges a save), every request timed and recorded under a kind.
/// </summary>
internal sealed class PortalClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Metrics? _metrics;

    public PortalClient(Uri baseAddress, Metrics? metrics, string name, TimeSpan? timeout = null)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        };
        _http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = timeout ?? TimeSpan.FromSeconds(90) };
        _metrics = metrics;
        Name = name;
    }

    public string Name { get; }

    public Task<PortalResponse> GetAsync(string kind, string path, CancellationToken ct) => SendAsync(kind, HttpMethod.Get, path, null, ct);

    public Task<PortalResponse> PostAsync(string kind, string path, FormValues fields, CancellationToken ct) =>
        SendAsync(kind, HttpMethod.Post, path, fields, ct);

    /// <summary>Loads the page holding the form, then posts the form as a browser would, changed by <paramref name="change"/>.</summary>
    public async Task<PortalResponse> SubmitAsync(
        string pageKind, string pagePath, string postKind, string formAction, Action<FormValues> change, CancellationToken ct)
    {
        var page = await GetAsync(pageKind, pagePath, ct);
        page.Expect(200, $"the page with the form {formAction}");
        var values = FormValues.Of(page.Form(formAction));
        change(values);
        return await PostAsync(postKind, formAction, values, ct);
    }

    public async Task SignInAsync(DemoAccount account, CancellationToken ct)
    {
        var response = await SubmitAsync("sign-in page", "/account/login", "sign in", "/account/login", form => form
            .Set("Email", account.Email)
            .Set("Password", account.Password), ct);
        if (response.Status != 302)
        {
            throw new DriverException($"{Name}: signing in as {account.Email} answered {response.Status}, not a redirect");
        }
    }

    private async Task<PortalResponse> SendAsync(string kind, HttpMethod method, string path, FormValues? fields, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (fields is not null)
        {
            request.Content = new FormUrlEncodedContent(fields.Pairs);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var result = new PortalResponse(method.Method, path, (int)response.StatusCode, response.Headers.Location?.OriginalString, body);
            _metrics?.Record(kind, elapsed, result.Status);
            if (result.Status >= 500)
            {
                _metrics?.Error(kind, $"{method.Method} {path} answered {result.Status} ({result.ErrorPageHint()})");
            }

            return result;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException && !ct.IsCancellationRequested)
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            var what = e is TaskCanceledException ? $"no answer within {_http.Timeout.TotalSeconds:0} s" : e.Message;
            _metrics?.Record(kind, elapsed, 0);
            _metrics?.Error(kind, $"{method.Method} {path}: {what}");
            throw new TransportException($"{method.Method} {path}: {what}", e);
        }
    }

    public void Dispose() => _http.Dispose();
}
