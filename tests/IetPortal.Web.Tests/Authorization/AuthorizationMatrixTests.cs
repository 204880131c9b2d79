using System.Net;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.ReferenceData;
using IetPortal.Domain.Reviews;
using IetPortal.Web.Tests.Infrastructure;
using IetPortal.Web.Tests.Review;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Authorization;

/// <summary>
/// The authorization matrix: every endpoint of the app (enumerated from the running app) against every actor, with the
/// expected outcome declared once in <see cref="Matrix"/>. Objects belong to college A (MATC). A denied request must be
/// refused (403 or 404) and change nothing; a request sent to sign-in must change nothing either.
/// </summary>
public sealed class AuthorizationMatrixTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    /// <summary>Expected outcome: A allowed, D denied (403/404, nothing changed), L sent to sign in (nothing changed).</summary>
    private enum Outcome { A, D, L }

    private sealed record Row(string Method, string Template, Outcome[] Expected);

    // Columns: anonymous, staff of A, staff of B, reviewer (assigned), reviewer with a conflict of interest with A, administrator.
    private const string Open = "A A A A A A";
    private const string AnySignedIn = "L A A A A A";
    private const string OwnCollegeOnly = "L A D D D D";
    private const string AnyStaff = "L A A D D D";
    private const string ReadersOfA = "L A D A D A";
    private const string Admins = "L D D D D A";
    private const string ReviewQueue = "L D D A A A";
    private const string ReviewersOfA = "L D D A D A";
    private const string DecidersOfA = "L D D A D D";
    private const string Reviewers = "L D D A A D";
    private const string SystemOffice = "L D D A A A"; // statewide figures only: a conflict of interest changes nothing

    private static readonly string[] EditorSlugs =
        ["overview", "pathway", "adult-education", "workforce-preparation", "workforce-training", "integration", "learning-objectives", "materials", "equity", "partners"];

    private static readonly Row[] Matrix =
    [
        R("GET", "", AnySignedIn),
        R("GET", "account/accept-invitation", Open),
        R("POST", "account/accept-invitation", Open),
        R("GET", "account/change-password", AnySignedIn),
        R("POST", "account/change-password", AnySignedIn),
        R("GET", "account/forgot-password", Open),
        R("POST", "account/forgot-password", Open),
        R("GET", "account/forgot-password/sent", Open),
        R("GET", "account/login", Open),
        R("POST", "account/login", Open),
        R("POST", "account/logout", AnySignedIn),
        // The code step of sign-in: without a password just given it leads back to sign-in; signed-in users pass on.
        R("GET", "account/login-2fa", AnySignedIn),
        R("POST", "account/login-2fa", AnySignedIn),
        R("GET", "account/two-factor", AnySignedIn),
        R("GET", "account/two-factor/setup", AnySignedIn),
        R("POST", "account/two-factor/setup", AnySignedIn),
        R("GET", "account/two-factor/recovery-codes", AnySignedIn),
        R("POST", "account/two-factor/recovery-codes", AnySignedIn),
        R("POST", "account/two-factor/disable", AnySignedIn),
        R("GET", "account/reset-password", Open),
        R("POST", "account/reset-password", Open),
        R("GET", "account/session", AnySignedIn),
        R("POST", "account/session", AnySignedIn),
        R("GET", "error", Open),
        R("GET", "error/{statusCode:int}", Open),

        R("GET", "admin", Admins),
        R("GET", "admin/colleges", Admins),
        R("GET", "admin/colleges/{id:int}/edit", Admins),
        R("POST", "admin/colleges/{id:int}/edit", Admins),
        R("GET", "admin/pathways", Admins),
        R("GET", "admin/pathways/new", Admins),
        R("POST", "admin/pathways/new", Admins),
        R("GET", "admin/pathways/{id:int}", Admins),
        R("GET", "admin/pathways/{id:int}/edit", Admins),
        R("POST", "admin/pathways/{id:int}/edit", Admins),
        R("GET", "admin/pathways/{id:int}/delete", Admins),
        R("POST", "admin/pathways/{id:int}/delete", Admins),
        R("POST", "admin/pathways/{id:int}/retire", Admins),
        R("POST", "admin/pathways/{id:int}/reactivate", Admins),
        R("GET", "admin/pathways/{id:int}/steps", Admins),
        R("POST", "admin/pathways/{id:int}/steps", Admins),
        R("GET", "admin/pathways/{id:int}/credentials", Admins),
        R("POST", "admin/pathways/{id:int}/credentials", Admins),
        R("GET", "admin/pathways/{id:int}/occupations", Admins),
        R("POST", "admin/pathways/{id:int}/occupations", Admins),
        R("GET", "admin/thresholds", Admins),
        R("POST", "admin/thresholds/{key}", Admins),
        R("GET", "admin/users", Admins),
        R("GET", "admin/users/invite", Admins),
        R("POST", "admin/users/invite", Admins),
        R("GET", "admin/users/{id}", Admins),
        R("POST", "admin/users/{id}/access", Admins),
        R("POST", "admin/users/{id}/lock", Admins),
        R("POST", "admin/users/{id}/unlock", Admins),
        R("POST", "admin/users/{id}/resend-invitation", Admins),
        R("POST", "admin/users/{id}/reset-two-factor", Admins),
        R("GET", "admin/workforce-areas", Admins),
        R("GET", "admin/workforce-areas/{id:int}/edit", Admins),
        R("POST", "admin/workforce-areas/{id:int}/edit", Admins),

        R("GET", "proposals", AnyStaff),
        R("GET", "proposals/new", AnyStaff),
        R("POST", "proposals/new", AnyStaff),
        R("GET", "proposals/{id:int}", ReadersOfA),
        R("GET", "proposals/{id:int}/versions/{number:int}", ReadersOfA),
        R("GET", "proposals/{id:int}/decision-letter", ReadersOfA),
        R("GET", "proposals/{id:int}/attachments/{attachmentId:int}", ReadersOfA),
        R("POST", "proposals/{id:int}/attachments", OwnCollegeOnly),
        R("POST", "proposals/{id:int}/attachments/{attachmentId:int}/delete", OwnCollegeOnly),
        R("POST", "proposals/{id:int}/copy", OwnCollegeOnly),
        R("POST", "proposals/{id:int}/amend", OwnCollegeOnly),
        R("GET", "proposals/{id:int}/changes", OwnCollegeOnly),
        R("POST", "proposals/{id:int}/changes/{commentId:int}", OwnCollegeOnly),
        R("GET", "proposals/{id:int}/check", OwnCollegeOnly),
        R("POST", "proposals/{id:int}/check", OwnCollegeOnly),
        R("GET", "proposals/{id:int}/submit", OwnCollegeOnly),
        R("POST", "proposals/{id:int}/submit", OwnCollegeOnly),
        R("GET", "proposals/{id:int}/withdraw", OwnCollegeOnly),
        R("POST", "proposals/{id:int}/withdraw", OwnCollegeOnly),
        R("GET", "proposals/{id:int}/edit", OwnCollegeOnly),
        .. EditorRows(),

        R("GET", "review", ReviewQueue),
        R("GET", "review/conflicts", Reviewers),
        R("POST", "review/conflicts", Reviewers),
        R("POST", "review/conflicts/{declarationId:int}/withdraw", "L D D D A D"),
        R("GET", "review/{id:int}", ReviewersOfA),
        R("POST", "review/{id:int}/assign", ReviewersOfA),
        R("POST", "review/{id:int}/claim", DecidersOfA),
        R("POST", "review/{id:int}/ratings", DecidersOfA),
        R("POST", "review/{id:int}/comments", DecidersOfA),
        R("GET", "review/{id:int}/comments/{commentId:int}/edit", DecidersOfA),
        R("POST", "review/{id:int}/comments/{commentId:int}/edit", DecidersOfA),
        R("POST", "review/{id:int}/comments/{commentId:int}/delete", DecidersOfA),
        R("POST", "review/{id:int}/return", DecidersOfA),
        R("GET", "review/{id:int}/approve", DecidersOfA),
        R("POST", "review/{id:int}/approve", DecidersOfA),

        R("GET", "catalog", Open),
        R("GET", "catalog/{id:int}", Open),
        R("GET", "api/v1/programs", Open),
        R("GET", "api/v1/programs/{id:int}", Open),

        R("GET", "dashboard", SystemOffice),
        R("GET", "dashboard/export/{table}.csv", SystemOffice),
    ];

    private static Row R(string method, string template, string expected) =>
        new(method, template, [.. expected.Split(' ').Select(Enum.Parse<Outcome>)]);

    private static IEnumerable<Row> EditorRows() =>
        EditorSlugs.SelectMany(slug => new[] { R("GET", $"proposals/{{id:int}}/edit/{slug}", OwnCollegeOnly), R("POST", $"proposals/{{id:int}}/edit/{slug}", OwnCollegeOnly) });

    [Fact]
    public void Every_endpoint_of_the_app_has_exactly_one_row_in_the_matrix()
    {
        var endpoints = AppEndpoint.All(app.Services).SelectMany(e => e.Methods.Select(m => $"{m} /{e.Template}")).Order().ToList();
        var rows = Matrix.Select(r => $"{r.Method} /{r.Template}").Order().ToList();

        Assert.Equal(rows.Count, rows.Distinct().Count());
        Assert.True(endpoints.SequenceEqual(rows),
            "Endpoints without a row:\n" + string.Join('\n', endpoints.Except(rows)) + "\nRows without an endpoint:\n" + string.Join('\n', rows.Except(endpoints)));
    }

    [Fact]
    public async Task Every_actor_gets_exactly_the_declared_outcome_on_every_endpoint()
    {
        var world = await AppWorld.CreateAsync(app);
        var surprises = new List<string>();

        foreach (var row in Matrix.Where(r => r.Method == "GET"))
        {
            foreach (var actor in Enum.GetValues<Actor>())
            {
                using var response = await world.Client(actor).GetAsync(world.Url(row.Template));
                Check(row, actor, response, changed: false, surprises);
            }
        }

        // Unsafe requests run against fresh objects, denied actors first, so an allowed action cannot hide a denied one.
        foreach (var row in Matrix.Where(r => r.Method == "POST"))
        {
            var target = await world.FreshTargetsAsync(row.Template);
            var order = Enum.GetValues<Actor>().OrderBy(a => row.Expected[(int)a] == Outcome.A).ThenBy(a => a == Actor.Anonymous ? 0 : 1);
            foreach (var actor in order)
            {
                if (row.Template == "account/logout" && actor != Actor.Anonymous)
                {
                    // Signing out ends the shared session: prove it on a client of its own.
                    using var own = await world.SignedInClientAsync(actor);
                    using var signOut = await AppWorld.PostAsync(own, actor, target.Url(row.Template));
                    Check(row, actor, signOut, changed: false, surprises);
                    continue;
                }

                var before = await world.FingerprintAsync();
                using var response = await AppWorld.PostAsync(world.Client(actor), actor, target.Url(row.Template));
                Check(row, actor, response, changed: before != await world.FingerprintAsync(), surprises);
            }
        }

        Assert.True(surprises.Count == 0, $"{surprises.Count} outcomes differ from the matrix:\n" + string.Join('\n', surprises));
    }

    private static void Check(Row row, Actor actor, HttpResponseMessage response, bool changed, List<string> surprises)
    {
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.ToString() ?? "";
        var toSignIn = response.StatusCode == HttpStatusCode.Redirect && location.Contains("/account/login", StringComparison.Ordinal);
        var denied = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
        var expected = row.Expected[(int)actor];
        // Signing out ends at the sign-in page: for a signed-in user that is the action succeeding.
        var signedOut = row.Template == "account/logout" && actor != Actor.Anonymous;
        var actual = toSignIn && !signedOut ? Outcome.L : denied ? Outcome.D : Outcome.A;
        var problem = expected != actual ? $"expected {expected}, got {status} {location}"
            : (status >= 500 && row.Template != "error") || status == 400 ? $"answered {status}"
            : expected != Outcome.A && changed ? "was refused but data changed"
            : null;
        if (problem is not null && !(row.Template.StartsWith("account/", StringComparison.Ordinal) && status == 400 && expected == Outcome.A))
        {
            surprises.Add($"{row.Method} /{row.Template} as {actor}: {problem}");
        }
    }
}
