using System.Globalization;
using IetPortal.Domain.Common;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Email;
using IetPortal.Infrastructure.Notifications;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Features.Submission;

/// <summary>
/// Issue 5 notifications of the college's side: submit → every state reviewer without a conflict of interest with the
/// college; resubmit → the reviewer it is assigned to (who sees what changed), or every such reviewer when nobody is.
/// Only adds outbox rows to the caller's unit of work, so they are written with the submission or not at all.
/// </summary>
public sealed class SubmissionEmails(IetPortalDbContext db, NotificationOutbox outbox, IOptions<EmailOptions> options)
{
    public const string SubmittedKind = "ProposalSubmitted";
    public const string ResubmittedKind = "ProposalResubmitted";

    /// <summary>Adds one message per recipient; returns how many.</summary>
    public async Task<int> EnqueueAsync(
        IetProposal proposal, WorkflowAction action, int versionNumber, string collegeName, ComplianceReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(report);
        var resubmitted = action == WorkflowAction.Resubmit;
        var recipients = await RecipientsAsync(proposal, resubmitted, cancellationToken);
        var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/review/{proposal.Id.ToString(CultureInfo.InvariantCulture)}";
        var version = versionNumber.ToString(CultureInfo.InvariantCulture);
        var subject = resubmitted
            ? $"Resubmitted for review: {proposal.Title} (version {version})"
            : $"Submitted for review: {proposal.Title} (version {version})";
        var warnings = report.WarningCount == 0
            ? "no errors and no warnings"
            : string.Create(CultureInfo.InvariantCulture, $"no errors; {report.WarningCount} {(report.WarningCount == 1 ? "warning" : "warnings")} acknowledged with a note");
        var body = string.Join(
            "\n\n",
            resubmitted
                ? $"{collegeName} resubmitted the IET proposal \"{proposal.Title}\" as version {version}, after its return with required changes."
                : $"{collegeName} submitted the IET proposal \"{proposal.Title}\" as version {version} for review by the WTCS System Office.",
            $"Compliance check at submission: {warnings} (rule set {report.RuleSetVersion}).",
            resubmitted
                ? $"The review page shows what changed since the returned version and which required changes the college marked addressed:\n{link}"
                : $"Claim or assign it from the review page:\n{link}",
            "You receive this message as a state reviewer of IetPortal.");
        foreach (var address in recipients)
        {
            outbox.Enqueue(resubmitted ? ResubmittedKind : SubmittedKind, address, subject, body, proposalId: proposal.Id);
        }

        return recipients.Count;
    }

    private async Task<IReadOnlyList<string>> RecipientsAsync(IetProposal proposal, bool resubmitted, CancellationToken cancellationToken)
    {
        var reviewerRole = db.Roles.Where(r => r.Name == RoleNames.StateReviewer).Select(r => r.Id);
        var reviewers = await db.Users.AsNoTracking()
            .Where(u => u.Email != null && db.UserRoles.Any(ur => ur.UserId == u.Id && reviewerRole.Contains(ur.RoleId)))
            // PRODUCT.md: a reviewer never reviews a college for which they declared a conflict of interest.
            .Where(u => !db.ConflictOfInterestDeclarations.Any(d => d.ReviewerId == u.Id && d.CollegeId == proposal.CollegeId))
            .OrderBy(u => u.Email)
            .Select(u => new { u.Id, Email = u.Email! })
            .ToListAsync(cancellationToken);
        if (resubmitted && reviewers.FirstOrDefault(r => r.Id == proposal.AssignedReviewerId) is { } assigned)
        {
            return [assigned.Email];
        }

        return reviewers.Select(r => r.Email).ToList();
    }
}
