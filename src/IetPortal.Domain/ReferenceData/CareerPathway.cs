using IetPortal.Domain.Common;

namespace IetPortal.Domain.ReferenceData;

/// <summary>
/// An administrator-managed career pathway: ordered steps (rungs), the credentials along it and the
/// occupations it leads to. A pathway in use is never deleted, only retired.
/// </summary>
public class CareerPathway : EditableEntity
{
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int CareerClusterId { get; set; }
    public CareerCluster? CareerCluster { get; set; }
    public PathwayStatus Status { get; set; } = PathwayStatus.Active;
    public DateTime? RetiredAtUtc { get; set; }
    public List<CareerPathwayStep> Steps { get; set; } = [];
    public List<Credential> Credentials { get; set; } = [];
    public List<PathwayOccupation> Occupations { get; set; } = [];

    public bool IsActive => Status == PathwayStatus.Active;
}

public enum PathwayStatus
{
    Active,
    Retired,
}

/// <summary>A rung of a career pathway; <see cref="Position"/> orders the rungs from entry upward.</summary>
public class CareerPathwayStep
{
    public int Id { get; set; }
    public int CareerPathwayId { get; set; }
    public int Position { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }
}

/// <summary>A credential on a pathway: an existing WTCS award or an industry-recognised credential.</summary>
public class Credential
{
    public int Id { get; set; }
    public int CareerPathwayId { get; set; }
    public int? CareerPathwayStepId { get; set; }
    public required string Name { get; set; }
    public required string Issuer { get; set; }
    public CredentialType Type { get; set; }
    public string? WtcsProgramNumber { get; set; }

    /// <summary>WTCS policy: the occupational credential is an existing, system-approved one (no "lite" credentials).</summary>
    public bool IsSystemApproved { get; set; } = true;
}

public enum CredentialType
{
    WtcsTechnicalDiploma,
    WtcsTechnicalCertificate,
    WtcsAssociateDegree,
    IndustryCertification,
    License,
    Apprenticeship,
}

/// <summary>An occupation a pathway leads to.</summary>
public class PathwayOccupation
{
    public int CareerPathwayId { get; set; }
    public int OccupationId { get; set; }
    public Occupation? Occupation { get; set; }
}
