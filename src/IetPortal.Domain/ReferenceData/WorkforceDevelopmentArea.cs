using IetPortal.Domain.Common;

namespace IetPortal.Domain.ReferenceData;

/// <summary>
/// One of Wisconsin's 11 Workforce Development Areas and its local board. The plan priorities are what
/// the career-pathway criterion (463.38(b) with WTCS policy and 463.20(d)) compares a proposal against.
/// </summary>
public class WorkforceDevelopmentArea : EditableEntity
{
    public int Number { get; set; }
    public required string Name { get; set; }
    public required string BoardName { get; set; }
    public string? Counties { get; set; }
    public string? PlanPrioritySectors { get; set; }
    public string? PlanPriorityOccupations { get; set; }
}
