using System.Globalization;
using System.Text;
using IetPortal.Domain.Common;
using IetPortal.Domain.Workflow;

namespace IetPortal.Web.Features.ProposalList;

/// <summary>
/// The list's query string exactly as sent. Every field is a string so that no input (page=abc, status=Nonsense)
/// fails model binding: <see cref="ProposalListFilter.From"/> decides what each value means.
/// </summary>
public sealed class ProposalListQuery
{
    public string? Q { get; set; }
    public string? Status { get; set; }
    public string? Pathway { get; set; }
    public string? Page { get; set; }
}

/// <summary>
/// What the list is asked to show, after clamping and ignoring what cannot be used. Hand-edited or stale links
/// (a pathway since deleted, page=-1, a 10,000-character search) get the nearest sensible list and a note saying
/// what was changed, never an error page.
/// </summary>
public sealed record ProposalListFilter(string? Term, ProposalStatus? Status, int? PathwayId, int Page, IReadOnlyList<string> Notes)
{
    public const int PageSize = 20;

    /// <summary>No title is longer, so a longer search could never match.</summary>
    public const int MaxTermLength = FieldLengths.ShortText;

    public bool IsFiltered => Term is not null || Status is not null || PathwayId is not null;

    public static ProposalListFilter From(ProposalListQuery query, IReadOnlySet<int> knownPathwayIds)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(knownPathwayIds);
        var notes = new List<string>();

        var term = CleanTerm(query.Q, notes);

        ProposalStatus? status = null;
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            // Names only: Enum.TryParse would also accept "3" or "Draft,Approved" and turn them into some status.
            var name = Enum.GetNames<ProposalStatus>().FirstOrDefault(n => string.Equals(n, query.Status.Trim(), StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                notes.Add("The status in the address is not one IetPortal knows, so proposals of any status are shown.");
            }
            else
            {
                status = Enum.Parse<ProposalStatus>(name);
            }
        }

        int? pathwayId = null;
        if (!string.IsNullOrWhiteSpace(query.Pathway))
        {
            if (int.TryParse(query.Pathway.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && knownPathwayIds.Contains(id))
            {
                pathwayId = id;
            }
            else
            {
                notes.Add("The career pathway in the address was not found, so proposals of any pathway are shown.");
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

        return new ProposalListFilter(term, status, pathwayId, page, notes);
    }

    /// <summary>The same filter on another page, for pagination links and for a page past the last.</summary>
    public ProposalListFilter OnPage(int page) => this with { Page = page };

    /// <summary>A link to this filter at the given page; defaults are left out so the plain list stays "/proposals".</summary>
    public string UrlFor(int page)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (Term is not null)
        {
            query.Add(new("q", Term));
        }

        if (Status is { } status)
        {
            query.Add(new("status", status.ToString()));
        }

        if (PathwayId is { } pathway)
        {
            query.Add(new("pathway", pathway.ToString(CultureInfo.InvariantCulture)));
        }

        if (page > 1)
        {
            query.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        return "/proposals" + QueryString.Create(query).ToUriComponent();
    }

    /// <summary>
    /// Control characters cannot be in a title (the new-proposal validator refuses them), so they are dropped rather
    /// than searched for; the term is cut to the longest possible title.
    /// </summary>
    private static string? CleanTerm(string? raw, List<string> notes)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = new StringBuilder(Math.Min(raw.Length, MaxTermLength + 1));
        var removed = false;
        foreach (var c in raw.TrimStart())
        {
            if (char.IsControl(c))
            {
                removed = true;
                continue;
            }

            text.Append(c);
            if (text.Length > MaxTermLength + 1)
            {
                break;
            }
        }

        var term = text.ToString().Trim();
        if (removed)
        {
            notes.Add("Invisible control characters were removed from the search.");
        }

        if (term.Length > MaxTermLength)
        {
            var length = char.IsHighSurrogate(term[MaxTermLength - 1]) ? MaxTermLength - 1 : MaxTermLength;
            term = term[..length].TrimEnd();
            notes.Add($"The search was shortened to {MaxTermLength} characters, the longest a title can be.");
        }

        return term.Length == 0 ? null : term;
    }
}
