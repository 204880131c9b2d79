using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.Compliance;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using IetPortal.Web.Features.Editor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Compliance;

/// <summary>
/// "Check and submit": the college's full compliance report of a draft and a readiness check that runs the submission
/// gate (errors block; each warning needs a note). The readiness check stores nothing: when the proposal is ready it
/// offers to continue to the submission's confirmation page with the notes. Reviewers read the report stored with each
/// submitted version, not this page.
/// </summary>
[Route("proposals/{id:int}/check")]
[Authorize(Policy = Policies.CollegeStaff)]
public sealed class ComplianceController(
    IetPortalDbContext db, ProposalAccess access, ComplianceService compliance, EditorPages pages, IValidator<ReadinessForm> validator)
    : ProposalControllerBase(access)
{
    [HttpGet("")]
    public async Task<IActionResult> Check(int id)
    {
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        return await ShowAsync(id, posted: null, runGate: false);
    }

    [HttpPost("")]
    public async Task<IActionResult> Check(int id, [Bind(Prefix = "Form")] ReadinessForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        return await ShowAsync(id, form, runGate: true);
    }

    private async Task<IActionResult> ShowAsync(int id, ReadinessForm? posted, bool runGate)
    {
        var ct = HttpContext.RequestAborted;
        var proposal = await db.Proposals.WithWholeProposal().AsNoTracking().SingleAsync(p => p.Id == id, ct);
        if (!proposal.IsEditable)
        {
            TempData["Status"] = $"This proposal is {Shared.DisplayText.Humanize(proposal.Status).ToLowerInvariant()}: its report is kept with the submitted version.";
            return Redirect($"/proposals/{id}");
        }

        var report = await compliance.EvaluateAsync(proposal, ct);
        var header = await pages.HeaderAsync(proposal, EditorSections.CheckAndSubmitPage, report, ct);

        // The rows follow the report as it is now, so the indexes of the notes match the page that is shown.
        var form = CheckPage.RowsFor(report, posted);
        SubmissionGateResult? gate = null;
        if (runGate)
        {
            // Validate the rebuilt rows, so each error and each attempted value sits on the row the page shows.
            ModelState.Clear();
            (await validator.ValidateAsync(form, ct)).AddToModelState(ModelState, "Form");
            if (ModelState.IsValid)
            {
                gate = SubmissionGate.Check(report, form.Acknowledgements.ToDictionary(r => r.RuleId!, r => r.Note ?? "", StringComparer.Ordinal));
                ReportGate(report, form, gate);
            }
        }

        return View(CheckPage.For(proposal, header, report, form, gate));
    }

    /// <summary>What still stands in the way, in the error summary: each blocking error and each warning without a note.</summary>
    private void ReportGate(ComplianceReport report, ReadinessForm form, SubmissionGateResult gate)
    {
        foreach (var ruleId in gate.BlockingRuleIds)
        {
            ModelState.AddModelError(CheckPage.FindingKey(ruleId), $"Not met, blocks submission: {report.Find(ruleId)!.Title}.");
        }

        foreach (var ruleId in gate.UnacknowledgedWarningRuleIds)
        {
            var index = form.Acknowledgements.FindIndex(r => r.RuleId == ruleId);
            ModelState.AddModelError($"Form.Acknowledgements[{index}].Note", $"Write a note acknowledging the warning: {report.Find(ruleId)!.Title}.");
        }
    }
}
