using System.Net;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.ReferenceData;
using IetPortal.Domain.Reviews;
using IetPortal.Web.Tests.Infrastructure;
using IetPortal.Web.Tests.Review;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Authorization;

internal enum Actor { Anonymous, StaffOfA, StaffOfB, Reviewer, ConflictedReviewer, Administrator }

/// <summary>The people and the objects of college A the authorization matrix and the hostile-input sweep are played against.</summary>
internal sealed class AppWorld
{
    private readonly IetPortalFactory _app;
    private readonly ReviewScenario _scenario;
    private readonly Dictionary<Actor, AppClient> _clients = [];
    private readonly Dictionary<Actor, TestUser> _users = [];
    private Targets _shared = null!;

    private AppWorld(IetPortalFactory app)
    {
        _app = app;
        _scenario = new ReviewScenario(app);
    }

    public static async Task<AppWorld> CreateAsync(IetPortalFactory app)
    {
        var world = new AppWorld(app);
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
}

internal sealed record Targets(
    int Proposal, int Attachment, int Comment, int Returned, int RequiredChange, int Approved, int Pathway, int College, int WorkforceArea, string User, int Declaration)
{
    public string Url(string template)
    {
        var proposal = template switch
        {
            _ when template.EndsWith("/decision-letter", StringComparison.Ordinal) || template.EndsWith("/amend", StringComparison.Ordinal) => Approved,
            _ when template.StartsWith("catalog/", StringComparison.Ordinal) || template.StartsWith("api/", StringComparison.Ordinal) => Approved,
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
            .Replace("{table}", "status", StringComparison.Ordinal)
            .Replace("{statusCode:int}", "429", StringComparison.Ordinal);
    }
}
