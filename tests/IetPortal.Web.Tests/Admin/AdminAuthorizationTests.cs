using System.Net;
using IetPortal.Domain.Common;
using IetPortal.Web.Tests.Infrastructure;

namespace IetPortal.Web.Tests.Admin;

/// <summary>Every administrator page and action of pathways, colleges, areas and users refuses other roles with a 403.</summary>
public sealed class AdminAuthorizationTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private static readonly string[] Prefixes = ["admin/pathways", "admin/colleges", "admin/workforce-areas", "admin/users"];

    /// <summary>The routes of issue 6's pathway, college, area and user pages, with a sample id.</summary>
    public static TheoryData<string, string> Routes => new()
    {
        { "GET", "/admin/pathways" },
        { "GET", "/admin/pathways/new" },
        { "POST", "/admin/pathways/new" },
        { "GET", "/admin/pathways/1" },
        { "GET", "/admin/pathways/1/edit" },
        { "POST", "/admin/pathways/1/edit" },
        { "GET", "/admin/pathways/1/steps" },
        { "POST", "/admin/pathways/1/steps" },
        { "GET", "/admin/pathways/1/credentials" },
        { "POST", "/admin/pathways/1/credentials" },
        { "GET", "/admin/pathways/1/occupations" },
        { "POST", "/admin/pathways/1/occupations" },
        { "POST", "/admin/pathways/1/retire" },
        { "POST", "/admin/pathways/1/reactivate" },
        { "GET", "/admin/pathways/1/delete" },
        { "POST", "/admin/pathways/1/delete" },
        { "GET", "/admin/colleges" },
        { "GET", "/admin/colleges/1/edit" },
        { "POST", "/admin/colleges/1/edit" },
        { "GET", "/admin/workforce-areas" },
        { "GET", "/admin/workforce-areas/1/edit" },
        { "POST", "/admin/workforce-areas/1/edit" },
        { "GET", "/admin/users" },
        { "GET", "/admin/users/invite" },
        { "POST", "/admin/users/invite" },
        { "GET", "/admin/users/1" },
        { "POST", "/admin/users/1/access" },
        { "POST", "/admin/users/1/lock" },
        { "POST", "/admin/users/1/unlock" },
        { "POST", "/admin/users/1/resend-invitation" },
        { "POST", "/admin/users/1/reset-two-factor" },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task College_staff_and_reviewers_get_403_on_every_administrator_action(string method, string url)
    {
        foreach (var user in new[] { await app.CreateStaffAsync("MATC"), await app.CreateUserAsync(RoleNames.StateReviewer) })
        {
            using var client = app.CreateAppClient();
            await client.SignInAsync(user);

            // Authorization runs before antiforgery, so a POST without a token is refused as forbidden, not as a bad request.
            using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Name"] = "not allowed" });
            using var response = method == "GET"
                ? await client.GetAsync(url)
                : await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);

            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{user.Role}: {method} {url} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public void The_table_lists_every_pathway_college_area_and_user_route_of_the_app()
    {
        var tabled = Routes.Select(r => $"{r[0]} {r[1]}").ToHashSet();
        var missing = AppEndpoint.All(app.Services)
            .Where(e => Prefixes.Any(p => e.Template.StartsWith(p, StringComparison.Ordinal)))
            .SelectMany(e => e.Methods.Select(m => $"{m} {e.SampleUrl}"))
            .Where(route => !tabled.Contains(route))
            .ToList();

        Assert.True(missing.Count == 0, "Administrator routes missing from the table:\n" + string.Join('\n', missing));
    }
}
