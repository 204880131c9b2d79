using System.Globalization;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Features.Editor;

namespace IetPortal.Web.Tests.Performance;

/// <summary>
/// A main page whose commands are counted: how to open the same page in the small and the large database, and the most
/// commands it may send.
/// </summary>
public sealed record MeasuredPage(string Name, int MaxCommands, Func<QueryCountWorld, Task<(PageVisit Few, PageVisit Many)>> VisitsAsync)
{
    public override string ToString() => Name;
}

/// <summary>
/// The main pages of every role, with and without their filters. The bound of each is the number of commands it sends
/// today, stated once here and reported in docs/benchmarks.md ("Query discipline"): a new query on a page fails its test
/// until the bound is raised on purpose.
/// </summary>
public static class MeasuredPages
{
    private const string Matc = "staff1.matc@" + IetPortal.Infrastructure.Persistence.Seeding.DemoDataOptions.EmailDomain;

    public static IReadOnlyList<MeasuredPage> All { get; } =
    [
        // College staff
        Same("my-proposals", 4, "/proposals", Matc),
        Paired("my-proposals-filtered", 4, ApprovedProgramAsync, p => new(
            $"/proposals?q={Uri.EscapeDataString(WordOf(p.Title))}&status=Approved&pathway={Id(p.PathwayId)}", p.StaffEmail)),
        // An editor page: access (2), the whole proposal (12 split queries, one per child table), the compliance facts
        // and thresholds (8), the college's name (1); the pathway page adds its choices, the partners page its attachments.
        .. EditorSections.All.Select(section => Paired(
            $"editor-{section.Slug}",
            section.Slug is EditorSections.Pathway or EditorSections.Partners ? 25 : 23,
            EditableDraftAsync,
            p => new($"/proposals/{p.Id}/edit/{section.Slug}", p.StaffEmail))),
        Paired("read-view-returned-as-staff", 26, ReturnedAsync, p => new($"/proposals/{p.Id}", p.StaffEmail)),
        Paired("read-view-in-review-as-reviewer", 30, InReviewAsync, p => new($"/proposals/{p.Id}", QueryCountWorld.Reviewer)),

        // State reviewers
        Same("review-queue-unassigned", 8, "/review", QueryCountWorld.Reviewer),
        Paired("review-queue-mine", 8, InReviewAsync, p => new("/review?tab=mine", p.AssignedReviewerEmail)),
        Same("review-queue-all", 8, "/review?tab=all", QueryCountWorld.Reviewer),
        Paired("review-queue-filtered", 8, ApprovedProgramAsync, p => new(
            $"/review?tab=all&college={p.CollegeId}&pathway={Id(p.PathwayId)}&status=Approved", QueryCountWorld.Reviewer)),
        Paired("review-page-in-review-as-assignee", 13, InReviewAsync, p => new($"/review/{p.Id}", p.AssignedReviewerEmail)),
        Paired("review-page-unassigned", 9, UnassignedAsync, p => new($"/review/{p.Id}", QueryCountWorld.Reviewer)),
        Same("dashboard", 5, "/dashboard", QueryCountWorld.Reviewer),
        Paired("dashboard-one-college", 5, ApprovedProgramAsync, p => new($"/dashboard?college={p.CollegeId}", QueryCountWorld.Reviewer)),

        // Public
        Same("catalog", 7, "/catalog", null),
        Paired("catalog-filtered", 7, ApprovedProgramAsync, p => new(
            $"/catalog?q={Uri.EscapeDataString(WordOf(p.Title))}&college={p.CollegeCode}&pathway={Id(p.PathwayId)}&occupation={p.OccupationSocCode}&wda={Id(p.WdaNumber)}",
            null)),
        Paired("catalog-detail", 15, ApprovedProgramAsync, p => new($"/catalog/{p.Id}", null)),
        Same("api-list", 3, "/api/v1/programs", null),
        Paired("api-list-filtered", 3, ApprovedProgramAsync, p => new(
            $"/api/v1/programs?q={Uri.EscapeDataString(WordOf(p.Title))}&college={p.CollegeCode}&pathway={Id(p.PathwayId)}&occupation={p.OccupationSocCode}&wda={Id(p.WdaNumber)}",
            null)),
        Paired("api-detail", 15, ApprovedProgramAsync, p => new($"/api/v1/programs/{p.Id}", null)),
    ];

    public static TheoryData<string> Names { get; } = [.. All.Select(p => p.Name)];

    public static MeasuredPage Find(string name) => All.Single(p => p.Name == name);

    private static MeasuredPage Same(string name, int max, string url, string? user) =>
        new(name, max, _ => Task.FromResult((new PageVisit(url, user), new PageVisit(url, user))));

    private static MeasuredPage Paired(
        string name, int max, Func<QueryCountWorld, Task<(GeneratedProposal Few, GeneratedProposal Many)>> pair, Func<GeneratedProposal, PageVisit> visit) =>
        new(name, max, async world =>
        {
            var (few, many) = await pair(world);
            return (visit(few), visit(many));
        });

    /// <summary>A draft with every section started: its editor pages run every query they can.</summary>
    private static Task<(GeneratedProposal, GeneratedProposal)> EditableDraftAsync(QueryCountWorld world) =>
        world.PairAsync("complete draft", ProposalStatus.Draft, p => p.Shape is { Components: 3, HasPathway: true, HasCredentials: true, HasWorkforceAreas: true });

    /// <summary>A proposal returned with comments the college must answer.</summary>
    private static Task<(GeneratedProposal, GeneratedProposal)> ReturnedAsync(QueryCountWorld world) =>
        world.PairAsync("returned proposal with comments", ProposalStatus.Returned, p => p.Shape is { HasComments: true, IsAmendment: false });

    /// <summary>A resubmission in review with its reviewer: the pages add the diff against the returned version.</summary>
    private static Task<(GeneratedProposal, GeneratedProposal)> InReviewAsync(QueryCountWorld world) =>
        world.PairAsync("assigned resubmission in review", ProposalStatus.InReview, p => p.Shape is { IsAssigned: true, Resubmitted: true });

    /// <summary>A submitted proposal nobody claimed yet: the review page offers to assign it.</summary>
    private static Task<(GeneratedProposal, GeneratedProposal)> UnassignedAsync(QueryCountWorld world) =>
        world.PairAsync("unassigned submitted proposal", ProposalStatus.Submitted, p => p.Shape is { IsAssigned: false });

    /// <summary>An approved program with a pathway, an occupation and WDAs: every catalog filter can find it.</summary>
    private static Task<(GeneratedProposal, GeneratedProposal)> ApprovedProgramAsync(QueryCountWorld world) =>
        world.PairAsync("approved program", ProposalStatus.Approved, p => p.Shape is { HasPathway: true, HasOccupation: true, HasWorkforceAreas: true });

    private static string WordOf(string title) =>
        title.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First();

    private static string Id(int? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "";
}
