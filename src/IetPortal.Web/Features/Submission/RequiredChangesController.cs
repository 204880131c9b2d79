using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Submission;

/// <summary>The college's to-do list of a returned proposal: each required change, its answer, and the reviewer's notes.</summary>
public sealed record ChangesPage(int ProposalId, string Title, ProposalStatus Status, bool CanAnswer, IReadOnlyList<CommentItem> Comments)
{
    public IReadOnlyList<CommentItem> RequiredChanges => Comments.Where(c => c.IsRequiredChange).ToList();

    public IReadOnlyList<CommentItem> Notes => Comments.Where(c => !c.IsRequiredChange).ToList();

    /// <summary>The field-name prefix of one comment's form, so every form on the page has its own ids.</summary>
    public static string Prefix(int commentId) => string.Create(CultureInfo.InvariantCulture, $"Changes[{commentId}]");
}

/// <summary>One to-do on the changes page; <see cref="Reply"/> is the field its form edits.</summary>
public sealed record ChangeItemView(int ProposalId, CommentItem Item, bool CanAnswer)
{
    public string? Reply => Item.Reply;
}

/// <summary>
/// PRODUCT.md "Return: ... the college sees each comment as a to-do it marks addressed", with a reply. Only the owning
/// college answers, and only while the proposal is returned: afterwards the answers belong to the resubmitted version's
/// review. Each answer is guarded by the comment's concurrency stamp, so two colleagues never overwrite each other.
/// </summary>
[Route("proposals/{id:int}/changes")]
[Authorize(Policy = Policies.CollegeStaff)]
public sealed class RequiredChangesController(
    IetPortalDbContext db, ProposalAccess access, AuditScope audit, TimeProvider clock, IValidator<ChangeReplyForm> validator)
    : WorkflowControllerBase(access)
{
    private const string ChangesView = "/Features/Submission/Changes.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Changes(int id)
    {
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        return View(ChangesView, await PageAsync(id, HttpContext.RequestAborted));
    }

    [HttpPost("{commentId:int}")]
    public async Task<IActionResult> Answer(int id, int commentId)
    {
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.CollegeId, p.Status }).SingleAsync(ct);
        var actor = await WorkflowActors.ForAsync(User, db, ct);
        if (!actor.IsStaffOf(proposal.CollegeId))
        {
            return Forbid();
        }

        if (proposal.Status != ProposalStatus.Returned)
        {
            TempData["Status"] = "Required changes can be answered only while the proposal is returned to the college; nothing was saved.";
            return Redirect($"/proposals/{id}");
        }

        var comment = await db.ReviewComments.SingleOrDefaultAsync(
            c => c.Id == commentId && c.IetProposalId == id && c.IsRequiredChange && c.Visibility == CommentVisibility.ForCollege && c.ReleasedAtUtc != null,
            ct);
        if (comment is null)
        {
            return NotFound();
        }

        // Each comment's form has its own field prefix (see ChangesPage.Prefix), so it is bound by that prefix.
        var prefix = ChangesPage.Prefix(commentId);
        var form = new ChangeReplyForm();
        await TryUpdateModelAsync(form, prefix);
        (await validator.ValidateAsync(form, ct)).AddToModelState(ModelState, prefix);
        if (ModelState.IsValid && form.Stamp != comment.ConcurrencyStamp)
        {
            return await ConflictAsync(id, prefix, ct);
        }

        if (!ModelState.IsValid)
        {
            return View(ChangesView, await PageAsync(id, ct));
        }

        var reply = Editor.SectionMapping.Clean(form.Reply);
        var wasAddressed = comment.IsAddressed;
        comment.CollegeReply = reply;
        comment.AddressedAtUtc = form.Addressed ? clock.GetUtcNow().UtcDateTime : null;
        comment.AddressedByUserId = form.Addressed ? actor.UserId : null;
        audit.Section = comment.Section.ToString();
        audit.Action = form.Addressed
            ? wasAddressed ? "Required change reply updated" : "Required change marked addressed"
            : "Required change marked not addressed";
        audit.Details = reply is null ? null : Shorten("Reply: " + reply, 2_000);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ConflictAsync(id, prefix, ct);
        }

        TempData["Status"] = form.Addressed ? "The required change is marked addressed." : "The required change is marked not addressed.";
        return Redirect($"/proposals/{id}/changes#{ChangesPageAnchor(commentId)}");
    }

    private static string ChangesPageAnchor(int commentId) => "change-" + commentId.ToString(CultureInfo.InvariantCulture);

    /// <summary>A colleague answered the same change in between: their answer is shown, the user's text stays in the field.</summary>
    private async Task<IActionResult> ConflictAsync(int id, string prefix, CancellationToken ct)
    {
        ModelState.Remove(prefix + ".Stamp");
        ModelState.AddModelError(
            prefix + ".Reply",
            "A colleague answered this required change after you opened the page; their answer is shown above your text. Save again to replace it with yours.");
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(ChangesView, await PageAsync(id, ct));
    }

    private async Task<ChangesPage> PageAsync(int id, CancellationToken ct)
    {
        var proposal = await db.Proposals.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Title, p.Status, p.CollegeId }).SingleAsync(ct);
        var canAnswer = proposal.Status == ProposalStatus.Returned
            && User.IsInRole(Domain.Common.RoleNames.CollegeStaff) && CollegeScope.CollegeIdOf(User) == proposal.CollegeId;
        return new ChangesPage(id, proposal.Title, proposal.Status, canAnswer, await ReleasedComments.ForAsync(db, id, ct));
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
