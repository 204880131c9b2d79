using IetPortal.Domain.ReferenceData;

namespace IetPortal.Web.Features.AdminPathways;

// Form models of the career-pathway pages. Every form posts the pathway's concurrency stamp, so a save based on an
// older copy of the pathway is refused instead of overwriting a colleague's change.

/// <summary>Name, description and career cluster of a pathway (create and edit).</summary>
public sealed class PathwayDetailsForm
{
    public Guid? ConcurrencyStamp { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public int? CareerClusterId { get; set; }
}

/// <summary>The ordered steps (rungs) of a pathway; rows without an id are new.</summary>
public sealed class PathwayStepsForm
{
    public Guid? ConcurrencyStamp { get; set; }
    public string? Command { get; set; }
    public List<StepRow> Steps { get; set; } = [];
}

public sealed class StepRow
{
    public int? Id { get; set; }
    public string? Title { get; set; }
    public string? Description { get; set; }

    public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Description);
}

/// <summary>The credentials along a pathway; rows without an id are new.</summary>
public sealed class PathwayCredentialsForm
{
    public Guid? ConcurrencyStamp { get; set; }
    public string? Command { get; set; }
    public List<CredentialRow> Credentials { get; set; } = [];
}

public sealed class CredentialRow
{
    public int? Id { get; set; }
    public string? Name { get; set; }
    public string? Issuer { get; set; }
    public CredentialType? Type { get; set; }
    public string? WtcsProgramNumber { get; set; }
    public int? StepId { get; set; }

    // False unless posted: an unticked checkbox posts nothing. New rows start ticked (see the "add" command).
    public bool IsSystemApproved { get; set; }

    public bool IsBlank => Id is null && string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Issuer)
        && Type is null && string.IsNullOrWhiteSpace(WtcsProgramNumber) && StepId is null;
}

/// <summary>
/// The occupations a pathway leads to, each with the Workforce Development Areas whose plans list it as in demand,
/// and one occupation to add: an existing one, or a new SOC code with its title.
/// </summary>
public sealed class PathwayOccupationsForm
{
    public Guid? ConcurrencyStamp { get; set; }
    public string? Command { get; set; }
    public List<OccupationRow> Occupations { get; set; } = [];
    public int? ExistingOccupationId { get; set; }
    public string? NewSocCode { get; set; }
    public string? NewTitle { get; set; }

    public bool AddsOccupation => ExistingOccupationId is not null || !string.IsNullOrWhiteSpace(NewSocCode) || !string.IsNullOrWhiteSpace(NewTitle);
}

public sealed class OccupationRow
{
    public int OccupationId { get; set; }
    public List<int> InDemandAreaIds { get; set; } = [];
}

/// <summary>The stamp posted by the retire, reactivate and delete buttons.</summary>
public sealed class PathwayActionForm
{
    public Guid? ConcurrencyStamp { get; set; }
}
