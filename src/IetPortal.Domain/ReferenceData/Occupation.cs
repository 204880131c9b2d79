namespace IetPortal.Domain.ReferenceData;

/// <summary>An occupation identified by its Standard Occupational Classification code (NN-NNNN).</summary>
public class Occupation
{
    public int Id { get; set; }
    public required string SocCode { get; set; }
    public required string Title { get; set; }
    public List<OccupationDemand> Demand { get; set; } = [];
}

/// <summary>
/// An occupation listed as in demand in a Workforce Development Area's local board plan. Presence of the row
/// is the flag; the career-pathway criterion warns when a proposal's occupation has none for its WDA.
/// </summary>
public class OccupationDemand
{
    public int OccupationId { get; set; }
    public int WorkforceDevelopmentAreaId { get; set; }
    public WorkforceDevelopmentArea? WorkforceDevelopmentArea { get; set; }
    public string? Source { get; set; }
}
