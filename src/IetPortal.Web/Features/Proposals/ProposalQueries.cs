using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Workflow;
using IetPortal.Web.Features.Editor;

namespace IetPortal.Web.Features.Proposals;

/// <summary>One entry of the proposal's change history.</summary>
public sealed record HistoryEntry(DateTime AtUtc, string? By, string? Section, string Action, string? Details);

/// <summary>The names the read view shows for the ids a proposal stores.</summary>
public sealed record ReferenceNames(
    string CollegeName,
    string? CollegeContact,
    string? PathwayName,
    string? EntryStep,
    IReadOnlyList<string> Credentials,
    IReadOnlyList<string> WorkforceAreas);

/// <summary>The whole proposal on one page: every section, the timeline, the matrix and the change history.</summary>
public sealed record ProposalReadView(
    int Id,
    int CollegeId,
    ProposalStatus Status,
    bool CanEdit,
    ReferenceNames Names,
    OverviewForm Overview,
    PathwayForm Pathway,
    AdultEducationForm AdultEducation,
    WorkforcePreparationForm WorkforcePreparation,
    WorkforceTrainingForm WorkforceTraining,
    IntegrationForm Integration,
    LearningObjectivesForm LearningObjectives,
    MaterialsForm Materials,
    EquityForm Equity,
    PartnersForm Partners,
    Timeline Timeline,
    DateTime UpdatedAtUtc,
    string? UpdatedBy,
    IReadOnlyList<HistoryEntry> History) : ICollegeOwned
{
    public static ProposalReadView From(
        IetProposal p, bool canEdit, ReferenceNames names, string? updatedBy, IReadOnlyList<HistoryEntry> history) => new(
        p.Id,
        p.CollegeId,
        p.Status,
        canEdit,
        names,
        SectionMapping.ToOverview(p),
        SectionMapping.ToPathway(p),
        SectionMapping.ToAdultEducation(p),
        SectionMapping.ToWorkforcePreparation(p),
        SectionMapping.ToWorkforceTraining(p),
        SectionMapping.ToIntegration(p),
        SectionMapping.ToLearningObjectives(p),
        SectionMapping.ToMaterials(p),
        SectionMapping.ToEquity(p),
        SectionMapping.ToPartners(p),
        Timeline.Of(p),
        p.UpdatedAtUtc,
        updatedBy,
        history);
}
