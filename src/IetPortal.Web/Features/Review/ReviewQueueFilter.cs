using System.Globalization;
using IetPortal.Domain.Workflow;

namespace IetPortal.Web.Features.Review;

/// <summary>
/// The queue's query string exactly as sent. Every field is a string so that no input (page=abc, tab=nonsense) fails
/// model binding: <see cref="ReviewQueueFilter.From"/> decides what each value means.
/// </summary>
public sealed class ReviewQueueQuery
{
    public string? Tab { get; set; }
    public string? College { get; set; }
    public string? Pathway { get; set; }
    public string? Status { get; set; }
    public string? Page { get; set; }
}

/// <summary>The three views of the queue PRODUCT.md asks for.</summary>
public enum QueueTab
{
    Unassigned,
    Mine,
    All,
}

/// <summary>
/// What the queue is asked to show, after ignoring what cannot be used: a stale or hand-edited link gets the nearest
/// sensible list and a note saying what was changed, never an error page.
/// </summary>
public sealed record ReviewQueueFilter(QueueTab Tab, int? CollegeId, int? PathwayId, ProposalStatus? Status, int Page, IReadOnlyList<string> Notes)
{
    public const int PageSize = 25;

    /// <summary>Drafts are the college's own: reviewers never see them (docs/workflow.md, States).</summary>
    public static IReadOnlyList<ProposalStatus> ReviewerStatuses { get; } =
        [.. Enum.GetValues<ProposalStatus>().Where(s => s != ProposalStatus.Draft)];

    public bool IsFiltered => CollegeId is not null || PathwayId is not null || Status is not null;

    public static string TabName(QueueTab tab) => tab.ToString().ToLowerInvariant();

    public static ReviewQueueFilter From(ReviewQueueQuery query, bool canHaveOwnQueue, IReadOnlySet<int> collegeIds, IReadOnlySet<int> pathwayIds)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(collegeIds);
        ArgumentNullException.ThrowIfNull(pathwayIds);
        var notes = new List<string>();

        var tab = QueueTab.Unassigned;
        if (!string.IsNullOrWhiteSpace(query.Tab))
        {
            var name = Enum.GetNames<QueueTab>().FirstOrDefault(n => string.Equals(n, query.Tab.Trim(), StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                notes.Add("The tab in the address is not one of the queue's tabs, so unassigned proposals are shown.");
            }
            else
            {
                tab = Enum.Parse<QueueTab>(name);
            }
        }

        // Only reviewers are assigned proposals; an administrator's "mine" would always be empty.
        if (tab == QueueTab.Mine && !canHaveOwnQueue)
        {
            notes.Add("Only state reviewers are assigned proposals, so unassigned proposals are shown.");
            tab = QueueTab.Unassigned;
        }

        var collegeId = ParseId(query.College, collegeIds, "The college in the address was not found, so proposals of every college are shown.", notes);
        var pathwayId = ParseId(query.Pathway, pathwayIds, "The career pathway in the address was not found, so proposals of any pathway are shown.", notes);

        ProposalStatus? status = null;
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            // Names only: Enum.TryParse would also accept "3" or "Draft,Approved".
            var name = ReviewerStatuses.Select(s => s.ToString())
                .FirstOrDefault(n => string.Equals(n, query.Status.Trim(), StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                notes.Add("The status in the address is not one the queue shows, so proposals of any status are shown.");
            }
            else
            {
                status = Enum.Parse<ProposalStatus>(name);
            }
        }

        var page = 1;
        if (!string.IsNullOrWhiteSpace(query.Page))
        {
            if (int.TryParse(query.Page.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var requested) && requested >= 1)
            {
                page = requested;
            }
            else
            {
                notes.Add("The page number in the address was not valid, so the first page is shown.");
            }
        }

        return new ReviewQueueFilter(tab, collegeId, pathwayId, status, page, notes);
    }

    /// <summary>A link to this filter on a page; defaults are left out, so the plain queue stays "/review".</summary>
    public string UrlFor(int page) => Url(Tab, page);

    /// <summary>A tab keeps the filters and starts on its first page.</summary>
    public string UrlForTab(QueueTab tab) => Url(tab, 1);

    private string Url(QueueTab tab, int page)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (tab != QueueTab.Unassigned)
        {
            query.Add(new("tab", TabName(tab)));
        }

        if (CollegeId is { } college)
        {
            query.Add(new("college", college.ToString(CultureInfo.InvariantCulture)));
        }

        if (PathwayId is { } pathway)
        {
            query.Add(new("pathway", pathway.ToString(CultureInfo.InvariantCulture)));
        }

        if (Status is { } status)
        {
            query.Add(new("status", status.ToString()));
        }

        if (page > 1)
        {
            query.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        return "/review" + QueryString.Create(query).ToUriComponent();
    }

    private static int? ParseId(string? raw, IReadOnlySet<int> known, string note, List<string> notes)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        if (int.TryParse(raw.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && known.Contains(id))
        {
            return id;
        }

        notes.Add(note);
        return null;
    }
}
