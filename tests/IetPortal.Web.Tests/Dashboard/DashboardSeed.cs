using System.Globalization;
using AngleSharp.Html.Dom;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.ReferenceData;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Dashboard;

/// <summary>A college made for one test, so the dashboard filtered to it counts only what that test inserted.</summary>
internal sealed record TestCollege(int Id, string Code, string Name);

/// <summary>A submitted version and its decision, at noon UTC of the given days (null: still waiting, no decision).</summary>
internal sealed record VersionRound(DateOnly Submitted, DateOnly? Decided, DecisionKind Kind = DecisionKind.Returned);

/// <summary>
/// The dashboard tests' data, inserted straight into the database: the dashboard only counts, so what matters is the
/// rows (statuses, pathways, versions and decisions with known dates), not how the workflow produced them.
/// </summary>
internal static class DashboardSeed
{
    public static async Task<TestCollege> CollegeAsync(IetPortalFactory app, string? name = null)
    {
        var code = "T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        name ??= $"Test Technical College {code}";
        var id = await app.WithDbAsync(async db =>
        {
            var college = new College { Code = code, Name = name, City = "Wausau" };
            db.Colleges.Add(college);
            await db.SaveChangesAsync();
            return college.Id;
        });
        return new TestCollege(id, code, name);
    }

    public static Task<int> PathwayAsync(IetPortalFactory app, string name, PathwayStatus status = PathwayStatus.Active) =>
        app.WithDbAsync(async db =>
        {
            var pathway = new CareerPathway
            {
                Name = name,
                CareerClusterId = await db.CareerClusters.Select(c => c.Id).FirstAsync(),
                Status = status,
            };
            db.CareerPathways.Add(pathway);
            await db.SaveChangesAsync();
            return pathway.Id;
        });

    /// <summary>Proposals of a college in one status (and pathway, if any).</summary>
    public static Task<List<int>> ProposalsAsync(IetPortalFactory app, TestCollege college, ProposalStatus status, int count, int? pathwayId = null) =>
        app.WithDbAsync(async db =>
        {
            var proposals = Enumerable.Range(1, count).Select(i =>
            {
                var proposal = IetProposal.StartDraft(college.Id, $"{status} proposal {i} of {college.Code}");
                proposal.Status = status;
                proposal.CareerPathwayId = pathwayId;
                return proposal;
            }).ToList();
            db.Proposals.AddRange(proposals);
            await db.SaveChangesAsync();
            return proposals.Select(p => p.Id).ToList();
        });

    /// <summary>
    /// A proposal in <paramref name="status"/> with its submitted versions 1, 2, … and the decision of each decided one,
    /// by <paramref name="reviewer"/>. An approval gets a unique approval number, as the approval form insists.
    /// </summary>
    public static Task<int> DecidedAsync(
        IetPortalFactory app, TestCollege college, TestUser reviewer, ProposalStatus status, int? amends, params VersionRound[] rounds) =>
        app.WithDbAsync(async db =>
        {
            var proposal = IetProposal.StartDraft(college.Id, $"Decided {status} of {college.Code}");
            proposal.Status = status;
            proposal.AmendsProposalId = amends;
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            var number = 1;
            foreach (var round in rounds)
            {
                var version = new ProposalVersion
                {
                    IetProposalId = proposal.Id,
                    Number = number++,
                    SubmittedAtUtc = Noon(round.Submitted),
                    SubmittedByUserId = reviewer.Id,
                    SnapshotJson = "{}",
                    ComplianceReportJson = "{}",
                    RuleSetVersion = "test",
                };
                db.ProposalVersions.Add(version);
                await db.SaveChangesAsync();
                if (round.Decided is { } decided)
                {
                    db.ReviewDecisions.Add(new ReviewDecision
                    {
                        IetProposalId = proposal.Id,
                        ProposalVersionId = version.Id,
                        Kind = round.Kind,
                        DecidedAtUtc = Noon(decided),
                        DecidedByUserId = reviewer.Id,
                        ApprovalNumber = round.Kind == DecisionKind.Approved ? "T-" + Guid.NewGuid().ToString("N")[..12] : null,
                    });
                    await db.SaveChangesAsync();
                }
            }

            return proposal.Id;
        });

    public static DateTime Noon(DateOnly day) => day.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);

    public static string DashboardUrl(TestCollege college) => "/dashboard?college=" + college.Id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A table of the page by its key: each body row's header text and its cells' texts.</summary>
    public static Dictionary<string, string[]> Rows(IHtmlDocument page, string table) =>
        page.QuerySelectorAll($"table#table-{table} tbody tr").ToDictionary(
            tr => tr.QuerySelector("th")!.TextContent.Trim(),
            tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray());

    /// <summary>A table of the page as the CSV would hold it: the header, then every row's cells.</summary>
    public static List<List<string>> Records(IHtmlDocument page, string table)
    {
        var element = page.QuerySelector($"table#table-{table}")!;
        var header = element.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        return [header, .. element.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToList())];
    }
}
