namespace IetPortal.Domain.Proposals;

/// <summary>
/// One objective of the single set of learning objectives (34 CFR 463.37(b)): what the learner will do and
/// the adult-education content, workforce-preparation activity and workforce-training competency it integrates.
/// </summary>
public class LearningObjective
{
    public int Id { get; set; }
    public int IetProposalId { get; set; }
    public int Position { get; set; }
    public required string Statement { get; set; }
    public string? AdultEducationContent { get; set; }
    public string? WorkforcePreparationActivity { get; set; }
    public string? WorkforceTrainingCompetency { get; set; }
    public string? Assessment { get; set; }
}
