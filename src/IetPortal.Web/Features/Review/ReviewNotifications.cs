using System.Globalization;
using IetPortal.Domain.Common;
using IetPortal.Domain.Reviews;
using IetPortal.Infrastructure.Email;
using IetPortal.Infrastructure.Notifications;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace IetPortal.Web.Features.Review;

/// <summary>
/// The reviewer side's emails (issue 5: assign → the reviewer; return and approve → the college's authors; a daily
/// reminder when the review clock runs late). Each is only added to the outbox of the caller's unit of work, so it is
/// written by the same SaveChanges as the change it announces.
/// </summary>
public sealed class ReviewNotifications(IetPortalDbContext db, NotificationOutbox outbox, IOptions<EmailOptions> email)
{
    public const string ReviewerAssignedKind = "ReviewerAssigned";
    public const string ProposalReturnedKind = "ProposalReturned";
    public const string ProposalApprovedKind = "ProposalApproved";
    public const string ReviewClockReminderKind = "ReviewClockReminder";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>An absolute link for an email, from the configured public address of the site.</summary>
    public string Link(string path) => email.Value.PublicBaseUrl.TrimEnd('/') + path;

    public async Task ReviewerAssignedAsync(int proposalId, string title, string collegeName, string reviewerId, bool claimed, CancellationToken ct)
    {
        var address = await db.Users.AsNoTracking().Where(u => u.Id == reviewerId).Select(u => u.Email).FirstOrDefaultAsync(ct);
        if (string.IsNullOrWhiteSpace(address))
        {
            return;
        }

        var how = claimed ? "You claimed" : "You were assigned";
        outbox.Enqueue(
            ReviewerAssignedKind,
            address,
            $"Assigned to you for review: {title}",
            $"{how} the IET proposal \u201c{title}\u201d of {collegeName} for review.\n\n"
                + $"Open the review: {Link($"/review/{proposalId}")}\n",
            proposalId: proposalId);
    }

    public async Task<IReadOnlyList<string>> ReturnedAsync(int proposalId, string title, int versionNumber, int requiredChanges, string? summary, CancellationToken ct)
    {
        var recipients = await AuthorAddressesAsync(proposalId, ct);
        var changes = requiredChanges == 1 ? "1 required change" : $"{requiredChanges} required changes";
        var body = $"The WTCS System Office returned version {versionNumber} of the IET proposal \u201c{title}\u201d with {changes}.\n\n"
            + (string.IsNullOrWhiteSpace(summary) ? "" : $"Summary from the reviewer:\n{summary.Trim()}\n\n")
            + "Each required change is a to-do in IetPortal: mark it addressed, reply if you wish, then resubmit.\n\n"
            + $"Open the proposal: {Link($"/proposals/{proposalId}")}\n";
        foreach (var address in recipients)
        {
            outbox.Enqueue(ProposalReturnedKind, address, $"Returned with required changes: {title}", body, proposalId: proposalId);
        }

        return recipients;
    }

    public async Task<IReadOnlyList<string>> ApprovedAsync(int proposalId, string title, ReviewDecision decision, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var recipients = await AuthorAddressesAsync(proposalId, ct);
        var body = $"The WTCS System Office approved the IET proposal \u201c{title}\u201d.\n\n"
            + $"Approval number: {decision.ApprovalNumber}\n"
            + $"Effective: {decision.EffectiveFrom?.ToString("MMMM d, yyyy", English)} to {decision.EffectiveTo?.ToString("MMMM d, yyyy", English)}\n\n"
            + $"Read and print the decision letter: {Link($"/proposals/{proposalId}/decision-letter")}\n";
        foreach (var address in recipients)
        {
            outbox.Enqueue(ProposalApprovedKind, address, $"Approved: {title}", body, proposalId: proposalId);
        }

        return recipients;
    }

    public void ReviewClockLate(int proposalId, string title, string collegeName, ReviewClock reviewClock, IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(reviewClock);
        ArgumentNullException.ThrowIfNull(addresses);
        foreach (var address in addresses)
        {
            outbox.Enqueue(
                ReviewClockReminderKind,
                address,
                $"Review clock late: {title}",
                $"The review of the IET proposal \u201c{title}\u201d of {collegeName} is late. {reviewClock.Text}.\n\n"
                    + $"Open the review: {Link($"/review/{proposalId}")}\n",
                proposalId: proposalId);
        }
    }

    /// <summary>
    /// The college's authors: its staff who created or edited the proposal (from the audit trail), or every staff member
    /// of the college when none of them can be found (say, the proposal was imported).
    /// </summary>
    public async Task<IReadOnlyList<string>> AuthorAddressesAsync(int proposalId, CancellationToken ct)
    {
        var collegeId = await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId).Select(p => p.CollegeId).SingleAsync(ct);
        var staff = db.Users.AsNoTracking().Where(u => u.CollegeId == collegeId && u.Email != null
            && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == RoleNames.CollegeStaff)));
        var authors = await staff
            .Where(u => db.AuditEvents.Any(e => e.IetProposalId == proposalId && e.UserId == u.Id))
            .OrderBy(u => u.Email)
            .Select(u => u.Email!)
            .ToListAsync(ct);
        return authors.Count > 0 ? authors : await staff.OrderBy(u => u.Email).Select(u => u.Email!).ToListAsync(ct);
    }
}
