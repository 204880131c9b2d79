using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.ReferenceData;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using IetPortal.Web.Features.AdminShared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.AdminWorkforceAreas;

/// <summary>Wisconsin's 11 Workforce Development Areas (issue 6, deliverable 2): names, boards, counties and plan priorities.</summary>
[Route("admin/workforce-areas")]
[Authorize(Policy = Policies.Administrator)]
public sealed class AdminWorkforceAreasController(IetPortalDbContext db, AuditScope audit) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() =>
        View(await db.WorkforceDevelopmentAreas.AsNoTracking().OrderBy(a => a.Number)
            .Select(a => new WorkforceAreaListRow(a.Id, a.Number, a.Name, a.BoardName, a.Counties))
            .ToListAsync(HttpContext.RequestAborted));

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var area = await db.WorkforceDevelopmentAreas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, HttpContext.RequestAborted);
        return area is null ? NotFound() : View(new WorkforceAreaEditPage(id, area.Number, area.Name, ToForm(area)));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] WorkforceAreaForm form, [FromServices] IValidator<WorkforceAreaForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ct = HttpContext.RequestAborted;
        var area = await db.WorkforceDevelopmentAreas.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (area is null)
        {
            return NotFound();
        }

        ModelState.Remove("Form.ConcurrencyStamp"); // an unreadable stamp is as stale as an old one
        (await validator.ValidateAsync(form, ct)).AddToModelState(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return View(new WorkforceAreaEditPage(id, area.Number, area.Name, form));
        }

        if (form.ConcurrencyStamp != area.ConcurrencyStamp)
        {
            return Stale(area, form);
        }

        area.Name = RepeaterRows.Clean(form.Name)!;
        area.BoardName = RepeaterRows.Clean(form.BoardName)!;
        area.Counties = RepeaterRows.Clean(form.Counties);
        area.PlanPrioritySectors = RepeaterRows.Clean(form.PlanPrioritySectors);
        area.PlanPriorityOccupations = RepeaterRows.Clean(form.PlanPriorityOccupations);
        if (db.Entry(area).State == EntityState.Unchanged)
        {
            TempData["Status"] = $"WDA {area.Number}: no changes to save.";
            return Redirect("/admin/workforce-areas");
        }

        audit.Action = "Workforce Development Area saved";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Stale(await db.WorkforceDevelopmentAreas.AsNoTracking().SingleAsync(a => a.Id == id, ct), form);
        }

        TempData["Status"] = $"WDA {area.Number}: {area.Name} saved.";
        return Redirect("/admin/workforce-areas");
    }

    private static WorkforceAreaForm ToForm(WorkforceDevelopmentArea a) => new()
    {
        ConcurrencyStamp = a.ConcurrencyStamp,
        Name = a.Name,
        BoardName = a.BoardName,
        Counties = a.Counties,
        PlanPrioritySectors = a.PlanPrioritySectors,
        PlanPriorityOccupations = a.PlanPriorityOccupations,
    };

    private ViewResult Stale(WorkforceDevelopmentArea stored, WorkforceAreaForm mine)
    {
        var conflict = StaleSave.Compare(mine.Describe(), ToForm(stored).Describe());
        mine.ConcurrencyStamp = stored.ConcurrencyStamp;
        ModelState.Remove("Form.ConcurrencyStamp");
        ModelState.AddModelError("", StaleSave.Message("Workforce Development Area"));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Edit", new WorkforceAreaEditPage(stored.Id, stored.Number, stored.Name, mine) { Conflict = conflict });
    }
}
