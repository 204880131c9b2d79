namespace IetPortal.Domain.Proposals;

/// <summary>The sections of the proposal editor, in the order PRODUCT.md lists them.</summary>
public enum ProposalSection
{
    Overview,
    CareerPathway,
    AdultEducation,
    WorkforcePreparation,
    WorkforceTraining,
    Integration,
    LearningObjectives,
    MaterialsAndResearch,
    EquityAndSupports,
    PartnersAndAttachments,
    CheckAndSubmit,
}
