using IetPortal.Domain.Common;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Editor;
using Microsoft.EntityFrameworkCore;

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
    IReadOnlyList<string> WorkforceAreas)
{
    /// <summary>The names of the college, pathway, step, credentials and WDAs a loaded proposal points at.</summary>
    public static async Task<ReferenceNames> LoadAsync(IetPortalDbContext db, IetProposal proposal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(proposal);
        var credentialIds = proposal.Credentials.Select(c => c.CredentialId).ToList();
        var areaIds = proposal.WorkforceAreas.Select(a => a.WorkforceDevelopmentAreaId).ToList();
        var college = await db.Colleges.AsNoTracking().Where(c => c.Id == proposal.CollegeId)
            .Select(c => new { c.Name, c.ContactEmail, c.ContactPhone }).SingleAsync(cancellationToken);
        return new ReferenceNames(
            college.Name,
            string.Join(" · ", new[] { college.ContactEmail, college.ContactPhone }.Where(s => !string.IsNullOrEmpty(s))),
            await db.CareerPathways.AsNoTracking().Where(p => p.Id == proposal.CareerPathwayId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken),
            await db.CareerPathwaySteps.AsNoTracking().Where(s => s.Id == proposal.EntryStepId).Select(s => "Step " + s.Position + ": " + s.Title).FirstOrDefaultAsync(cancellationToken),
            await db.Credentials.AsNoTracking().Where(c => credentialIds.Contains(c.Id)).OrderBy(c => c.Name).Select(c => c.Name + " (" + c.Issuer + ")").ToListAsync(cancellationToken),
            await db.WorkforceDevelopmentAreas.AsNoTracking().Where(a => areaIds.Contains(a.Id)).OrderBy(a => a.Number).Select(a => "WDA " + a.Number + ": " + a.Name).ToListAsync(cancellationToken));
    }
}

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
    /// <summary>The draft's stored compliance state (issue 4), null when it has never been checked.</summary>
    public ComplianceState? Compliance { get; init; }

    /// <summary>Status, version, permitted actions, released comments and versions (issue 5); null on a version's page.</summary>
    public Submission.WorkflowPanel? Workflow { get; init; }

    /// <summary>
    /// For a submitted version: the attachments' metadata as stored with it (the files themselves may have changed
    /// since). Null for the proposal as it is now, whose attachments panel lists the current files.
    /// </summary>
    public IReadOnlyList<Submission.SnapshotAttachment>? SnapshotAttachments { get; init; }

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
        history)
        {
            Compliance = ComplianceState.Of(p),
        };
}
