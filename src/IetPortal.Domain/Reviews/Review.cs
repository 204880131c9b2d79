using IetPortal.Domain.Common;

namespace IetPortal.Domain.Reviews;

/// <summary>A reviewer's work on one submitted version: the checklist ratings and the outcome.</summary>
public class Review : EditableEntity
{
    public int IetProposalId { get; set; }
    public int ProposalVersionId { get; set; }
    public required string ReviewerId { get; set; }
    public DateTime AssignedAtUtc { get; set; }
    public List<CriterionRating> Ratings { get; set; } = [];
}

/// <summary>
/// What the reviewer checks: the three required components (463.36) and the six integration criteria
/// (463.37(a)(1)-(6) as restated on the WTCS IET page).
/// </summary>
public enum ReviewCriterion
{
    AdultEducationComponent,
    WorkforcePreparationComponent,
    WorkforceTrainingComponent,
    SufficientIntensityAndQuality,
    RigorousResearch,
    Simultaneous,
    OccupationallyRelevantMaterials,
    SingleSetOfLearningObjectives,
    CareerPathwayConnection,
}

public enum CriterionRatingValue
{
    Meets,
    NeedsRevision,
}

public class CriterionRating
{
    public int Id { get; set; }
    public int ReviewId { get; set; }
    public ReviewCriterion Criterion { get; set; }
    public CriterionRatingValue Rating { get; set; }
    public string? Comment { get; set; }
}
