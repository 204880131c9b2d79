using System.Text.Json;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using IetPortal.Web.Features.Editor;
using IetPortal.Web.Features.Proposals;
using IetPortal.Web.Features.Submission;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Revisions;

/// <summary>A submitted version, read-only: the snapshot as sent, with the compliance report and notes it was sent with.</summary>
public sealed record VersionPage(
    int ProposalId,
    int Number,
    DateTime SubmittedAtUtc,
    string? SubmittedBy,
    ComplianceReport Report,
    IReadOnlyDictionary<string, string> Acknowledgements,
    ProposalReadView Content);

/// <summary>
/// The versions of a proposal as they were submitted. Everyone who may see the proposal may see its versions: the
/// college and the reviewers read the same immutable snapshot and the same stored report.
/// </summary>
[Route("proposals/{id:int}/versions")]
[Authorize(Policy = Policies.SignedIn)]
public sealed class RevisionsController(IetPortalDbContext db, ProposalAccess access) : ProposalControllerBase(access)
{
    [HttpGet("{number:int}")]
    public async Task<IActionResult> Version(int id, int number)
    {
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var version = await db.ProposalVersions.AsNoTracking()
            .Where(v => v.IetProposalId == id && v.Number == number)
            .Select(v => new
            {
                v.SubmittedAtUtc,
                SubmittedBy = db.Users.Where(u => u.Id == v.SubmittedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                v.SnapshotJson,
                v.ComplianceReportJson,
                v.WarningAcknowledgementsJson,
            })
            .SingleOrDefaultAsync(ct);
        if (version is null)
        {
            return NotFound();
        }

        var snapshot = ProposalSnapshot.FromJson(version.SnapshotJson);
        var acknowledgements = version.WarningAcknowledgementsJson is { } json
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? []
            : [];
        return View(new VersionPage(
            id,
            number,
            version.SubmittedAtUtc,
            version.SubmittedBy,
            ComplianceReport.FromJson(version.ComplianceReportJson),
            acknowledgements,
            ReadViewOf(id, snapshot, version.SubmittedAtUtc, version.SubmittedBy)));
    }

    /// <summary>The snapshot in the read view's shape: its own forms and names, nothing read from the proposal as it is now.</summary>
    private static ProposalReadView ReadViewOf(int id, ProposalSnapshot snapshot, DateTime submittedAtUtc, string? submittedBy) => new(
        id,
        snapshot.CollegeId,
        ProposalStatus.Submitted,
        CanEdit: false,
        snapshot.Names,
        snapshot.Section<OverviewForm>(EditorSections.Overview),
        snapshot.Section<PathwayForm>(EditorSections.Pathway),
        snapshot.Section<AdultEducationForm>(EditorSections.AdultEducation),
        snapshot.Section<WorkforcePreparationForm>(EditorSections.WorkforcePreparation),
        snapshot.Section<WorkforceTrainingForm>(EditorSections.WorkforceTraining),
        snapshot.Section<IntegrationForm>(EditorSections.Integration),
        snapshot.Section<LearningObjectivesForm>(EditorSections.LearningObjectives),
        snapshot.Section<MaterialsForm>(EditorSections.Materials),
        snapshot.Section<EquityForm>(EditorSections.Equity),
        snapshot.Section<PartnersForm>(EditorSections.Partners),
        Timeline.Of(snapshot.Reconstitute()),
        submittedAtUtc,
        submittedBy,
        [])
    {
        SnapshotAttachments = snapshot.Attachments,
    };
}
