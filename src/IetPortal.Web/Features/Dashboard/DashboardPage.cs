using System.Globalization;
using IetPortal.Domain.ReferenceData;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Shared;

namespace IetPortal.Web.Features.Dashboard;

/// <summary>A row of "days in review": one calendar year of decisions, or all of them.</summary>
public sealed record ReviewTimeRow(string Period, int Decisions, int Returned, int Approved, double? Median, double? Ninetieth, int WithinTarget);

/// <summary>Approvals decided in one calendar year: new programs and amendments of approved ones.</summary>
public sealed record ApprovalYear(int Year, int NewPrograms, int Amendments)
{
    public int Approvals => NewPrograms + Amendments;
}

/// <summary>The dashboard as shown and exported: the counts, the times in review, the approvals and the chart.</summary>
public sealed class DashboardPage
{
    public const string StatusTable = "status";
    public const string CollegeTable = "colleges";
    public const string PathwayTable = "pathways";
    public const string ReviewTimeTable = "review-time";
    public const string ApprovalTable = "approvals";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private DashboardPage(DashboardData data)
    {
        Filter = data.Filter;
        Colleges = data.Colleges;
        CollegeName = data.Filter.CollegeId is { } id ? data.Colleges.First(c => c.Id == id).Name : null;
        AsOfUtc = data.AsOfUtc;
        TargetDays = data.TargetDays;
        TotalProposals = data.Counts.Sum(c => c.Proposals);
        Decisions = data.Decisions.Count;
        ReviewTime = ReviewTimes(data.Decisions, data.TargetDays);
        Approvals = ApprovalYears(data.Decisions);

        Tables =
        [
            ByStatus(data.Counts),
            ApprovalTableOf(Approvals),
            ReviewTimeTableOf(ReviewTime, data.TargetDays),
            ByCollege(data),
            ByPathway(data),
        ];
        ApprovalsChart = Approvals.Count == 0
            ? null
            : BarChart.Of(
                "approvals-chart",
                "Approvals per year",
                "Approved proposals per calendar year: " + string.Join("; ", Approvals.Select(a => $"{a.Year}: {Count(a.Approvals, "approval")}")) + ".",
                [.. Approvals.Select(a => (a.Year.ToString(Invariant), a.Approvals))]);
    }

    public static IReadOnlyList<ProposalStatus> Statuses { get; } = Enum.GetValues<ProposalStatus>();

    /// <summary>
    /// The same figures under a filter for the same college, for the cached page: the statewide figures asked for with
    /// an unknown college in the address carry the note saying so, and the college choices are the current ones (a
    /// college added since the figures were read is offered at once).
    /// </summary>
    public DashboardPage WithFilter(DashboardFilter filter, IReadOnlyList<CollegeOption> colleges)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(colleges);
        if (filter.CollegeId != Filter.CollegeId)
        {
            throw new ArgumentException("The figures are of another college.", nameof(filter));
        }

        var page = (DashboardPage)MemberwiseClone();
        page.Filter = filter;
        page.Colleges = colleges;
        return page;
    }

    /// <summary>The tables that can be exported, by the name in their address.</summary>
    public static IReadOnlyList<string> TableKeys { get; } = [StatusTable, ApprovalTable, ReviewTimeTable, CollegeTable, PathwayTable];

    public DashboardFilter Filter { get; private set; }
    public IReadOnlyList<CollegeOption> Colleges { get; private set; }
    public string? CollegeName { get; }
    public DateTime AsOfUtc { get; }
    public int TargetDays { get; }
    public int TotalProposals { get; }
    public int Decisions { get; }
    public IReadOnlyList<ReviewTimeRow> ReviewTime { get; }
    public IReadOnlyList<ApprovalYear> Approvals { get; }

    /// <summary>The tables in the order the page shows them.</summary>
    public IReadOnlyList<DashboardTable> Tables { get; }

    public BarChart? ApprovalsChart { get; }

    /// <summary>"statewide" or "at Milwaukee Area Technical College", for headings and captions.</summary>
    public string Scope => CollegeName is null ? "statewide" : $"at {CollegeName}";

    public DashboardTable Table(string key) => Tables.First(t => t.Key == key);

    public static DashboardPage Of(DashboardData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new DashboardPage(data);
    }

    /// <summary>"12", "12.5": one decimal at most, a point as the decimal separator (also in the CSV).</summary>
    public static string Days(double? value) => value is { } days ? days.ToString("0.#", Invariant) : "";

    private static string Number(int value) => value.ToString(Invariant);

    private static string Count(int value, string noun) => value == 1 ? $"1 {noun}" : $"{Number(value)} {noun}s";

    private DashboardTable ByStatus(IReadOnlyList<ProposalCount> counts)
    {
        var rows = Statuses
            .Select(status => (IReadOnlyList<string>)[DisplayText.Humanize(status), Number(counts.Where(c => c.Status == status).Sum(c => c.Proposals))])
            .Append(["Total", Number(TotalProposals)])
            .ToList();
        return new DashboardTable(StatusTable, "Proposals by status", $"Proposals {Scope} by status ({Count(TotalProposals, "proposal")})", ["Status", "Proposals"], rows);
    }

    private DashboardTable ByCollege(DashboardData data)
    {
        var colleges = data.Filter.CollegeId is { } id ? data.Colleges.Where(c => c.Id == id) : data.Colleges;
        var rows = colleges.Select(c => BreakdownRow(c.Name, data.Counts.Where(n => n.CollegeId == c.Id))).ToList();
        rows.Add(BreakdownRow("Total", data.Counts));
        return new DashboardTable(CollegeTable, "Proposals by college", $"Proposals {Scope} by college and status", BreakdownColumns("College"), rows);
    }

    private DashboardTable ByPathway(DashboardData data)
    {
        // Every active pathway (one with no proposal is worth seeing), and a retired one only while proposals use it.
        var used = data.Counts.Select(c => c.PathwayId).ToHashSet();
        var rows = data.Pathways
            .Where(w => w.Status == PathwayStatus.Active || used.Contains(w.Id))
            .Select(w => BreakdownRow(w.Status == PathwayStatus.Retired ? $"{w.Name} (retired)" : w.Name, data.Counts.Where(n => n.PathwayId == w.Id)))
            .ToList();
        if (used.Contains(null))
        {
            rows.Add(BreakdownRow("No career pathway chosen yet", data.Counts.Where(n => n.PathwayId is null)));
        }

        rows.Add(BreakdownRow("Total", data.Counts));
        return new DashboardTable(PathwayTable, "Proposals by career pathway", $"Proposals {Scope} by career pathway and status", BreakdownColumns("Career pathway"), rows);
    }

    private static IReadOnlyList<string> BreakdownColumns(string first) =>
        [first, .. Statuses.Select(s => DisplayText.Humanize(s)), "Total"];

    private static IReadOnlyList<string> BreakdownRow(string name, IEnumerable<ProposalCount> counts)
    {
        var list = counts.ToList();
        return [name, .. Statuses.Select(s => Number(list.Where(c => c.Status == s).Sum(c => c.Proposals))), Number(list.Sum(c => c.Proposals))];
    }

    private static List<ReviewTimeRow> ReviewTimes(IReadOnlyList<DecidedVersion> decisions, int targetDays)
    {
        ReviewTimeRow Row(string period, IReadOnlyList<DecidedVersion> group)
        {
            var days = group.Select(d => d.DaysInReview).ToList();
            return new ReviewTimeRow(
                period,
                group.Count,
                group.Count(d => d.Kind == DecisionKind.Returned),
                group.Count(d => d.Kind == DecisionKind.Approved),
                Percentile.Median(days),
                Percentile.Ninetieth(days),
                days.Count(d => d <= targetDays));
        }

        var rows = decisions.GroupBy(d => d.Year).OrderBy(g => g.Key).Select(g => Row(Number(g.Key), [.. g])).ToList();
        if (rows.Count > 0)
        {
            rows.Add(Row("All years", decisions));
        }

        return rows;
    }

    /// <summary>Every calendar year from the first approval to the last, a year without one included (a gap is news).</summary>
    private static List<ApprovalYear> ApprovalYears(IReadOnlyList<DecidedVersion> decisions)
    {
        var approvals = decisions.Where(d => d.Kind == DecisionKind.Approved).ToList();
        if (approvals.Count == 0)
        {
            return [];
        }

        var first = approvals.Min(d => d.Year);
        var last = approvals.Max(d => d.Year);
        return [.. Enumerable.Range(first, last - first + 1).Select(year => new ApprovalYear(
            year,
            approvals.Count(d => d.Year == year && !d.IsAmendment),
            approvals.Count(d => d.Year == year && d.IsAmendment)))];
    }

    private DashboardTable ReviewTimeTableOf(IReadOnlyList<ReviewTimeRow> rows, int targetDays) => new(
        ReviewTimeTable,
        "Days in review",
        $"Days in review of the versions decided {Scope}, by calendar year of the decision",
        ["Year of decision", "Decided versions", "Returned", "Approved", "Median days", "90th percentile days", $"Decided within {Count(targetDays, "day")}"],
        [.. rows.Select(r => (IReadOnlyList<string>)[r.Period, Number(r.Decisions), Number(r.Returned), Number(r.Approved), Days(r.Median), Days(r.Ninetieth), Number(r.WithinTarget)])]);

    private DashboardTable ApprovalTableOf(IReadOnlyList<ApprovalYear> years)
    {
        var rows = years.Select(y => (IReadOnlyList<string>)[Number(y.Year), Number(y.Approvals), Number(y.NewPrograms), Number(y.Amendments)]).ToList();
        if (rows.Count > 0)
        {
            rows.Add(["Total", Number(years.Sum(y => y.Approvals)), Number(years.Sum(y => y.NewPrograms)), Number(years.Sum(y => y.Amendments))]);
        }

        return new DashboardTable(ApprovalTable, "Approvals per year", $"Approvals {Scope} per calendar year", ["Year", "Approvals", "New programs", "Amendments"], rows);
    }
}
