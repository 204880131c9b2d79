using IetPortal.Domain.ReferenceData;
using IetPortal.Domain.Workflow;

namespace IetPortal.Web.Features.ProposalList;

public sealed record ProposalListRow(
    int Id, string Title, string? PathwayName, ProposalStatus Status, DateTime UpdatedAtUtc, string? UpdatedBy);

public sealed record PathwayOption(int Id, string Name, PathwayStatus Status);

public sealed record MyProposalsPage(
    string CollegeName,
    ProposalListFilter Filter,
    IReadOnlyList<PathwayOption> Pathways,
    IReadOnlyList<ProposalListRow> Proposals,
    int TotalCount,
    int PageCount)
{
    public int FirstShown => TotalCount == 0 ? 0 : ((Filter.Page - 1) * ProposalListFilter.PageSize) + 1;

    public int LastShown => FirstShown == 0 ? 0 : FirstShown + Proposals.Count - 1;

    /// <summary>The result count, read first by screen readers entering the table.</summary>
    public string Caption
    {
        get
        {
            var count = PageCount > 1
                ? $"Proposals {FirstShown}\u2013{LastShown} of {TotalCount}"
                : TotalCount == 1 ? "1 proposal" : $"{TotalCount} proposals";
            return count + (Filter.IsFiltered ? " matching the search" : "") + ", most recently edited first";
        }
    }

    /// <summary>
    /// The page numbers to link, USWDS style: first, last, and the current page with its neighbours; null marks a gap
    /// (an ellipsis). Seven slots at most, so the bar fits a phone.
    /// </summary>
    public IReadOnlyList<int?> PageSlots => Shared.Pagination.Slots(Filter.Page, PageCount);
}
