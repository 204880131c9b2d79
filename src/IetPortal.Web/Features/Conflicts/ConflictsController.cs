using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.Common;
using IetPortal.Domain.Reviews;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using IetPortal.Web.Features.Editor;
using IetPortal.Web.Features.Review;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Conflicts;

/// <summary>Declare a conflict of interest with a college: its id, and why (kept for the System Office's records).</summary>
public sealed class ConflictForm
{
    public string? CollegeId { get; set; }
    public string? Reason { get; set; }
}

public sealed class ConflictFormValidator : AbstractValidator<ConflictForm>
{
    public ConflictFormValidator()
    {
        RuleFor(f => f.CollegeId).Must(id => !string.IsNullOrWhiteSpace(id)).WithMessage("Choose the college.");
        RuleFor(f => f.Reason)
            .Cascade(CascadeMode.Stop)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Say why, for example \u201cformer employee, until June 2026\u201d.")
            .Text("The reason", FieldLengths.MediumText);
    }
}

public sealed record DeclarationRow(int Id, string CollegeName, string? Reason, DateTime DeclaredAtUtc);

public sealed record ConflictsPage(IReadOnlyList<DeclarationRow> Declarations, IReadOnlyList<FilterOption> Colleges, ConflictForm Form);

/// <summary>
/// A reviewer's conflict-of-interest declarations (PRODUCT.md: "A reviewer never reviews a college for which they
/// declared a conflict of interest"). The workflow reads them through the actor: a conflicted reviewer cannot claim,
/// be assigned, return or approve that college's proposals, and the assign lists leave them out.
/// </summary>
[Route("review/conflicts")]
[Authorize(Policy = Policies.StateReviewer)]
public sealed class ConflictsController(IetPortalDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await PageAsync(new ConflictForm(), cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Declare(
        [Bind(Prefix = "Form")] ConflictForm form, [FromServices] IValidator<ConflictForm> validator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(validator);
        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState, "Form");
        var userId = ReviewActors.UserIdOf(User);
        var college = ModelState.IsValid && int.TryParse(form.CollegeId, out var collegeId)
            ? await db.Colleges.AsNoTracking().Where(c => c.Id == collegeId).Select(c => new { c.Id, c.Name }).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (ModelState.IsValid && college is null)
        {
            ModelState.AddModelError("Form.CollegeId", "Choose a college from the list.");
        }
        else if (college is not null && await db.ConflictOfInterestDeclarations.AnyAsync(d => d.ReviewerId == userId && d.CollegeId == college.Id, cancellationToken))
        {
            ModelState.AddModelError("Form.CollegeId", $"You already declared a conflict of interest with {college.Name}.");
        }

        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await PageAsync(form, cancellationToken));
        }

        db.ConflictOfInterestDeclarations.Add(new ConflictOfInterestDeclaration
        {
            ReviewerId = userId,
            CollegeId = college!.Id,
            Reason = form.Reason!.Trim(),
            DeclaredAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        AddAuditEvent(userId, "Conflict of interest declared", college.Name);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same declaration from another window a moment earlier (unique per reviewer and college).
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Form.CollegeId", $"You already declared a conflict of interest with {college.Name}.");
            return View(nameof(Index), await PageAsync(form, cancellationToken));
        }

        TempData["Status"] = $"Conflict of interest with {college.Name} declared. You will not be offered or assigned its proposals.";
        return Redirect("/review/conflicts");
    }

    [HttpPost("{declarationId:int}/withdraw")]
    public async Task<IActionResult> Withdraw(int declarationId, CancellationToken cancellationToken)
    {
        var userId = ReviewActors.UserIdOf(User);
        var declaration = await db.ConflictOfInterestDeclarations.SingleOrDefaultAsync(d => d.Id == declarationId, cancellationToken);
        if (declaration is null)
        {
            return NotFound();
        }

        // Each reviewer speaks for themselves only.
        if (!string.Equals(declaration.ReviewerId, userId, StringComparison.Ordinal))
        {
            return Forbid();
        }

        var collegeName = await db.Colleges.AsNoTracking().Where(c => c.Id == declaration.CollegeId).Select(c => c.Name).SingleAsync(cancellationToken);
        db.ConflictOfInterestDeclarations.Remove(declaration);
        AddAuditEvent(userId, "Conflict of interest withdrawn", collegeName);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Already withdrawn from another window: the list shows what is stored now.
        }

        TempData["Status"] = $"Conflict of interest with {collegeName} withdrawn.";
        return Redirect("/review/conflicts");
    }

    /// <summary>
    /// Declarations are not editable aggregates, so the interceptor does not audit them; the System Office still needs to
    /// know who declared or withdrew what and when, in the same transaction.
    /// </summary>
    private void AddAuditEvent(string userId, string action, string collegeName)
    {
        db.AuditEvents.Add(new Domain.Auditing.AuditEvent
        {
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            UserId = userId,
            EntityType = nameof(ConflictOfInterestDeclaration),
            Action = action,
            Details = collegeName,
        });
    }

    private async Task<ConflictsPage> PageAsync(ConflictForm form, CancellationToken ct)
    {
        var userId = ReviewActors.UserIdOf(User);
        var declarations = await db.ConflictOfInterestDeclarations.AsNoTracking()
            .Where(d => d.ReviewerId == userId)
            .Join(db.Colleges, d => d.CollegeId, c => c.Id, (d, c) => new { d.Id, c.Name, d.Reason, d.DeclaredAtUtc })
            .OrderBy(d => d.Name)
            .Select(d => new DeclarationRow(d.Id, d.Name, d.Reason, d.DeclaredAtUtc))
            .ToListAsync(ct);
        var declared = declarations.Select(d => d.CollegeName).ToHashSet(StringComparer.Ordinal);
        var colleges = await db.Colleges.AsNoTracking().OrderBy(c => c.Name).Select(c => new FilterOption(c.Id, c.Name)).ToListAsync(ct);
        return new ConflictsPage(declarations, [.. colleges.Where(c => !declared.Contains(c.Name))], form);
    }
}
