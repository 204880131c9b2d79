using IetPortal.Domain.Workflow;

namespace IetPortal.Web.Features.ProposalList;

public sealed record ProposalListRow(
    int Id, string Title, string? PathwayName, ProposalStatus Status, DateTime UpdatedAtUtc, string? UpdatedBy);

public sealed record MyProposalsPage(string CollegeName, IReadOnlyList<ProposalListRow> Proposals);
