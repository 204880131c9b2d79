using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.Common;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Review;

/// <summary>
/// The state reviewer's home (the queue: unassigned, assigned to me, all), claiming and assigning, and the review page
/// of one proposal. The workflow decides who may do what; this controller binds, validates, calls it and saves once.
/// </summary>
[Route("review")]
[Authorize(Policy = Policies.ReviewerOrAdministrator)]
public sealed class ReviewController(
    IetPortalDbContext db,
    ReviewActors actors,
    ReviewPages pages,
    ReviewAssignments assignments,
    ProposalAccess access,
    TimeProvider clock) : ProposalControllerBase(access)
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ReviewQueueQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var actor = await actors.CurrentAsync(User, cancellationToken);
        var isReviewer = actor.HasRole(RoleNames.StateReviewer);
        var colleges = await db.Colleges.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new FilterOption(c.Id, c.Name)).ToListAsync(cancellationToken);
        var pathways = await db.CareerPathways.AsNoTracking().OrderBy(w => w.Name)
            .Select(w => new FilterOption(w.Id, w.Name)).ToListAsync(cancellationToken);
        var filter = ReviewQueueFilter.From(query, isReviewer, colleges.Select(c => c.Id).ToHashSet(), pathways.Select(w => w.Id).ToHashSet());

        var matching = ReviewQueueQueries.Matching(db, filter, actor.UserId);
        var total = await matching.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + ReviewQueueFilter.PageSize - 1) / ReviewQueueFilter.PageSize);
        if (filter.Page > pageCount)
        {
            filter = filter with
            {
                Page = pageCount,
                Notes = total == 0 ? filter.Notes : [.. filter.Notes, $"There is no page {filter.Page}, so the last page, {pageCount}, is shown."],
            };
        }

        var rows = await ReviewQueueQueries.Page(db, matching, filter).ToListAsync(cancellationToken);
        var reviewers = await actors.ReviewersAsync(cancellationToken);
        var target = await ReviewClock.TargetDaysAsync(db, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var items = rows.Select(row =>
        {
            var permitted = ReviewWorkflow.PermittedActions(new ProposalState(row.Status, row.CollegeId, row.AssignedReviewerId), actor);
            return new ReviewQueueItem(
                row,
                ReviewClock.For(row.Status, row.SubmittedAtUtc, now, target),
                permitted.Contains(WorkflowAction.Claim),
                permitted.Contains(WorkflowAction.Assign),
                [.. reviewers.Where(r => r.MayReview(row.CollegeId) && !string.Equals(r.Id, row.AssignedReviewerId, StringComparison.Ordinal))]);
        }).ToList();

        return View(new ReviewQueuePage(filter, colleges, pathways, items, total, pageCount, target, isReviewer));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        await ShowAsync(id, posted: null, cancellationToken);

    [HttpPost("{id:int}/claim")]
    [Authorize(Policy = Policies.StateReviewer)]
    public async Task<IActionResult> Claim(int id, [FromForm] string? returnUrl, CancellationToken cancellationToken)
    {
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        var outcome = await assignments.ClaimAsync(id, User, cancellationToken);
        return AfterAssignment(id, outcome, LocalOr(returnUrl, $"/review/{id}"));
    }

    [HttpPost("{id:int}/assign")]
    public async Task<IActionResult> Assign(
        int id, [Bind(Prefix = "Assign")] AssignForm form, [FromServices] IValidator<AssignForm> validator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(validator);
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState, "Assign");
        if (!ModelState.IsValid)
        {
            return await ShowAsync(id, new ReviewPagePosted { Assign = form }, cancellationToken);
        }

        var outcome = await assignments.AssignAsync(id, User, form.ReviewerId, cancellationToken);
        if (outcome.Result is { Refusal: RefusalKind.GuardNotMet } refused)
        {
            foreach (var reason in refused.Reasons)
            {
                ModelState.AddModelError("Assign.ReviewerId", reason);
            }

            return await ShowAsync(id, new ReviewPagePosted { Assign = form }, cancellationToken);
        }

        return AfterAssignment(id, outcome, LocalOr(form.ReturnUrl, $"/review/{id}"));
    }

    private Task<IActionResult> ShowAsync(int id, ReviewPagePosted? posted, CancellationToken cancellationToken) =>
        this.ReviewPageAsync(pages, id, posted, cancellationToken);

    private IActionResult AfterAssignment(int id, AssignmentOutcome outcome, string returnUrl)
    {
        switch (outcome.Result)
        {
            case null:
                return NotFound();
            case { IsAllowed: true }:
                TempData["Status"] = outcome.Message;
                return Redirect(returnUrl);
            default:
                return this.Refused(id, outcome.Result);
        }
    }

    private string LocalOr(string? returnUrl, string fallback) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : fallback;
}
