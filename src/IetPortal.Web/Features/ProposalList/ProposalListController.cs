using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.Proposals;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.ProposalList;

/// <summary>College staff's home: their college's proposals, with search, filters and paging; starting and copying drafts.</summary>
[Route("proposals")]
[Authorize(Policy = Policies.CollegeStaff)]
public sealed class ProposalListController(IetPortalDbContext db, ProposalAccess access, AuditScope audit)
    : ProposalControllerBase(access)
{
    private const string FirstSection = "overview";

    /// <summary>Reads of a proposal being copied, before giving up while colleagues keep saving it.</summary>
    private const int MaxCopyReads = 5;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ProposalListQuery query, CancellationToken cancellationToken)
    {
        var collegeId = CollegeScope.CollegeIdOf(User);
        var collegeName = await db.Colleges.AsNoTracking()
            .Where(c => c.Id == collegeId)
            .Select(c => c.Name)
            .SingleOrDefaultAsync(cancellationToken);
        if (collegeName is null)
        {
            return Forbid();
        }

        // Retired pathways stay in the filter: older proposals still point at them.
        var pathways = await db.CareerPathways.AsNoTracking()
            .OrderBy(w => w.Name)
            .Select(w => new PathwayOption(w.Id, w.Name, w.Status))
            .ToListAsync(cancellationToken);
        var filter = ProposalListFilter.From(query, pathways.Select(w => w.Id).ToHashSet());

        var matching = ProposalListQueries.Matching(db.Proposals.AsNoTracking().Filter(User), filter);
        var total = await matching.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + ProposalListFilter.PageSize - 1) / ProposalListFilter.PageSize);
        if (filter.Page > pageCount)
        {
            filter = filter with
            {
                Page = pageCount,
                Notes = total == 0 ? filter.Notes : [.. filter.Notes, $"There is no page {filter.Page}, so the last page, {pageCount}, is shown."],
            };
        }

        var rows = await ProposalListQueries.Page(db, matching, filter).ToListAsync(cancellationToken);
        return View(new MyProposalsPage(collegeName, filter, pathways, rows, total, pageCount));
    }

    [HttpGet("new")]
    public IActionResult New() => View(new NewProposalForm());

    [HttpPost("new")]
    public async Task<IActionResult> New(NewProposalForm form, [FromServices] IValidator<NewProposalForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(validator);
        (await validator.ValidateAsync(form, HttpContext.RequestAborted)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        // The user's own college, from the sign-in claims: never from anything posted.
        if (CollegeScope.CollegeIdOf(User) is not { } collegeId)
        {
            return Forbid();
        }

        var proposal = IetProposal.StartDraft(collegeId, form.Title!.Trim());
        db.Proposals.Add(proposal);
        audit.Section = nameof(ProposalSection.Overview);
        await db.SaveChangesAsync(HttpContext.RequestAborted);

        TempData["Status"] = $"Proposal \u201c{proposal.Title}\u201d started. Begin with its overview.";
        return Redirect($"/proposals/{proposal.Id}/edit/{FirstSection}");
    }

    [HttpPost("{id:int}/copy")]
    public async Task<IActionResult> Copy(int id)
    {
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        // The source is read one table at a time (split queries), so a colleague's save committed in between could be
        // copied half from before and half from after it. Every save renews the proposal's stamp: when the stamp is
        // unchanged after the last query, everything read belongs to one state of the proposal; otherwise read again.
        IetProposal? source = null;
        for (var attempt = 1; ; attempt++)
        {
            source = await ProposalListQueries.LoadForCopyAsync(db.Proposals.Filter(User), id, HttpContext.RequestAborted);
            if (source is null)
            {
                return NotFound();
            }

            var stamp = await db.Proposals.AsNoTracking().Where(p => p.Id == id).Select(p => p.ConcurrencyStamp).SingleAsync(HttpContext.RequestAborted);
            if (stamp == source.ConcurrencyStamp)
            {
                break;
            }

            if (attempt == MaxCopyReads)
            {
                TempData["Status"] = $"\u201c{source.Title}\u201d was not copied: colleagues are saving it right now. Try again in a moment.";
                return Redirect("/proposals");
            }
        }

        var copy = source.CopyAsDraft(ProposalCopy.TitleFor(source.Title));
        db.Proposals.Add(copy);
        audit.Section = nameof(ProposalSection.Overview);
        audit.Action = $"Copied from proposal {source.Id}";
        await db.SaveChangesAsync(HttpContext.RequestAborted);

        TempData["Status"] = $"\u201c{source.Title}\u201d was copied to a new draft, \u201c{copy.Title}\u201d. "
            + "Attachments, submitted versions and review comments stay with the original.";
        return Redirect($"/proposals/{copy.Id}/edit/{FirstSection}");
    }
}
