using IetPortal.Domain.Common;

namespace IetPortal.Domain.ReferenceData;

/// <summary>One of the 16 WTCS technical colleges (or another AEFLA provider) whose staff draft proposals.</summary>
public class College : EditableEntity
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? City { get; set; }
    public string? Counties { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? Website { get; set; }
    public List<CollegeWorkforceArea> WorkforceAreas { get; set; } = [];
}

/// <summary>A Workforce Development Area that a college district serves.</summary>
public class CollegeWorkforceArea
{
    public int CollegeId { get; set; }
    public int WorkforceDevelopmentAreaId { get; set; }
    public WorkforceDevelopmentArea? WorkforceDevelopmentArea { get; set; }
}
