using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Submission;

/// <summary>What the withdrawal confirmation shows.</summary>
public sealed record WithdrawPage(int ProposalId, string Title, ProposalStatus Status, WithdrawForm Form);

/// <summary>
/// The college's other workflow actions: Withdraw (Draft, Submitted, Returned; for good, so confirmed on a page of its
/// own) and Start an amendment of an approved program (a new draft that amends it, opened in the editor).
/// </summary>
[Route("proposals/{id:int}")]
[Authorize(Policy = Policies.CollegeStaff)]
public sealed class WithdrawalController(IetPortalDbContext db, ProposalAccess access, AuditScope audit, IValidator<WithdrawForm> validator)
    : WorkflowControllerBase(access)
{
    private const string WithdrawView = "/Features/Submission/Withdraw.cshtml";

    [HttpGet("withdraw")]
    public async Task<IActionResult> Withdraw(int id)
    {
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var proposal = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == id, ct);
        var decision = ReviewWorkflow.Decide(WorkflowAction.Withdraw, ProposalState.Of(proposal), await WorkflowActors.ForAsync(User, db, ct));
        if (!decision.IsAllowed)
        {
            return Refused(id, decision);
        }

        return View(WithdrawView, new WithdrawPage(id, proposal.Title, proposal.Status, new WithdrawForm()));
    }

    [HttpPost("withdraw")]
    public async Task<IActionResult> Withdraw(int id, [Bind(Prefix = "Form")] WithdrawForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var proposal = await db.Proposals.SingleAsync(p => p.Id == id, ct);
        (await validator.ValidateAsync(form, ct)).AddToModelState(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return View(WithdrawView, new WithdrawPage(id, proposal.Title, proposal.Status, form));
        }

        var result = ProposalWorkflow.Withdraw(proposal, await WorkflowActors.ForAsync(User, db, ct));
        if (!result.IsAllowed)
        {
            return Refused(id, result);
        }

        audit.Section = ProposalSection.CheckAndSubmit.ToString();
        audit.Action = "Withdrawn";
        audit.Details = string.IsNullOrWhiteSpace(form.Reason) ? null : "Reason: " + form.Reason.Trim();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangedMeanwhile(id, "The proposal was not withdrawn.");
        }

        TempData["Status"] = "The proposal was withdrawn. It stays readable, but nobody can act on it any more.";
        return Redirect($"/proposals/{id}");
    }

    [HttpPost("amend")]
    public async Task<IActionResult> StartAmendment(int id)
    {
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var approved = await db.Proposals.WithWholeProposal().SingleAsync(p => p.Id == id, ct);
        var inProgress = await db.Proposals.AnyAsync(
            p => p.AmendsProposalId == id && (p.Status == ProposalStatus.Draft || p.Status == ProposalStatus.Submitted
                || p.Status == ProposalStatus.InReview || p.Status == ProposalStatus.Returned),
            ct);
        var start = ProposalWorkflow.StartAmendment(approved, await WorkflowActors.ForAsync(User, db, ct), inProgress);
        if (start.Amendment is not { } amendment)
        {
            return Refused(id, start.Result);
        }

        // Touching the approved program puts its concurrency stamp between two colleagues starting an amendment at once:
        // only one of them saves, so the program never has two amendments in progress.
        db.Entry(approved).Property(p => p.UpdatedAtUtc).IsModified = true;
        db.Proposals.Add(amendment);
        audit.Section = ProposalSection.Overview.ToString();
        audit.Action = "Amendment started";
        audit.Details = $"Amendment of the approved program \"{approved.Title}\"";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangedMeanwhile(id, "No amendment was started.");
        }

        TempData["Status"] = "An amendment was started as a new draft. The approved program stays in force and in the catalog until the amendment is approved.";
        return Redirect($"/proposals/{amendment.Id}/edit/overview");
    }
}
