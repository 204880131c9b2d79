using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using IetPortal.Domain.Common;

namespace IetPortal.Web.Features.Catalog;

/// <summary>
/// What the public catalog and the API are asked for: a search term and the four filters of PRODUCT.md (career
/// pathway, college, occupation, Workforce Development Area), and a page. Values are already cleaned; the catalog page
/// makes one from its query string (<see cref="CatalogQuery"/>), the API from its validated parameters.
/// </summary>
public sealed partial record CatalogFilter(
    string? Term, int? PathwayId, string? CollegeCode, string? SocCode, int? WdaNumber, int Page, int PageSize)
{
    /// <summary>Results per page on the catalog page.</summary>
    public const int PagePageSize = 10;

    /// <summary>No title is longer, so a longer search could never match a title.</summary>
    public const int MaxTermLength = FieldLengths.ShortText;

    public bool IsFiltered => Term is not null || PathwayId is not null || CollegeCode is not null || SocCode is not null || WdaNumber is not null;

    /// <summary>SOC code, e.g. 31-1131 (the O*NET suffix .00 is not part of it).</summary>
    [GeneratedRegex(@"^[0-9]{2}-[0-9]{4}\z", RegexOptions.CultureInvariant)]
    public static partial Regex SocCodeFormat();

    /// <summary>A link to the catalog page with this filter at the given page; defaults are left out.</summary>
    public string UrlFor(int page) => "/catalog" + QueryString.Create(QueryPairs(page)).ToUriComponent();

    /// <summary>The same search without one of its filters, for the "remove this filter" links of an empty result.</summary>
    public CatalogFilter Without(string filter) => filter switch
    {
        "q" => this with { Term = null, Page = 1 },
        "pathway" => this with { PathwayId = null, Page = 1 },
        "college" => this with { CollegeCode = null, Page = 1 },
        "occupation" => this with { SocCode = null, Page = 1 },
        "wda" => this with { WdaNumber = null, Page = 1 },
        _ => this,
    };

    /// <summary>
    /// Control characters cannot be in a title (validators refuse them), so they are dropped rather than searched for;
    /// the term is cut to the longest possible title. Null when nothing is left.
    /// </summary>
    public static string? CleanTerm(string? raw, out bool changed)
    {
        changed = false;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = new StringBuilder(Math.Min(raw.Length, MaxTermLength + 1));
        foreach (var c in raw.TrimStart())
        {
            if (char.IsControl(c))
            {
                changed = true;
                continue;
            }

            text.Append(c);
            if (text.Length > MaxTermLength + 1)
            {
                break;
            }
        }

        var term = text.ToString().Trim();
        if (term.Length > MaxTermLength)
        {
            var length = char.IsHighSurrogate(term[MaxTermLength - 1]) ? MaxTermLength - 1 : MaxTermLength;
            term = term[..length].TrimEnd();
            changed = true;
        }

        return term.Length == 0 ? null : term;
    }

    private List<KeyValuePair<string, string?>> QueryPairs(int page)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (Term is not null)
        {
            query.Add(new("q", Term));
        }

        if (PathwayId is { } pathway)
        {
            query.Add(new("pathway", pathway.ToString(CultureInfo.InvariantCulture)));
        }

        if (CollegeCode is not null)
        {
            query.Add(new("college", CollegeCode));
        }

        if (SocCode is not null)
        {
            query.Add(new("occupation", SocCode));
        }

        if (WdaNumber is { } wda)
        {
            query.Add(new("wda", wda.ToString(CultureInfo.InvariantCulture)));
        }

        if (page > 1)
        {
            query.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        }

        return query;
    }
}

/// <summary>
/// The catalog page's query string exactly as sent. Every field is a string so that no input (page=abc, wda=x) fails
/// model binding: <see cref="From"/> decides what each value means and notes what it had to ignore.
/// </summary>
public sealed class CatalogQuery
{
    public string? Q { get; set; }

    public string? Pathway { get; set; }

    public string? College { get; set; }

    public string? Occupation { get; set; }

    public string? Wda { get; set; }

    public string? Page { get; set; }

    /// <summary>
    /// The filter the page shows. Hand-edited or stale links (a pathway that no longer exists, page=-1, a 10,000-character
    /// search) get the nearest sensible search and a note saying what was changed, never an error page.
    /// </summary>
    public CatalogFilter ToFilter(CatalogChoices choices, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(notes);
        var term = CatalogFilter.CleanTerm(Q, out var changed);
        if (changed)
        {
            notes.Add($"The search was cleaned of invisible characters or shortened to {CatalogFilter.MaxTermLength} characters.");
        }

        int? pathwayId = null;
        if (!string.IsNullOrWhiteSpace(Pathway))
        {
            if (int.TryParse(Pathway.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && choices.Pathways.Any(p => p.Id == id))
            {
                pathwayId = id;
            }
            else
            {
                notes.Add("The career pathway in the address was not found, so programs of every pathway are shown.");
            }
        }

        string? collegeCode = null;
        if (!string.IsNullOrWhiteSpace(College))
        {
            collegeCode = choices.Colleges.FirstOrDefault(c => string.Equals(c.Code, College.Trim(), StringComparison.OrdinalIgnoreCase))?.Code;
            if (collegeCode is null)
            {
                notes.Add("The college in the address was not found, so programs of every college are shown.");
            }
        }

        string? socCode = null;
        if (!string.IsNullOrWhiteSpace(Occupation))
        {
            var code = Occupation.Trim();
            if (CatalogFilter.SocCodeFormat().IsMatch(code))
            {
                socCode = code;
            }
            else
            {
                notes.Add("The occupation in the address is not a SOC code like 31-1131, so programs for every occupation are shown.");
            }
        }

        int? wdaNumber = null;
        if (!string.IsNullOrWhiteSpace(Wda))
        {
            if (int.TryParse(Wda.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && choices.WorkforceAreas.Any(a => a.Number == number))
            {
                wdaNumber = number;
            }
            else
            {
                notes.Add("The Workforce Development Area in the address was not found, so programs of every area are shown.");
            }
        }

        var page = 1;
        if (!string.IsNullOrWhiteSpace(Page))
        {
            if (int.TryParse(Page.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var requested) && requested >= 1)
            {
                page = requested;
            }
            else
            {
                notes.Add("The page number in the address was not valid, so the first page is shown.");
            }
        }

        return new CatalogFilter(term, pathwayId, collegeCode, socCode, wdaNumber, page, CatalogFilter.PagePageSize);
    }
}
