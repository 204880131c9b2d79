using System.Net;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Compliance;
using IetPortal.Web.Features.Submission;
using IetPortal.Web.Tests.Compliance;
using IetPortal.Web.Tests.Infrastructure;
using IetPortal.Web.Tests.Review;
using IetPortal.Web.Tests.Submissions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Catalog;

/// <summary>Where an approved program is offered, on which pathway, for which occupation and area.</summary>
internal sealed record ProgramPlace(string CollegeCode, string PathwayPrefix, string CredentialName, string SocCode, string SocTitle, int WdaNumber)
{
    public static readonly ProgramPlace NursingAtMatc = new("MATC", "Nursing", "Nursing Assistant", "31-1131", "Nursing Assistants", 2);
    public static readonly ProgramPlace WeldingAtMadison = new("MADISON", "Welding", "Welding", "51-4121", "Welders, Cutters, Solderers, and Brazers", 10);
    public static readonly ProgramPlace PracticalNursingAtGateway = new("GTC", "Nursing", "Practical Nursing", "29-2061", "Licensed Practical and Licensed Vocational Nurses", 1);
    public static readonly ProgramPlace MedicalAssistantAtMatc = new("MATC", "Medical Assistant", "Medical Assistant", "31-9092", "Medical Assistants", 2);
}

/// <summary>
/// Proposals taken through the real workflow into every state the catalog must tell apart, with recognisable internal
/// text (reviewer notes, comments, ratings, acknowledgement notes) attached to the approved ones, so tests can show that
/// only approved, current programs are published and nothing internal leaks. Submissions carry the real compliance
/// report and snapshot; reviewers claim, rate, comment and approve through the review pages; amendments are started by
/// the college through its page.
/// </summary>
internal sealed class CatalogWorld
{
    public const string InternalNote = "INTERNAL-NOTE-7731 the overlap hours look generous to me";
    public const string CollegeComment = "COLLEGE-COMMENT-4410 consider adding a second clinical site";
    public const string AcknowledgementNote = "ACK-NOTE-9902 the local plan lists this occupation";
    public const string ReturnComment = "RETURN-COMMENT-3306 objective 3 needs a training competency";
    public const string DraftAmendmentTitle = "DRAFT-AMENDMENT-5521 Medical Assistant revision";
    public const string SupersededTitle = "Practical Nursing Bridge for Adult Learners";
    public const string AmendedTitle = "Practical Nursing Bridge for Adult Learners (2028)";

    private CatalogWorld(IetPortalFactory app) => App = app;

    public IetPortalFactory App { get; }

    public TestUser Reviewer { get; private set; } = null!;

    public IReadOnlyList<TestUser> Staff { get; private set; } = [];

    /// <summary>Approved CNA at MATC (Nursing pathway, SOC 31-1131, WDA 2), reviewed with internal notes and comments.</summary>
    public int Cna { get; private set; }

    /// <summary>Approved welding program at Madison College (Welding pathway, SOC 51-4121, WDA 10).</summary>
    public int Welding { get; private set; }

    /// <summary>The approved amendment of <see cref="Superseded"/> at Gateway (Nursing pathway, SOC 29-2061, WDA 1).</summary>
    public int Amended { get; private set; }

    /// <summary>Approved Medical Assistant program at MATC (SOC 31-9092, WDA 2) with an amendment in progress.</summary>
    public int UnderAmendment { get; private set; }

    public int Superseded { get; private set; }

    public int AmendmentDraft { get; private set; }

    public int Draft { get; private set; }

    public int Submitted { get; private set; }

    public int InReview { get; private set; }

    public int Returned { get; private set; }

    public int Withdrawn { get; private set; }

    /// <summary>Every approved, current program, in the catalog's title order.</summary>
    public IReadOnlyList<int> Approved => [UnderAmendment, Cna, Amended, Welding];

    /// <summary>Every proposal that must never be published, with the state that keeps it out.</summary>
    public IReadOnlyDictionary<string, int> Hidden => new Dictionary<string, int>
    {
        ["draft"] = Draft,
        ["submitted"] = Submitted,
        ["in review"] = InReview,
        ["returned"] = Returned,
        ["withdrawn"] = Withdrawn,
        ["superseded"] = Superseded,
        ["amendment in progress"] = AmendmentDraft,
    };

    /// <summary>Text written inside the System Office or by staff that no public page or response may contain.</summary>
    public IReadOnlyList<string> InternalTexts => [
        InternalNote,
        CollegeComment,
        AcknowledgementNote,
        ReturnComment,
        DraftAmendmentTitle,
        "against the proposal.", // every rating comment ends so (ReviewScenario.RateAllAsync)
        "Test StateReviewer",
        "Test CollegeStaff",
        Reviewer.Email,
        .. Staff.Select(s => s.Email),
        "IET-WI-", // compliance rule ids
        "IET-463",
        "Section saved",
        "ConcurrencyStamp",
        "concurrencyStamp",
    ];

    public static async Task<CatalogWorld> BuildAsync(IetPortalFactory app)
    {
        var world = await PeopleOnlyAsync(app);
        await world.BuildAsync();
        return world;
    }

    /// <summary>Only the reviewer and the staff of MATC, Madison College and Gateway, for tests that make their own programs.</summary>
    public static async Task<CatalogWorld> PeopleOnlyAsync(IetPortalFactory app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var world = new CatalogWorld(app)
        {
            Reviewer = await app.CreateUserAsync(RoleNames.StateReviewer),
            Staff = [await app.CreateStaffAsync("MATC"), await app.CreateStaffAsync("MADISON"), await app.CreateStaffAsync("GTC")],
        };
        return world;
    }

    /// <summary>A complete proposal at <paramref name="place"/>, submitted, claimed, reviewed and approved.</summary>
    public async Task<int> ApprovedAsync(string title, ProgramPlace place, string approvalNumber, Action<IetProposal>? change = null)
    {
        var id = await ClaimedAsync(title, place, change);
        await ApproveAsync(id, approvalNumber);
        return id;
    }

    /// <summary>A complete draft at <paramref name="place"/>, never submitted.</summary>
    public Task<int> DraftAsync(string title, ProgramPlace place) => AddAsync(title, place);

    /// <summary>The college starts an amendment through its page; returns the new draft's id.</summary>
    public async Task<int> StartAmendmentAsync(int approvedId)
    {
        var staff = await StaffOfAsync(approvedId);
        using var client = await SubmissionScenario.SignedInAsync(App, staff);
        using var response = await SubmissionScenario.PostAsync(client, $"/proposals/{approvedId}/amend", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await App.WithDbAsync(db => db.Proposals.Where(p => p.AmendsProposalId == approvedId && p.Status == ProposalStatus.Draft)
            .Select(p => p.Id).SingleAsync());
    }

    /// <summary>Submits (or resubmits) through the workflow with the real compliance report, then claims for the reviewer.</summary>
    public async Task ClaimAsync(int id)
    {
        await SubmitAsync(id);
        await App.WithDbAsync(async db =>
        {
            var proposal = await db.Proposals.SingleAsync(p => p.Id == id);
            var result = ProposalWorkflow.Claim(proposal, WorkflowActor.StateReviewer(Reviewer.Id));
            Assert.True(result.IsAllowed, result.Reason);
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>The reviewer rates, writes an internal note and a comment for the college, and approves, all through the pages.</summary>
    public async Task ApproveAsync(int id, string approvalNumber)
    {
        using var client = await App.CreateSignedInAsync(Reviewer);
        await ReviewScenario.RateAllAsync(client, id);
        using (var note = await ReviewScenario.CommentAsync(client, id, InternalNote, CommentVisibility.Internal))
        using (var comment = await ReviewScenario.CommentAsync(client, id, CollegeComment, CommentVisibility.ForCollege, section: ProposalSection.WorkforceTraining))
        {
            Assert.Equal(HttpStatusCode.Redirect, note.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, comment.StatusCode);
        }

        using var approved = await ReviewScenario.ApproveAsync(client, id, approvalNumber);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(ProposalStatus.Approved, await App.WithDbAsync(db => db.Proposals.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));
    }

    private async Task BuildAsync()
    {
        Cna = await ApprovedAsync("Nursing Assistant with Integrated English Language Learning", ProgramPlace.NursingAtMatc, "IET-2027-0501");
        Welding = await ApprovedAsync("Welding Fundamentals with Contextualized Math", ProgramPlace.WeldingAtMadison, "IET-2027-0502", p =>
        {
            p.Summary = "Learners build shop math and blueprint reading while they learn to weld in the college's fabrication lab.";
            p.DeliveryMode = DeliveryMode.Hybrid;
            p.Location = "Madison College Commercial Avenue Campus";
        });

        // Approved, then amended: the amendment is approved and supersedes it.
        Superseded = await ApprovedAsync(SupersededTitle, ProgramPlace.PracticalNursingAtGateway, "IET-2027-0503");
        Amended = await StartAmendmentAsync(Superseded);
        await App.WithDbAsync(async db =>
        {
            var amendment = await db.Proposals.SingleAsync(p => p.Id == Amended);
            amendment.Title = AmendedTitle;
            return await db.SaveChangesAsync();
        });
        await ClaimAsync(Amended);
        await ApproveAsync(Amended, "IET-2028-0503");

        // Approved, with an amendment still in draft: the approved version stays in force.
        UnderAmendment = await ApprovedAsync("Medical Assistant Pathway Bridge", ProgramPlace.MedicalAssistantAtMatc, "IET-2027-0504");
        AmendmentDraft = await StartAmendmentAsync(UnderAmendment);
        await App.WithDbAsync(async db =>
        {
            var amendment = await db.Proposals.SingleAsync(p => p.Id == AmendmentDraft);
            amendment.Title = DraftAmendmentTitle;
            return await db.SaveChangesAsync();
        });

        Draft = await AddAsync("Hidden Draft: Truck Driving with ELL", ProgramPlace.NursingAtMatc);
        Submitted = await AddAsync("Hidden Submitted: CNA evening cohort", ProgramPlace.NursingAtMatc);
        await SubmitAsync(Submitted);
        InReview = await ClaimedAsync("Hidden In Review: CNA weekend cohort", ProgramPlace.NursingAtMatc);
        Returned = await ClaimedAsync("Hidden Returned: Welding second shift", ProgramPlace.WeldingAtMadison);
        await SubmissionScenario.ReturnAsync(App, Returned, Reviewer, new ReviewerComment(ProposalSection.LearningObjectives, ReturnComment));
        Withdrawn = await AddAsync("Hidden Withdrawn: Medical Assistant summer", ProgramPlace.MedicalAssistantAtMatc);
        await SubmitAsync(Withdrawn);
        await App.WithDbAsync(async db =>
        {
            var proposal = await db.Proposals.SingleAsync(p => p.Id == Withdrawn);
            var staff = await StaffOfAsync(Withdrawn);
            var result = ProposalWorkflow.Withdraw(proposal, WorkflowActor.CollegeStaff(staff.Id, staff.CollegeId!.Value));
            Assert.True(result.IsAllowed, result.Reason);
            return await db.SaveChangesAsync();
        });
    }

    private async Task<int> ClaimedAsync(string title, ProgramPlace place, Action<IetProposal>? change = null)
    {
        var id = await AddAsync(title, place, change);
        await ClaimAsync(id);
        return id;
    }

    /// <summary>The complete CNA proposal moved to <paramref name="place"/> (college, pathway, entry credential, occupation, WDA).</summary>
    private Task<int> AddAsync(string title, ProgramPlace place, Action<IetProposal>? change = null) =>
        App.WithDbAsync(async db =>
        {
            var ids = await CnaInDatabase.IdsAsync(db);
            var proposal = CnaInDatabase.Build(ids, title);
            var pathway = await db.CareerPathways.Where(w => w.Name.StartsWith(place.PathwayPrefix)).Select(w => w.Id).SingleAsync();
            var credential = await db.Credentials.Where(c => c.CareerPathwayId == pathway && c.Name == place.CredentialName)
                .Select(c => new { c.Id, c.CareerPathwayStepId }).SingleAsync();
            proposal.CollegeId = await db.Colleges.Where(c => c.Code == place.CollegeCode).Select(c => c.Id).SingleAsync();
            proposal.CareerPathwayId = pathway;
            proposal.EntryStepId = credential.CareerPathwayStepId;
            proposal.Credentials = [new ProposalCredential { CredentialId = credential.Id }];
            proposal.OccupationSocCode = place.SocCode;
            proposal.OccupationTitle = place.SocTitle;
            proposal.WorkforceAreas =
            [
                new ProposalWorkforceArea
                {
                    WorkforceDevelopmentAreaId = await db.WorkforceDevelopmentAreas.Where(a => a.Number == place.WdaNumber).Select(a => a.Id).SingleAsync(),
                },
            ];
            change?.Invoke(proposal);
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal.Id;
        });

    /// <summary>Submits through the workflow with the compliance service's own report, every warning acknowledged.</summary>
    private async Task SubmitAsync(int id)
    {
        var staff = await StaffOfAsync(id);
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IetPortalDbContext>();
        var proposal = await db.Proposals.WithWholeProposal().SingleAsync(p => p.Id == id);
        var report = await scope.ServiceProvider.GetRequiredService<ComplianceService>().EvaluateAsync(proposal, CancellationToken.None);
        Assert.True(report.Findings.All(f => !f.IsBlockingError), "The test proposal should pass compliance: "
            + string.Join("; ", report.Findings.Where(f => f.IsBlockingError).Select(f => f.RuleId)));
        var snapshot = await ProposalSnapshot.CaptureAsync(db, proposal, CancellationToken.None);
        var acknowledgements = report.Findings.Where(f => f.IsWarning).ToDictionary(f => f.RuleId, _ => AcknowledgementNote);
        var submission = new Domain.Workflow.Submission(report, acknowledgements, snapshot.ToJson());
        var actor = WorkflowActor.CollegeStaff(staff.Id, proposal.CollegeId);
        var result = proposal.Status == ProposalStatus.Returned
            ? ProposalWorkflow.Resubmit(proposal, actor, submission, DateTime.UtcNow)
            : ProposalWorkflow.Submit(proposal, actor, submission, DateTime.UtcNow);
        Assert.True(result.IsAllowed, result.Reason);
        await db.SaveChangesAsync();
    }

    private async Task<TestUser> StaffOfAsync(int proposalId)
    {
        var collegeId = await App.WithDbAsync(db => db.Proposals.Where(p => p.Id == proposalId).Select(p => p.CollegeId).SingleAsync());
        return Staff.Single(s => s.CollegeId == collegeId);
    }
}

/// <summary>
/// The app for API and catalog tests: the API's rate limit is raised far above what a class of tests sends, so only the
/// rate-limit tests (with their own factory) ever meet it.
/// </summary>
public class ApiAppFactory : IetPortalFactory
{
    public ApiAppFactory()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected ApiAppFactory(DatabaseProvider provider)
        : base(provider)
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Api:RateLimit:PermitLimit", "100000");
    }
}

/// <summary>
/// The app with <see cref="CatalogWorld"/> built once and shared by the catalog, API and OpenAPI test classes (none of
/// which changes it), so the world's approvals are paid for once.
/// </summary>
public sealed class CatalogWorldFactory : ApiAppFactory, IAsyncLifetime
{
    internal CatalogWorld World { get; private set; } = null!;

    public async Task InitializeAsync() => World = await CatalogWorld.BuildAsync(this);

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(Name)]
public sealed class CatalogWorldGroup : ICollectionFixture<CatalogWorldFactory>
{
    public const string Name = "Catalog world";
}

internal static class SignedInClients
{
    public static async Task<AppClient> CreateSignedInAsync(this IetPortalFactory app, TestUser user)
    {
        var client = app.CreateAppClient();
        await client.SignInAsync(user);
        return client;
    }
}
