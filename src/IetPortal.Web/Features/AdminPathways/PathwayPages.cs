using IetPortal.Domain.ReferenceData;
using IetPortal.Web.Features.AdminShared;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IetPortal.Web.Features.AdminPathways;

public sealed record PathwayListRow(
    int Id, string Name, string ClusterName, string FrameworkVersion, PathwayStatus Status, int Steps, int Credentials, int Occupations, int Proposals);

/// <summary>What every page of one pathway shows above its form, and the stamp its buttons post.</summary>
public sealed record PathwayHeader(int Id, string Name, PathwayStatus Status, Guid ConcurrencyStamp)
{
    public string Href => $"/admin/pathways/{Id}";

    public IReadOnlyList<Crumb> Crumbs(string current) =>
        [Crumb.Administration, new("Career pathways", "/admin/pathways"), new(Name, Href), new(current)];
}

public sealed record StepSummary(int Id, int Position, string Title, string? Description);

public sealed record CredentialSummary(string Name, string Issuer, CredentialType Type, string? WtcsProgramNumber, string? StepTitle, bool IsSystemApproved);

public sealed record OccupationSummary(int Id, string SocCode, string Title, IReadOnlyList<int> InDemandAreaNumbers);

/// <summary>The pathway's own page: everything about it at a glance, and the retire, reactivate and delete buttons.</summary>
public sealed record PathwayOverviewPage(
    PathwayHeader Pathway,
    string? Description,
    string ClusterName,
    string FrameworkVersion,
    DateTime? RetiredAtUtc,
    int ProposalCount,
    int OpenDraftCount,
    IReadOnlyList<StepSummary> Steps,
    IReadOnlyList<CredentialSummary> Credentials,
    IReadOnlyList<OccupationSummary> Occupations)
{
    public IReadOnlyList<ConflictField>? Conflict { get; init; }
}

/// <summary>Create (no pathway yet) or edit the name, description and cluster.</summary>
public sealed record PathwayDetailsPage(PathwayHeader? Pathway, PathwayDetailsForm Form, IReadOnlyList<SelectListItem> Clusters)
{
    public IReadOnlyList<ConflictField>? Conflict { get; init; }
}

public sealed record PathwayStepsPage(PathwayHeader Pathway, PathwayStepsForm Form)
{
    public IReadOnlyList<ConflictField>? Conflict { get; init; }
}

public sealed record PathwayCredentialsPage(PathwayHeader Pathway, PathwayCredentialsForm Form, IReadOnlyList<SelectListItem> Steps)
{
    public IReadOnlyList<ConflictField>? Conflict { get; init; }
}

public sealed record OccupationName(string SocCode, string Title);

public sealed record PathwayOccupationsPage(
    PathwayHeader Pathway,
    PathwayOccupationsForm Form,
    IReadOnlyDictionary<int, OccupationName> Names,
    IReadOnlyList<SelectListItem> WorkforceAreas,
    IReadOnlyList<SelectListItem> OtherOccupations)
{
    public IReadOnlyList<ConflictField>? Conflict { get; init; }
}

/// <summary>The delete page: a confirmation (WCAG 3.3.4) for an unused pathway, or why a used one cannot be deleted.</summary>
public sealed record DeletePathwayPage(PathwayHeader Pathway, int Steps, int Credentials, int Occupations, int ProposalCount, IReadOnlyList<string> ProposalTitles)
{
    public bool CanDelete => ProposalCount == 0;
}
