using System.Globalization;

namespace IetPortal.Web.Features.Catalog;

/// <summary>A filter the search applied, with the link that removes it (the empty result offers each one).</summary>
public sealed record AppliedFilter(string Label, string RemoveUrl);

/// <summary>The catalog page: the search form with its choices, one page of results and notes about the address.</summary>
public sealed record CatalogPage(CatalogFilter Filter, CatalogChoices Choices, ApprovedProgramPage Results, IReadOnlyList<string> Notes)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public int PageCount => Math.Max(1, Results.TotalPages);

    public int FirstShown => Results.Items.Count == 0 ? 0 : ((Filter.Page - 1) * Filter.PageSize) + 1;

    public int LastShown => FirstShown == 0 ? 0 : FirstShown + Results.Items.Count - 1;

    /// <summary>The result count in words, for the results heading and the document title.</summary>
    public string CountText
    {
        get
        {
            var total = Results.TotalCount;
            if (total == 0)
            {
                return Filter.IsFiltered ? "No approved programs match your search" : "No approved programs yet";
            }

            var count = total == 1 ? "1 approved program" : $"{total.ToString("N0", English)} approved programs";
            var matching = (Filter.IsFiltered, total == 1) switch
            {
                (true, true) => " matches your search",
                (true, false) => " match your search",
                (false, true) => " is in the catalog",
                (false, false) => " are in the catalog",
            };
            return count + matching;
        }
    }

    /// <summary>Which results this page shows, when there is more than one page.</summary>
    public string? RangeText => PageCount > 1
        ? $"Showing {FirstShown.ToString(English)} to {LastShown.ToString(English)}, page {Filter.Page.ToString(English)} of {PageCount.ToString(English)}."
        : null;

    public string DocumentTitle => Filter.IsFiltered || Filter.Page > 1
        ? $"Program catalog: {CountText}" + (PageCount > 1 ? $", page {Filter.Page.ToString(English)} of {PageCount.ToString(English)}" : "")
        : "Program catalog";

    /// <summary>The filters in force, each with the link to the same search without it.</summary>
    public IReadOnlyList<AppliedFilter> AppliedFilters
    {
        get
        {
            var applied = new List<AppliedFilter>();
            if (Filter.Term is { } term)
            {
                applied.Add(new($"Keywords: \u201c{term}\u201d", Filter.Without("q").UrlFor(1)));
            }

            if (Filter.PathwayId is { } pathwayId)
            {
                applied.Add(new($"Career pathway: {Choices.Pathways.FirstOrDefault(p => p.Id == pathwayId)?.Name}", Filter.Without("pathway").UrlFor(1)));
            }

            if (Filter.CollegeCode is { } code)
            {
                applied.Add(new($"College: {Choices.Colleges.FirstOrDefault(c => c.Code == code)?.Name ?? code}", Filter.Without("college").UrlFor(1)));
            }

            if (Filter.SocCode is { } soc)
            {
                var occupation = Choices.Occupations.FirstOrDefault(o => o.SocCode == soc) ?? new ProgramOccupation { SocCode = soc, Title = null };
                applied.Add(new($"Occupation: {CatalogText.Occupation(occupation)}", Filter.Without("occupation").UrlFor(1)));
            }

            if (Filter.WdaNumber is { } number && Choices.WorkforceAreas.FirstOrDefault(a => a.Number == number) is { } area)
            {
                applied.Add(new($"Workforce development area: {CatalogText.Area(area)}", Filter.Without("wda").UrlFor(1)));
            }

            return applied;
        }
    }

    /// <summary>
    /// The page numbers to link, USWDS style: first, last, and the current page with its neighbours; null marks a gap
    /// (an ellipsis). Seven slots at most, so the bar fits a phone.
    /// </summary>
    public IReadOnlyList<int?> PageSlots => Shared.Pagination.Slots(Filter.Page, PageCount);
}
