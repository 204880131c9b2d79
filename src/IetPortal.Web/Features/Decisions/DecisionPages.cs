using System.Globalization;
using System.Text.Json;
using IetPortal.Domain.Common;
using IetPortal.Domain.Reviews;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Editor;
using IetPortal.Web.Features.Submission;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Decisions;

/// <summary>A checklist criterion and its rating in words, for the approval's confirmation.</summary>
public sealed record CriterionLine(ReviewCriterion Criterion, string Rating);

/// <summary>
/// The approval's confirmation page (WCAG 3.3.4: a decision with legal effect is reviewed before it is made): what will
/// be approved, the checklist, what will be released to the college, and the approval's own details.
/// </summary>
public sealed record ApprovePage(
    int ProposalId,
    string Title,
    string CollegeName,
    int VersionNumber,
    IReadOnlyList<CriterionLine> Checklist,
    int CommentsForCollege,
    IReadOnlyList<string> NotReady,
    DateOnly ApprovedOn,
    string Approver,
    ApproveForm Approve);

/// <summary>
/// The decision letter an approval issues (PRODUCT.md "issues a decision letter (printable HTML)"), built from the
/// approval and the snapshot of the version that was approved, so it says what was approved even after an amendment.
/// </summary>
public sealed record DecisionLetterPage(
    int ProposalId,
    string ProgramTitle,
    string CollegeName,
    string? CollegeCity,
    string ApprovalNumber,
    DateOnly ApprovedOn,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    string ApproverName,
    string ApproverTitle,
    int VersionNumber,
    DateTime VersionSubmittedAtUtc,
    string? PathwayName,
    string? EntryStep,
    IReadOnlyList<string> Credentials,
    string? Occupation,
    string? ReplacesApprovalNumber,
    bool IsSuperseded)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>"March 2, 2027": a letter spells the month out.</summary>
    public static string Date(DateOnly? date) => date?.ToString("MMMM d, yyyy", English) ?? "";

    public string EffectivePeriod => $"{Date(EffectiveFrom)} through {Date(EffectiveTo)}";

    public static async Task<DecisionLetterPage?> LoadAsync(IetPortalDbContext db, int proposalId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var decision = await db.ReviewDecisions.AsNoTracking()
            .Where(d => d.IetProposalId == proposalId && d.Kind == DecisionKind.Approved)
            .OrderByDescending(d => d.DecidedAtUtc)
            .Select(d => new
            {
                d.ProposalVersionId,
                d.DecidedAtUtc,
                d.DecidedByUserId,
                d.ApprovalNumber,
                d.EffectiveFrom,
                d.EffectiveTo,
                Approver = db.Users.Where(u => u.Id == d.DecidedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (decision is null)
        {
            return null;
        }

        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId)
            .Select(p => new
            {
                p.Title,
                p.Status,
                p.CareerPathwayId,
                p.AmendsProposalId,
                College = db.Colleges.Where(c => c.Id == p.CollegeId).Select(c => new { c.Name, c.City }).First(),
            })
            .SingleAsync(ct);
        var version = await db.ProposalVersions.AsNoTracking().Where(v => v.Id == decision.ProposalVersionId)
            .Select(v => new { v.Number, v.SubmittedAtUtc, v.SnapshotJson })
            .SingleAsync(ct);
        var approverIsReviewer = await db.UserRoles.AsNoTracking().AnyAsync(
            ur => ur.UserId == decision.DecidedByUserId && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == RoleNames.StateReviewer), ct);
        var replaces = proposal.AmendsProposalId is { } amendsId
            ? await db.ReviewDecisions.AsNoTracking()
                .Where(d => d.IetProposalId == amendsId && d.Kind == DecisionKind.Approved)
                .OrderByDescending(d => d.DecidedAtUtc).Select(d => d.ApprovalNumber).FirstOrDefaultAsync(ct)
            : null;

        var snapshot = ReadSnapshot(version.SnapshotJson);
        string? pathway, entryStep, occupation;
        IReadOnlyList<string> credentials;
        string title;
        if (snapshot is not null)
        {
            // What was approved is the submitted version, with the names it had then.
            var form = snapshot.Section<PathwayForm>(EditorSections.Pathway);
            title = snapshot.Title.Length > 0 ? snapshot.Title : proposal.Title;
            pathway = snapshot.Names.PathwayName;
            entryStep = snapshot.Names.EntryStep;
            credentials = snapshot.Names.Credentials;
            occupation = OccupationText(form.OccupationSocCode, form.OccupationTitle, form.OccupationalCluster);
        }
        else
        {
            title = proposal.Title;
            pathway = await db.CareerPathways.AsNoTracking().Where(w => w.Id == proposal.CareerPathwayId).Select(w => w.Name).FirstOrDefaultAsync(ct);
            entryStep = null;
            credentials = await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId)
                .SelectMany(p => p.Credentials)
                .Join(db.Credentials, pc => pc.CredentialId, c => c.Id, (_, c) => c.Name + " (" + c.Issuer + ")")
                .ToListAsync(ct);
            occupation = null;
        }

        return new DecisionLetterPage(
            proposalId,
            title,
            proposal.College.Name,
            proposal.College.City,
            decision.ApprovalNumber ?? "",
            DateOnly.FromDateTime(decision.DecidedAtUtc),
            decision.EffectiveFrom,
            decision.EffectiveTo,
            decision.Approver ?? "WTCS System Office",
            approverIsReviewer ? "State IET reviewer, WTCS System Office" : "WTCS System Office",
            version.Number,
            version.SubmittedAtUtc,
            pathway,
            entryStep,
            credentials,
            occupation,
            replaces,
            proposal.Status == Domain.Workflow.ProposalStatus.Superseded);
    }

    private static string? OccupationText(string? soc, string? title, string? cluster)
    {
        var occupation = string.Join(" ", new[] { soc, title }.Where(s => !string.IsNullOrWhiteSpace(s)));
        if (!string.IsNullOrWhiteSpace(cluster))
        {
            occupation = occupation.Length == 0 ? cluster : $"{occupation} ({cluster})";
        }

        return occupation.Length == 0 ? null : occupation;
    }

    private static ProposalSnapshot? ReadSnapshot(string json)
    {
        try
        {
            return ProposalSnapshot.FromJson(json);
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException or InvalidOperationException or KeyNotFoundException)
        {
            return null;
        }
    }
}
