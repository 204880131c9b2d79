using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using IetPortal.Web.Features.Compliance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Submission;

/// <summary>
/// Submit (Draft) and Resubmit (Returned): the final confirmation page, then the workflow decides with the compliance
/// report and the acknowledgement notes; <see cref="ProposalWorkflow"/> records the immutable version, and the audit
/// event and the reviewers' emails are written in the same SaveChanges. Afterwards the proposal is read-only for the
/// college until it is returned.
/// </summary>
[Route("proposals/{id:int}/submit")]
[Authorize(Policy = Policies.CollegeStaff)]
public sealed class SubmissionController(
    IetPortalDbContext db,
    ProposalAccess access,
    ComplianceService compliance,
    AuditScope audit,
    SubmissionEmails emails,
    TimeProvider clock,
    IValidator<SubmitForm> validator) : WorkflowControllerBase(access)
{
    [HttpGet("")]
    public async Task<IActionResult> Submit(int id)
    {
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var proposal = await db.Proposals.WithWholeProposal().AsNoTracking().SingleAsync(p => p.Id == id, ct);
        var actor = await WorkflowActors.ForAsync(User, db, ct);
        var action = ActionFor(proposal);
        if (Ineligible(action, proposal, actor) is { } refused)
        {
            return Refused(id, refused);
        }

        var report = await compliance.EvaluateAsync(proposal, ct);
        var form = SubmitPage.RowsFor(report, null);
        form.Stamp = proposal.ConcurrencyStamp;
        return View(await PageAsync(proposal, action, report, form, ct));
    }

    [HttpPost("")]
    public async Task<IActionResult> Submit(int id, [Bind(Prefix = "Form")] SubmitForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var proposal = await db.Proposals.WithWholeProposal().SingleAsync(p => p.Id == id, ct);
        var actor = await WorkflowActors.ForAsync(User, db, ct);
        var action = ActionFor(proposal);
        if (Ineligible(action, proposal, actor) is { } refused)
        {
            return Refused(id, refused);
        }

        // The rows follow the report as it is now, so each note and each error sits on the row the page shows.
        var report = await compliance.EvaluateAsync(proposal, ct);
        var rows = SubmitPage.RowsFor(report, form);
        ModelState.Clear();
        if (!form.IsSubmit)
        {
            // The check page's readiness form posts its notes here: show the confirmation with them filled in.
            rows.Stamp = proposal.ConcurrencyStamp;
            return View(await PageAsync(proposal, action, report, rows, ct));
        }

        (await validator.ValidateAsync(rows, ct)).AddToModelState(ModelState, "Form");
        if (ModelState.IsValid && rows.Stamp != proposal.ConcurrencyStamp)
        {
            // WCAG 3.3.4: the user confirmed what the page showed; a colleague's edit since then must be seen first.
            ModelState.AddModelError(
                "",
                "A colleague changed the proposal after this page was opened. The summary and the compliance check below are up to date: review them, then confirm again.");
            rows.Stamp = proposal.ConcurrencyStamp;
            rows.Confirmed = false;
        }

        if (!ModelState.IsValid)
        {
            return View(await PageAsync(proposal, action, report, rows, ct));
        }

        var number = proposal.NextVersionNumber;
        var snapshot = await ProposalSnapshot.CaptureAsync(db, proposal, ct);
        var acknowledgements = rows.Acknowledgements
            .Where(r => r.RuleId is not null)
            .ToDictionary(r => r.RuleId!, r => r.Note ?? "", StringComparer.Ordinal);
        var submission = new Domain.Workflow.Submission(report, acknowledgements, snapshot.ToJson());
        var now = clock.GetUtcNow().UtcDateTime;
        var result = action == WorkflowAction.Resubmit
            ? ProposalWorkflow.Resubmit(proposal, actor, submission, now)
            : ProposalWorkflow.Submit(proposal, actor, submission, now);
        if (!result.IsAllowed)
        {
            if (result.Refusal != RefusalKind.GuardNotMet)
            {
                return Refused(id, result);
            }

            ReportRefusal(report, rows, acknowledgements, result);
            return View(await PageAsync(proposal, action, report, rows, ct));
        }

        audit.Section = ProposalSection.CheckAndSubmit.ToString();
        audit.Action = $"Submitted version {number.ToString(CultureInfo.InvariantCulture)}";
        audit.Details = Details(action, number, report);
        var recipients = await emails.EnqueueAsync(proposal, action, number, snapshot.Names.CollegeName, report, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The proposal's concurrency stamp or the unique version number: someone submitted or withdrew it first.
            return ChangedMeanwhile(id, "The proposal was not submitted.");
        }

        TempData["Status"] = string.Create(
            CultureInfo.InvariantCulture,
            $"Version {number} was sent to the WTCS System Office for review{(recipients == 0 ? "" : $" and {recipients} {(recipients == 1 ? "reviewer was" : "reviewers were")} notified by email")}. It stays read-only for your college until a reviewer returns it.");
        return Redirect($"/proposals/{id}");
    }

    /// <summary>Submit from a draft, Resubmit from a returned proposal; in any other state Submit is refused with the reason.</summary>
    private static WorkflowAction ActionFor(IetProposal proposal) =>
        proposal.Status == ProposalStatus.Returned ? WorkflowAction.Resubmit : WorkflowAction.Submit;

    /// <summary>Who-and-when refusals (another college, another role, a state that has no such action); null when only the input remains to check.</summary>
    private static TransitionResult? Ineligible(WorkflowAction action, IetProposal proposal, WorkflowActor actor)
    {
        var result = ReviewWorkflow.Decide(action, ProposalState.Of(proposal), actor);
        return result.Refusal is RefusalKind.NotPermitted or RefusalKind.NotInThisState ? result : null;
    }

    /// <summary>The reasons of a refused submission in the error summary, each on the row it is about.</summary>
    private void ReportRefusal(ComplianceReport report, SubmitForm rows, IReadOnlyDictionary<string, string> acknowledgements, TransitionResult result)
    {
        var gate = SubmissionGate.Check(report, acknowledgements);
        foreach (var ruleId in gate.BlockingRuleIds)
        {
            ModelState.AddModelError(SubmitPage.FindingKey(ruleId), $"Not met, blocks submission: {report.Find(ruleId)!.Title}.");
        }

        foreach (var ruleId in gate.UnacknowledgedWarningRuleIds)
        {
            var index = rows.Acknowledgements.FindIndex(r => r.RuleId == ruleId);
            ModelState.AddModelError(
                $"Form.Acknowledgements[{index.ToString(CultureInfo.InvariantCulture)}].Note",
                $"Write a note acknowledging the warning: {report.Find(ruleId)!.Title}.");
        }

        if (gate.IsAllowed)
        {
            foreach (var reason in result.Reasons)
            {
                ModelState.AddModelError("", reason);
            }
        }

        rows.Confirmed = false;
    }

    private async Task<SubmitPage> PageAsync(IetProposal proposal, WorkflowAction action, ComplianceReport report, SubmitForm form, CancellationToken ct)
    {
        var snapshot = await ProposalSnapshot.CaptureAsync(db, proposal, ct);
        var requiredChanges = (0, 0);
        if (action == WorkflowAction.Resubmit)
        {
            // This round's required changes: released with the return of the last submitted version.
            var answers = await db.ReviewComments.AsNoTracking()
                .Where(c => c.IetProposalId == proposal.Id && c.IsRequiredChange && c.Visibility == CommentVisibility.ForCollege
                    && c.ReleasedAtUtc != null && c.ReleasedAtUtc >= proposal.SubmittedAtUtc)
                .Select(c => c.AddressedAtUtc != null)
                .ToListAsync(ct);
            requiredChanges = (answers.Count, answers.Count(a => a));
        }

        return SubmitPage.For(proposal, action, snapshot, report, form, requiredChanges);
    }

    private static string Details(WorkflowAction action, int number, ComplianceReport report)
    {
        var warnings = report.WarningCount == 0
            ? "no warnings"
            : string.Create(CultureInfo.InvariantCulture, $"{report.WarningCount} {(report.WarningCount == 1 ? "warning" : "warnings")} acknowledged with a note");
        var resubmission = action == WorkflowAction.Resubmit
            ? string.Create(CultureInfo.InvariantCulture, $"Resubmitted after the return of version {number - 1}. ")
            : "";
        return $"{resubmission}Compliance check: no errors, {warnings} (rule set {report.RuleSetVersion}).";
    }
}
