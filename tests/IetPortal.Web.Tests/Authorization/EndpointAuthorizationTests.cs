using System.Net;
using IetPortal.Domain.Common;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Tests.Authorization;

/// <summary>
/// Every endpoint is enumerated from the running app: each has an explicit authorization decision, each unsafe one
/// validates antiforgery, and only the declared pages are open to anonymous users.
/// </summary>
public sealed class EndpointAuthorizationTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    /// <summary>The only pages anonymous users may reach (plus health checks, which are not controller actions).</summary>
    private static readonly string[] AnonymousTemplates =
    [
        "account/login",
        "account/login-2fa",
        "account/forgot-password",
        "account/forgot-password/sent",
        "account/reset-password",
        "account/accept-invitation",
        "error",
        "error/{statusCode:int}",
        "catalog",
        "catalog/{id:int}",
        "api/v1/programs",
        "api/v1/programs/{id:int}",
    ];

    private IReadOnlyList<AppEndpoint> Endpoints => AppEndpoint.All(app.Services);

    [Fact]
    public void Every_action_names_a_policy_or_allows_anonymous_explicitly()
    {
        var undecided = Endpoints.Where(e => !e.AllowsAnonymous && e.Policies.Count == 0).Select(e => e.ToString()).ToList();

        Assert.True(Endpoints.Count > 10, "The enumeration found too few endpoints to be trusted.");
        Assert.True(undecided.Count == 0, "Actions without an explicit authorization decision:\n" + string.Join('\n', undecided));
    }

    [Fact]
    public void Only_the_declared_pages_allow_anonymous_users()
    {
        var anonymous = Endpoints.Where(e => e.AllowsAnonymous).Select(e => e.Template).Distinct().Order().ToList();

        Assert.Equal(AnonymousTemplates.Order(), anonymous);
    }

    [Fact]
    public void Unsafe_actions_never_opt_out_of_antiforgery_and_the_global_filter_is_on()
    {
        var filters = app.Services.GetRequiredService<IOptions<MvcOptions>>().Value.Filters;
        var optedOut = Endpoints.Where(e => e.IsUnsafe && e.Action.EndpointMetadata.OfType<IgnoreAntiforgeryTokenAttribute>().Any()).ToList();

        Assert.Contains(filters, f => f is AutoValidateAntiforgeryTokenAttribute);
        Assert.Empty(optedOut);
        Assert.Contains(Endpoints, e => e.IsUnsafe);
    }

    [Fact]
    public async Task Every_unsafe_action_refuses_a_request_without_an_antiforgery_token()
    {
        // A user holding every role passes every policy, so only the antiforgery check can refuse the request.
        var superUser = await app.CreateStaffAsync("MATC");
        await app.AddRolesAsync(superUser, RoleNames.StateReviewer, RoleNames.Administrator);
        using var client = app.CreateAppClient();
        await client.SignInAsync(superUser);

        var accepted = new List<string>();
        foreach (var endpoint in Endpoints.Where(e => e.IsUnsafe))
        {
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Title"] = "no token" });
            using var response = await client.Http.PostAsync(new Uri(endpoint.SampleUrl, UriKind.Relative), content);
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                accepted.Add($"{endpoint} answered {(int)response.StatusCode}");
            }
        }

        Assert.True(accepted.Count == 0, "Unsafe actions that did not refuse a missing antiforgery token:\n" + string.Join('\n', accepted));
    }

    [Fact]
    public async Task Anonymous_requests_to_every_other_page_are_sent_to_sign_in()
    {
        using var client = app.CreateAppClient();
        var leaks = new List<string>();
        foreach (var endpoint in Endpoints.Where(e => !e.AllowsAnonymous && e.Methods.Contains("GET")))
        {
            using var response = await client.GetAsync(endpoint.SampleUrl);
            var location = response.Headers.Location?.ToString() ?? "";
            if (response.StatusCode != HttpStatusCode.Redirect || !location.StartsWith("https://localhost/account/login", StringComparison.Ordinal))
            {
                leaks.Add($"{endpoint} answered {(int)response.StatusCode} {location}");
            }
        }

        Assert.True(leaks.Count == 0, "Pages reachable without signing in:\n" + string.Join('\n', leaks));
    }
}
