using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using IetPortal.Web.Features.Review;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Decisions;

/// <summary>
/// The two decisions on a version under review (PRODUCT.md "Return", "Approve") and the decision letter an approval
/// issues. The workflow decides (assigned reviewer, no conflict, in review, the guards); the action records the
/// ReviewDecision, releases the round's comments for the college, writes the audit event and the emails, and saves
/// once. A version can be decided once (unique index), so of two decisions at the same moment exactly one is
/// recorded and the other is told who decided first, never shown an error page.
/// </summary>
public sealed class DecisionsController(
    IetPortalDbContext db,
    ProposalAccess access,
    ReviewActors actors,
    ReviewPages pages,
    ReviewNotifications notifications,
    AuditScope audit,
    TimeProvider clock) : ProposalControllerBase(access)
{
    public const string ChecklistKey = "Checklist";
    public const string ReturnKey = "Return";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [HttpPost("/review/{id:int}/return")]
    [Authorize(Policy = Policies.StateReviewer)]
    public async Task<IActionResult> Return(
        int id, [Bind(Prefix = "Return")] ReturnForm form, [FromServices] IValidator<ReturnForm> validator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(validator);
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        var version = await LatestVersionAsync(id, cancellationToken);
        if (proposal is null || version is null)
        {
            return NotFound();
        }

        var actor = await actors.CurrentAsync(User, cancellationToken);
        var comments = await db.ReviewComments.Where(c => c.IetProposalId == id && c.ReleasedAtUtc == null).ToListAsync(cancellationToken);
        var decided = ReviewWorkflow.Decide(WorkflowAction.Return, ProposalState.Of(proposal), actor, new WorkflowInput { Comments = comments });
        if (decided.Refusal is RefusalKind.NotPermitted or RefusalKind.NotInThisState)
        {
            return await RefusedAsync(id, version.Value.Id, "return", decided, cancellationToken);
        }

        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState, "Return");
        foreach (var reason in decided.Reasons)
        {
            ModelState.AddModelError(ReturnKey, reason);
        }

        if (!ModelState.IsValid)
        {
            return await this.ReviewPageAsync(pages, id, new ReviewPagePosted { Return = form }, cancellationToken);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var requiredChanges = comments.Count(c => c.IsRequiredChange && c.Visibility == CommentVisibility.ForCollege);
        ProposalWorkflow.Return(proposal, actor, comments, now);
        db.ReviewDecisions.Add(new ReviewDecision
        {
            IetProposalId = id,
            ProposalVersionId = version.Value.Id,
            Kind = DecisionKind.Returned,
            DecidedAtUtc = now,
            DecidedByUserId = actor.UserId,
            Summary = form.Summary!.Trim(),
        });
        audit.Action = "Returned with required changes";
        audit.Details = $"Version {version.Value.Number} returned with {Count(requiredChanges, "required change")}";
        await notifications.ReturnedAsync(id, proposal.Title, version.Value.Number, requiredChanges, form.Summary, cancellationToken);
        if (await SaveDecisionAsync(id, version.Value.Id, "return", cancellationToken) is { } lost)
        {
            return lost;
        }

        TempData["Status"] = $"Version {version.Value.Number} was returned to the college with {Count(requiredChanges, "required change")}; its authors were notified by email.";
        return Redirect($"/review/{id}");
    }

    [HttpGet("/review/{id:int}/approve")]
    [Authorize(Policy = Policies.StateReviewer)]
    public async Task<IActionResult> Approve(int id, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await ShowApproveAsync(id, new ApproveForm { EffectiveFrom = today }, validated: false, cancellationToken);
    }

    [HttpPost("/review/{id:int}/approve")]
    [Authorize(Policy = Policies.StateReviewer)]
    public async Task<IActionResult> Approve(
        int id, [Bind(Prefix = "Approve")] ApproveForm form, [FromServices] IValidator<ApproveForm> validator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(validator);
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        var version = await LatestVersionAsync(id, cancellationToken);
        if (proposal is null || version is null)
        {
            return NotFound();
        }

        var actor = await actors.CurrentAsync(User, cancellationToken);
        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState, "Approve");
        var number = form.ApprovalNumber?.Trim();
        if (ModelState.IsValid && await ApprovalNumberTakenAsync(number!, cancellationToken))
        {
            ModelState.AddModelError("Approve.ApprovalNumber", $"The approval number {number} is already used by another approval: enter a new one.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var details = new ApprovalDetails(number, today, form.EffectiveFrom, form.EffectiveTo);
        var ratings = await RatingsAsync(version.Value.Id, actor.UserId, cancellationToken);
        var comments = await db.ReviewComments.Where(c => c.IetProposalId == id && c.ReleasedAtUtc == null).ToListAsync(cancellationToken);
        var amended = proposal.AmendsProposalId is { } amendsId
            ? await db.Proposals.SingleOrDefaultAsync(p => p.Id == amendsId, cancellationToken)
            : null;

        // The form's own messages already say what is missing in it; the workflow adds what lies outside the form.
        var guardDetails = ModelState.IsValid ? details : new ApprovalDetails("-", today, today, today);
        var state = ProposalState.Of(proposal, amendedProposalStatus: amended?.Status);
        var decided = ReviewWorkflow.Decide(WorkflowAction.Approve, state, actor, new WorkflowInput { Ratings = ratings, Approval = guardDetails, Comments = comments });
        if (decided.Refusal is RefusalKind.NotPermitted or RefusalKind.NotInThisState)
        {
            return await RefusedAsync(id, version.Value.Id, "approval", decided, cancellationToken);
        }

        foreach (var reason in decided.Reasons)
        {
            ModelState.AddModelError(ChecklistKey, reason);
        }

        if (!ModelState.IsValid)
        {
            return await ShowApproveAsync(id, form, validated: true, cancellationToken);
        }

        ProposalWorkflow.Approve(proposal, actor, details, ratings, comments, now, amended);
        var decision = new ReviewDecision
        {
            IetProposalId = id,
            ProposalVersionId = version.Value.Id,
            Kind = DecisionKind.Approved,
            DecidedAtUtc = now,
            DecidedByUserId = actor.UserId,
            ApprovalNumber = number,
            EffectiveFrom = form.EffectiveFrom,
            EffectiveTo = form.EffectiveTo,
        };
        db.ReviewDecisions.Add(decision);
        audit.Action = "Approved";
        audit.Details = $"Version {version.Value.Number} approved as {number}, effective {Shared.DisplayText.Date(form.EffectiveFrom)} to {Shared.DisplayText.Date(form.EffectiveTo)}";
        await notifications.ApprovedAsync(id, proposal.Title, decision, cancellationToken);
        if (await SaveDecisionAsync(id, version.Value.Id, "approval", cancellationToken) is { } lost)
        {
            if (await ApprovalNumberTakenAsync(number!, cancellationToken) && await DecisionOfAsync(version.Value.Id, cancellationToken) is null)
            {
                // Another approval took the same number a moment earlier: ask for a new one.
                ModelState.AddModelError("Approve.ApprovalNumber", $"The approval number {number} was just used by another approval: enter a new one.");
                return await ShowApproveAsync(id, form, validated: true, cancellationToken);
            }

            return lost;
        }

        TempData["Status"] = $"Approved as {number}. The decision letter is ready, and the college's authors were notified by email.";
        return Redirect($"/review/{id}");
    }

    [HttpGet("/proposals/{id:int}/decision-letter")]
    [Authorize(Policy = Policies.SignedIn)]
    public async Task<IActionResult> DecisionLetter(int id, CancellationToken cancellationToken)
    {
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        var letter = await DecisionLetterPage.LoadAsync(db, id, cancellationToken);
        return letter is null ? NotFound() : View(letter);
    }

    private async Task<IActionResult> ShowApproveAsync(int id, ApproveForm form, bool validated, CancellationToken ct)
    {
        var version = await LatestVersionAsync(id, ct);
        var header = await db.Proposals.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new
            {
                p.Title,
                p.Status,
                p.CollegeId,
                p.AssignedReviewerId,
                p.AmendsProposalId,
                CollegeName = db.Colleges.Where(c => c.Id == p.CollegeId).Select(c => c.Name).First(),
                AmendedStatus = db.Proposals.Where(a => a.Id == p.AmendsProposalId).Select(a => (ProposalStatus?)a.Status).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (header is null || version is null)
        {
            return NotFound();
        }

        var actor = await actors.CurrentAsync(User, ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var ratings = await RatingsAsync(version.Value.Id, actor.UserId, ct);
        var comments = await db.ReviewComments.AsNoTracking().Where(c => c.IetProposalId == id && c.ReleasedAtUtc == null).ToListAsync(ct);
        var state = new ProposalState(header.Status, header.CollegeId, header.AssignedReviewerId, header.AmendsProposalId, AmendedProposalStatus: header.AmendedStatus);

        // What still stands in the way apart from the form, shown before the reviewer fills it in.
        var readiness = ReviewWorkflow.Decide(
            WorkflowAction.Approve, state, actor, new WorkflowInput { Ratings = ratings, Approval = new ApprovalDetails("-", today, today, today), Comments = comments });
        if (readiness.Refusal is RefusalKind.NotPermitted or RefusalKind.NotInThisState)
        {
            return await RefusedAsync(id, version.Value.Id, "approval", readiness, ct);
        }

        var approver = await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).SingleAsync(ct);
        return View("Approve", new ApprovePage(
            id,
            header.Title,
            header.CollegeName,
            version.Value.Number,
            [.. CriterionText.All.Select(c => new CriterionLine(c, CriterionText.Rating(ratings.FirstOrDefault(r => r.Criterion == c)?.Rating)))],
            comments.Count(c => c.Visibility == CommentVisibility.ForCollege),
            validated ? [] : readiness.Reasons,
            today,
            approver,
            form));
    }

    /// <summary>
    /// Saves the decision. If another decision on this version won the race (unique index) or the proposal changed
    /// meanwhile (concurrency stamp), answers with a redirect and a clear message instead; null when saved.
    /// </summary>
    private async Task<IActionResult?> SaveDecisionAsync(int id, int versionId, string attempted, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await AlreadyDecidedAsync(versionId, attempted, ct) is { } message)
            {
                TempData[ReviewResponses.RefusalKey] = message;
                return Redirect($"/review/{id}");
            }

            // Not decided by someone else: reassigned or withdrawn in between. Say what the workflow says now.
            var proposal = await db.Proposals.AsNoTracking().SingleAsync(p => p.Id == id, ct);
            var actor = await actors.CurrentAsync(User, ct);
            var action = attempted == "return" ? WorkflowAction.Return : WorkflowAction.Approve;
            var now = ReviewWorkflow.Decide(action, ProposalState.Of(proposal), actor);
            TempData[ReviewResponses.RefusalKey] = $"This proposal changed while you were deciding, so your {attempted} was not recorded. {now.Reason}";
            return Redirect($"/review/{id}");
        }
    }

    private async Task<IActionResult> RefusedAsync(int id, int versionId, string attempted, TransitionResult result, CancellationToken ct)
    {
        if (result.Refusal == RefusalKind.NotInThisState && await AlreadyDecidedAsync(versionId, attempted, ct) is { } message)
        {
            TempData[ReviewResponses.RefusalKey] = message;
            return Redirect($"/review/{id}");
        }

        return this.Refused(id, result);
    }

    /// <summary>"This proposal was already approved by Renee Olson on Mar 2, 2027, so your return was not recorded."</summary>
    private async Task<string?> AlreadyDecidedAsync(int versionId, string attempted, CancellationToken ct)
    {
        var decision = await DecisionOfAsync(versionId, ct);
        if (decision is null)
        {
            return null;
        }

        var what = decision.Kind == DecisionKind.Approved ? "approved" : "returned";
        return $"This proposal was already {what} by {decision.By ?? "another reviewer"} on {Shared.DisplayText.Date(decision.At)}, so your {attempted} was not recorded.";
    }

    private async Task<DecisionFact?> DecisionOfAsync(int versionId, CancellationToken ct) =>
        await db.ReviewDecisions.AsNoTracking()
            .Where(d => d.ProposalVersionId == versionId)
            .Select(d => new DecisionFact(d.Kind, d.DecidedAtUtc, db.Users.Where(u => u.Id == d.DecidedByUserId).Select(u => u.DisplayName).FirstOrDefault()))
            .FirstOrDefaultAsync(ct);

    private async Task<bool> ApprovalNumberTakenAsync(string number, CancellationToken ct)
    {
        // Case-insensitively, on every provider: IET-2027-0042 and iet-2027-0042 name the same approval.
        var upper = number.ToUpperInvariant();

        // CA1862 prefers string.Equals with a StringComparison, which EF Core cannot translate to SQL; UPPER() it is.
#pragma warning disable CA1862
        return await db.ReviewDecisions.AsNoTracking().AnyAsync(d => d.ApprovalNumber != null && d.ApprovalNumber.ToUpper() == upper, ct);
#pragma warning restore CA1862
    }

    private async Task<(int Id, int Number)?> LatestVersionAsync(int id, CancellationToken ct)
    {
        var version = await db.ProposalVersions.AsNoTracking().Where(v => v.IetProposalId == id)
            .OrderByDescending(v => v.Number).Select(v => new { v.Id, v.Number }).FirstOrDefaultAsync(ct);
        return version is null ? null : (version.Id, version.Number);
    }

    private async Task<List<CriterionRating>> RatingsAsync(int versionId, string reviewerId, CancellationToken ct) =>
        await db.Reviews.AsNoTracking()
            .Where(r => r.ProposalVersionId == versionId && r.ReviewerId == reviewerId)
            .SelectMany(r => r.Ratings)
            .ToListAsync(ct);

    private static string Count(int count, string noun) =>
        count == 1 ? $"1 {noun}" : $"{count.ToString(English)} {noun}s";

    private sealed record DecisionFact(DecisionKind Kind, DateTime At, string? By);
}
