using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.ReferenceData;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using IetPortal.Web.Features.AdminShared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.AdminColleges;

/// <summary>Colleges (issue 6, deliverable 2): names, codes, contacts and the Workforce Development Areas each district serves.</summary>
[Route("admin/colleges")]
[Authorize(Policy = Policies.Administrator)]
public sealed class AdminCollegesController(IetPortalDbContext db, AuditScope audit) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index()
    {
        var ct = HttpContext.RequestAborted;
        var colleges = await db.Colleges.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new { c.Id, c.Code, c.Name, c.City, c.ContactEmail, Areas = c.WorkforceAreas.Select(a => a.WorkforceDevelopmentArea!.Number).ToList() })
            .ToListAsync(ct);
        return View(colleges.Select(c => new CollegeListRow(c.Id, c.Code, c.Name, c.City, c.ContactEmail, string.Join(", ", c.Areas.Order()))).ToList());
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var ct = HttpContext.RequestAborted;
        var college = await db.Colleges.AsNoTracking().Include(c => c.WorkforceAreas).SingleOrDefaultAsync(c => c.Id == id, ct);
        return college is null ? NotFound() : View(new CollegeEditPage(id, college.Name, ToForm(college), await AreaChoicesAsync(ct)));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] CollegeForm form, [FromServices] IValidator<CollegeForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ct = HttpContext.RequestAborted;
        var college = await db.Colleges.Include(c => c.WorkforceAreas).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (college is null)
        {
            return NotFound();
        }

        var areas = await AreaChoicesAsync(ct);
        ModelState.Remove("Form.ConcurrencyStamp"); // an unreadable stamp is as stale as an old one
        (await validator.ValidateAsync(form, ct)).AddToModelState(ModelState, "Form");
        await CheckUniqueAsync(id, form, areas, ct);
        if (!ModelState.IsValid)
        {
            return View(new CollegeEditPage(id, college.Name, form, areas));
        }

        if (form.ConcurrencyStamp != college.ConcurrencyStamp)
        {
            return Stale(college, form, areas);
        }

        var before = ToForm(college);
        Apply(form, college);
        var changes = StaleSave.Compare(ToForm(college).Describe(areas), before.Describe(areas));
        if (changes.Count == 0)
        {
            TempData["Status"] = $"{college.Name}: no changes to save.";
            return Redirect("/admin/colleges");
        }

        // Touching the college renews its stamp and audits it even when only the areas it serves changed.
        db.Entry(college).Property(c => c.UpdatedAtUtc).IsModified = true;
        audit.Action = "College saved";
        audit.Details = "Changed: " + string.Join(", ", changes.Select(c => c.Label));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var fresh = await db.Colleges.AsNoTracking().Include(c => c.WorkforceAreas).SingleAsync(c => c.Id == id, ct);
            return Stale(fresh, form, areas);
        }

        TempData["Status"] = $"{college.Name} saved.";
        return Redirect("/admin/colleges");
    }

    private static CollegeForm ToForm(College c) => new()
    {
        ConcurrencyStamp = c.ConcurrencyStamp,
        Name = c.Name,
        Code = c.Code,
        City = c.City,
        Counties = c.Counties,
        ContactEmail = c.ContactEmail,
        ContactPhone = c.ContactPhone,
        Website = c.Website,
        WorkforceAreaIds = c.WorkforceAreas.Select(a => a.WorkforceDevelopmentAreaId).Order().ToList(),
    };

    private static void Apply(CollegeForm f, College c)
    {
        c.Name = RepeaterRows.Clean(f.Name)!;
        c.Code = RepeaterRows.Clean(f.Code)!.ToUpperInvariant();
        c.City = RepeaterRows.Clean(f.City);
        c.Counties = RepeaterRows.Clean(f.Counties);
        c.ContactEmail = RepeaterRows.Clean(f.ContactEmail);
        c.ContactPhone = RepeaterRows.Clean(f.ContactPhone);
        c.Website = RepeaterRows.Clean(f.Website);
        var wanted = f.WorkforceAreaIds.ToHashSet();
        c.WorkforceAreas.RemoveAll(a => !wanted.Contains(a.WorkforceDevelopmentAreaId));
        c.WorkforceAreas.AddRange(wanted.Where(id => c.WorkforceAreas.All(a => a.WorkforceDevelopmentAreaId != id)).Order()
            .Select(id => new CollegeWorkforceArea { WorkforceDevelopmentAreaId = id }));
    }

    /// <summary>Codes and names are unique (demo accounts and imports find colleges by code); areas must exist.</summary>
    private async Task CheckUniqueAsync(int id, CollegeForm form, IReadOnlyList<SelectListItem> areas, CancellationToken ct)
    {
        // Compared in memory: there are 16 colleges, and case-insensitive equality does not translate the same on every provider.
        var others = await db.Colleges.AsNoTracking().Where(c => c.Id != id).Select(c => new { c.Code, c.Name }).ToListAsync(ct);
        var code = RepeaterRows.Clean(form.Code)?.ToUpperInvariant();
        if (code is not null && IsValid("Form.Code") && others.Any(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError("Form.Code", $"Another college already has the code {code}. Choose a unique code.");
        }

        var name = RepeaterRows.Clean(form.Name);
        if (name is not null && IsValid("Form.Name") && others.Any(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError("Form.Name", "Another college already has this name.");
        }

        var known = areas.Select(a => int.Parse(a.Value, CultureInfo.InvariantCulture)).ToHashSet();
        if (form.WorkforceAreaIds.Any(a => !known.Contains(a)))
        {
            ModelState.AddModelError("Form.WorkforceAreaIds", "Choose Workforce Development Areas from the list.");
        }
    }

    private bool IsValid(string key) => ModelState.GetFieldValidationState(key) != ModelValidationState.Invalid;

    private ViewResult Stale(College stored, CollegeForm mine, IReadOnlyList<SelectListItem> areas)
    {
        var conflict = StaleSave.Compare(mine.Describe(areas), ToForm(stored).Describe(areas));
        mine.ConcurrencyStamp = stored.ConcurrencyStamp;
        ModelState.Remove("Form.ConcurrencyStamp");
        ModelState.AddModelError("", StaleSave.Message("college"));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Edit", new CollegeEditPage(stored.Id, stored.Name, mine, areas) { Conflict = conflict });
    }

    private async Task<IReadOnlyList<SelectListItem>> AreaChoicesAsync(CancellationToken ct) =>
        (await db.WorkforceDevelopmentAreas.AsNoTracking().OrderBy(a => a.Number).Select(a => new { a.Id, a.Number, a.Name }).ToListAsync(ct))
            .Select(a => new SelectListItem(string.Create(CultureInfo.InvariantCulture, $"WDA {a.Number}: {a.Name}"), a.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
}
