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

    private enum Actor { Anonymous, StaffOfA, StaffOfB, Reviewer, ConflictedReviewer, Administrator }

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
        var world = await World.CreateAsync(app);
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
                    using var signOut = await World.PostAsync(own, actor, target.Url(row.Template));
                    Check(row, actor, signOut, changed: false, surprises);
                    continue;
                }

                var before = await world.FingerprintAsync();
                using var response = await World.PostAsync(world.Client(actor), actor, target.Url(row.Template));
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

    /// <summary>The people and the objects of college A the matrix is played against.</summary>
    private sealed class World
    {
        private readonly IetPortalFactory _app;
        private readonly ReviewScenario _scenario;
        private readonly Dictionary<Actor, AppClient> _clients = [];
        private readonly Dictionary<Actor, TestUser> _users = [];
        private Targets _shared = null!;

        private World(IetPortalFactory app)
        {
            _app = app;
            _scenario = new ReviewScenario(app);
        }

        public static async Task<World> CreateAsync(IetPortalFactory app)
        {
            var world = new World(app);
            world._users[Actor.StaffOfA] = await world._scenario.StaffAsync("MATC");
            world._users[Actor.StaffOfB] = await world._scenario.StaffAsync("MADISON");
            world._users[Actor.Reviewer] = await world._scenario.ReviewerAsync();
            world._users[Actor.ConflictedReviewer] = await world._scenario.ConflictedReviewerAsync("MATC");
            world._users[Actor.Administrator] = await world._scenario.AdministratorAsync();
            world._clients[Actor.Anonymous] = app.CreateAppClient();
            foreach (var (actor, user) in world._users)
            {
                world._clients[actor] = await world._scenario.SignedInAsync(user);
            }

            world._shared = await world.NewTargetsAsync(approved: true, returned: true);
            return world;
        }

        public AppClient Client(Actor actor) => _clients[actor];

        public async Task<AppClient> SignedInClientAsync(Actor actor) => await _scenario.SignedInAsync(_users[actor]);

        public string Url(string template) => _shared.Url(template);

        /// <summary>New objects for an unsafe endpoint; decided proposals only for the endpoints that need one.</summary>
        public Task<Targets> FreshTargetsAsync(string template) => NewTargetsAsync(
            approved: template.EndsWith("/amend", StringComparison.Ordinal),
            returned: template.Contains("/changes/", StringComparison.Ordinal));

        /// <summary>Everything a request could change leaves a trace in one of these.</summary>
        public Task<string> FingerprintAsync() => _app.WithDbAsync(async db => string.Join('/',
            await db.AuditEvents.CountAsync(),
            await db.OutboxMessages.CountAsync(),
            await db.Proposals.CountAsync(),
            await db.Proposals.SumAsync(p => (int)p.Status),
            await db.ReviewComments.CountAsync(),
            await db.ConflictOfInterestDeclarations.CountAsync(),
            await db.CareerPathways.CountAsync(p => p.Status == PathwayStatus.Active)));

        public static async Task<HttpResponseMessage> PostAsync(AppClient client, Actor actor, string url)
        {
            var tokenPage = actor == Actor.Anonymous ? "/account/login" : "/account/change-password";
            return await ReviewScenario.PostWithoutFormAsync(client, tokenPage, url);
        }

        private async Task<Targets> NewTargetsAsync(bool approved, bool returned)
        {
            var staff = _users[Actor.StaffOfA];
            var reviewer = _users[Actor.Reviewer];
            var inReview = await _scenario.InReviewAsync("Matrix: certified nursing assistant", staff, reviewer);
            var reviewerClient = _clients[Actor.Reviewer];
            using (var comment = await ReviewScenario.CommentAsync(reviewerClient, inReview, "Matrix: tighten objective 2.", CommentVisibility.Internal))
            {
                Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
            }

            var decided = inReview;
            var requiredChange = 0;
            if (returned || approved)
            {
                decided = await _scenario.InReviewAsync("Matrix: decided program", staff, reviewer);
                if (returned)
                {
                    using (var change = await ReviewScenario.CommentAsync(reviewerClient, decided, "Matrix: add an assessment.", CommentVisibility.ForCollege, required: true))
                    using (var sent = await ReviewScenario.ReturnAsync(reviewerClient, decided))
                    {
                        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);
                        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
                    }
                }
            }

            var approvedId = inReview;
            if (approved)
            {
                approvedId = await _scenario.InReviewAsync("Matrix: approved program", staff, reviewer);
                await ReviewScenario.RateAllAsync(reviewerClient, approvedId);
                using var approval = await ReviewScenario.ApproveAsync(reviewerClient, approvedId, $"IET-M-{approvedId}");
                Assert.Equal(HttpStatusCode.Redirect, approval.StatusCode);
            }

            return await _app.WithDbAsync(async db =>
            {
                var attachment = new ProposalAttachment
                {
                    IetProposalId = inReview,
                    FileName = "syllabus.pdf",
                    ContentType = "application/pdf",
                    SizeBytes = 8,
                    UploadedAtUtc = DateTime.UtcNow,
                    Content = new AttachmentContent { Data = "%PDF-1.4"u8.ToArray() },
                };
                db.ProposalAttachments.Add(attachment);
                var pathway = new CareerPathway { Name = $"Matrix pathway {Guid.NewGuid():N}", CareerClusterId = await db.CareerClusters.Select(c => c.Id).FirstAsync() };
                db.CareerPathways.Add(pathway);
                var target = await _scenario.StaffAsync("MATC");
                await db.SaveChangesAsync();
                if (returned)
                {
                    requiredChange = await db.ReviewComments.Where(c => c.IetProposalId == decided && c.IsRequiredChange).Select(c => c.Id).SingleAsync();
                }

                var commentId = await db.ReviewComments.Where(c => c.IetProposalId == inReview).Select(c => c.Id).FirstAsync();
                var workforceArea = await db.WorkforceDevelopmentAreas.Select(w => w.Id).FirstAsync();
                var conflicted = _users[Actor.ConflictedReviewer].Id;
                // The conflicted reviewer may have withdrawn the declaration in the previous row: declare it again.
                var declaration = await db.ConflictOfInterestDeclarations.Where(d => d.ReviewerId == conflicted).Select(d => (int?)d.Id).FirstOrDefaultAsync()
                    ?? await DeclareAgainAsync(db, conflicted);
                return new Targets(
                    Proposal: inReview,
                    Attachment: attachment.Id,
                    Comment: commentId,
                    Returned: returned ? decided : inReview,
                    RequiredChange: requiredChange,
                    Approved: approvedId,
                    Pathway: pathway.Id,
                    College: await _app.CollegeIdAsync("MATC"),
                    WorkforceArea: workforceArea,
                    User: target.Id,
                    Declaration: declaration);
            });
        }
    }

    private static async Task<int> DeclareAgainAsync(IetPortal.Infrastructure.Persistence.IetPortalDbContext db, string reviewerId)
    {
        var declaration = new ConflictOfInterestDeclaration
        {
            ReviewerId = reviewerId,
            CollegeId = await db.Colleges.Where(c => c.Code == "MATC").Select(c => c.Id).SingleAsync(),
            Reason = "Former employee",
            DeclaredAtUtc = DateTime.UtcNow,
        };
        db.ConflictOfInterestDeclarations.Add(declaration);
        await db.SaveChangesAsync();
        return declaration.Id;
    }

    private sealed record Targets(
        int Proposal, int Attachment, int Comment, int Returned, int RequiredChange, int Approved, int Pathway, int College, int WorkforceArea, string User, int Declaration)
    {
        public string Url(string template)
        {
            var proposal = template switch
            {
                _ when template.EndsWith("/decision-letter", StringComparison.Ordinal) || template.EndsWith("/amend", StringComparison.Ordinal) => Approved,
                _ when template.Contains("/changes", StringComparison.Ordinal) => Returned,
                _ => Proposal,
            };
            var id = template switch
            {
                _ when template.StartsWith("admin/pathways", StringComparison.Ordinal) => Pathway.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ when template.StartsWith("admin/colleges", StringComparison.Ordinal) => College.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ when template.StartsWith("admin/workforce-areas", StringComparison.Ordinal) => WorkforceArea.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ when template.StartsWith("admin/users", StringComparison.Ordinal) => User,
                _ => proposal.ToString(System.Globalization.CultureInfo.InvariantCulture),
            };
            var comment = template.StartsWith("proposals/", StringComparison.Ordinal) ? RequiredChange : Comment;
            return "/" + template
                .Replace("{id:int}", id, StringComparison.Ordinal)
                .Replace("{id}", id, StringComparison.Ordinal)
                .Replace("{number:int}", "1", StringComparison.Ordinal)
                .Replace("{attachmentId:int}", Attachment.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{commentId:int}", comment.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{declarationId:int}", Declaration.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{key}", ThresholdKeys.MinimumAdultEducationHours, StringComparison.Ordinal)
                .Replace("{statusCode:int}", "429", StringComparison.Ordinal);
        }
    }
}
