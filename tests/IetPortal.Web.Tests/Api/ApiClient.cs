using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using IetPortal.Web.Tests.Infrastructure;

namespace IetPortal.Web.Tests.Api;

/// <summary>A JSON response as a test reads it: status, content type, ETag and the parsed body.</summary>
internal sealed record ApiResponse(HttpStatusCode Status, string? ContentType, EntityTagHeaderValue? ETag, string Body, HttpResponseHeaders Headers)
{
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("The body is JSON null.");

    /// <summary>The ids of a list response's items, in order.</summary>
    public List<int> ItemIds => [.. Json["items"]!.AsArray().Select(item => item!["id"]!.GetValue<int>())];
}

internal static class ApiCalls
{
    /// <summary>GET as an API client does (Accept: application/json, no cookies), optionally with If-None-Match.</summary>
    public static async Task<ApiResponse> GetJsonAsync(this IetPortalFactory app, string url, string? ifNoneMatch = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = false,
        });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Accept.ParseAdd("application/json");
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        using var response = await client.SendAsync(request);
        return new ApiResponse(
            response.StatusCode,
            response.Content.Headers.ContentType?.MediaType,
            response.Headers.ETag,
            await response.Content.ReadAsStringAsync(),
            response.Headers);
    }
}
