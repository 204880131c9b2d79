using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.ReferenceData;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using IetPortal.Web.Features.AdminShared;
using IetPortal.Web.Features.Compliance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.AdminPathways;

/// <summary>
/// Career pathways (issue 6, deliverable 1): list, create, edit, retire, reactivate and delete. Steps, credentials and
/// occupations have their own pages (<see cref="PathwayPartsController"/>).
/// </summary>
[Route("admin/pathways")]
[Authorize(Policy = Policies.Administrator)]
public sealed class AdminPathwaysController(
    IetPortalDbContext db, PathwayQueries queries, PathwayUsage usage, AuditScope audit, ComplianceService compliance, TimeProvider clock)
    : Controller
{
    private const string What = "career pathway";

    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await queries.ListAsync(HttpContext.RequestAborted));

    [HttpGet("new")]
    public async Task<IActionResult> Create() =>
        View("Details", new PathwayDetailsPage(null, new PathwayDetailsForm(), await queries.ClusterChoicesAsync(HttpContext.RequestAborted)));

    [HttpPost("new")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] PathwayDetailsForm form, [FromServices] IValidator<PathwayDetailsForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ct = HttpContext.RequestAborted;
        (await validator.ValidateAsync(form, ct)).AddToModelState(ModelState, "Form");
        await CheckReferencesAsync(form, null, ct);
        if (!ModelState.IsValid)
        {
            return View("Details", new PathwayDetailsPage(null, form, await queries.ClusterChoicesAsync(ct)));
        }

        var pathway = new CareerPathway { Name = RepeaterRows.Clean(form.Name)!, Description = RepeaterRows.Clean(form.Description), CareerClusterId = form.CareerClusterId!.Value };
        db.CareerPathways.Add(pathway);
        audit.Action = "Career pathway created";
        audit.Details = $"Created “{pathway.Name}”";
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"{pathway.Name} created. Add its steps, credentials and occupations next.";
        return Redirect($"/admin/pathways/{pathway.Id}");
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id) =>
        await queries.OverviewAsync(id, HttpContext.RequestAborted) is { } page ? View(page) : NotFound();

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id)
    {
        var ct = HttpContext.RequestAborted;
        var pathway = await db.CareerPathways.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct);
        return pathway is null
            ? NotFound()
            : View("Details", new PathwayDetailsPage(PathwayMapping.Header(pathway), PathwayMapping.ToDetails(pathway), await queries.ClusterChoicesAsync(ct)));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Form")] PathwayDetailsForm form, [FromServices] IValidator<PathwayDetailsForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ct = HttpContext.RequestAborted;
        var pathway = await db.CareerPathways.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (pathway is null)
        {
            return NotFound();
        }

        var clusters = await queries.ClusterChoicesAsync(ct);
        ModelState.Remove("Form.ConcurrencyStamp"); // an unreadable stamp is as stale as an old one
        (await validator.ValidateAsync(form, ct)).AddToModelState(ModelState, "Form");
        await CheckReferencesAsync(form, id, ct);
        if (!ModelState.IsValid)
        {
            return View("Details", new PathwayDetailsPage(PathwayMapping.Header(pathway), form, clusters));
        }

        if (form.ConcurrencyStamp != pathway.ConcurrencyStamp)
        {
            return DetailsConflict(pathway, form, clusters);
        }

        var before = PathwayMapping.ToDetails(pathway);
        pathway.Name = RepeaterRows.Clean(form.Name)!;
        pathway.Description = RepeaterRows.Clean(form.Description);
        pathway.CareerClusterId = form.CareerClusterId!.Value;
        if (db.Entry(pathway).State == EntityState.Unchanged)
        {
            TempData["Status"] = $"{pathway.Name}: no changes to save.";
            return Redirect($"/admin/pathways/{id}");
        }

        audit.Action = "Career pathway details saved";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var fresh = await db.CareerPathways.AsNoTracking().SingleAsync(p => p.Id == id, ct);
            return DetailsConflict(fresh, form, clusters);
        }

        TempData["Status"] = before.Name == pathway.Name ? $"{pathway.Name} saved." : $"{before.Name} renamed to {pathway.Name} and saved.";
        return Redirect($"/admin/pathways/{id}");
    }

    [HttpPost("{id:int}/retire")]
    public Task<IActionResult> Retire(int id, [Bind(Prefix = "Form")] PathwayActionForm form) => ChangeStatusAsync(id, form, PathwayStatus.Retired);

    [HttpPost("{id:int}/reactivate")]
    public Task<IActionResult> Reactivate(int id, [Bind(Prefix = "Form")] PathwayActionForm form) => ChangeStatusAsync(id, form, PathwayStatus.Active);

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id) =>
        await queries.DeletePageAsync(id, HttpContext.RequestAborted) is { } page ? View(page) : NotFound();

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, [Bind(Prefix = "Form")] PathwayActionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ct = HttpContext.RequestAborted;
        var pathway = await db.CareerPathways.WithParts().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (pathway is null)
        {
            return NotFound();
        }

        if (await usage.ProposalCountAsync(id, ct) > 0)
        {
            // Proposals point at the pathway: deleting it would break them, so only retiring is offered.
            ModelState.AddModelError("", $"{pathway.Name} is used by proposals, so it cannot be deleted. Retire it instead.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(await queries.DeletePageAsync(id, ct));
        }

        if (form.ConcurrencyStamp != pathway.ConcurrencyStamp)
        {
            ModelState.AddModelError("", $"Someone else changed {pathway.Name} after you opened this page. Check it again before deleting it.");
            Response.StatusCode = StatusCodes.Status409Conflict;
            return View(await queries.DeletePageAsync(id, ct));
        }

        db.CareerPathways.Remove(pathway);
        audit.Action = "Career pathway deleted";
        audit.Details = $"Deleted “{pathway.Name}” with {pathway.Steps.Count} steps, {pathway.Credentials.Count} credentials and {pathway.Occupations.Count} occupations";
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"{pathway.Name} deleted.";
        return Redirect("/admin/pathways");
    }

    private async Task<IActionResult> ChangeStatusAsync(int id, PathwayActionForm form, PathwayStatus status)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ct = HttpContext.RequestAborted;
        var pathway = await db.CareerPathways.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (pathway is null)
        {
            return NotFound();
        }

        var verb = status == PathwayStatus.Retired ? "retired" : "reactivated";
        if (pathway.Status == status)
        {
            TempData["Status"] = $"{pathway.Name} is already {DisplayStatus(status)}.";
            return Redirect($"/admin/pathways/{id}");
        }

        if (form.ConcurrencyStamp != pathway.ConcurrencyStamp)
        {
            return await OverviewConflictAsync(id, $"Someone else changed {pathway.Name} after you opened it, so it was not {verb}. Check the pathway below, then try again.");
        }

        pathway.Status = status;
        pathway.RetiredAtUtc = status == PathwayStatus.Retired ? clock.GetUtcNow().UtcDateTime : null;
        audit.Action = status == PathwayStatus.Retired ? "Career pathway retired" : "Career pathway reactivated";
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await OverviewConflictAsync(id, $"Someone else changed {pathway.Name} at the same moment, so it was not {verb}. Check the pathway below, then try again.");
        }

        // 34 CFR 463.38(b) needs an active pathway: drafts using it must show the change in their compliance findings.
        var recheck = await compliance.RecheckOpenDraftsAsync($"Career pathway “{pathway.Name}” {verb}", ct);
        TempData["Status"] = $"{pathway.Name} {verb}. {RecheckText(recheck)}";
        return Redirect($"/admin/pathways/{id}");
    }

    /// <summary>The pathway name must be unique (the database says so too) and the cluster must exist.</summary>
    private async Task CheckReferencesAsync(PathwayDetailsForm form, int? id, CancellationToken ct)
    {
        // Compared in memory: pathways are few, and case-insensitive equality does not translate the same on every provider.
        var name = RepeaterRows.Clean(form.Name);
        if (name is not null && ModelState.GetFieldValidationState("Form.Name") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid
            && (await db.CareerPathways.Where(p => p.Id != id).Select(p => p.Name).ToListAsync(ct)).Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("Form.Name", $"A career pathway named “{name}” already exists. Choose another name.");
        }

        if (form.CareerClusterId is { } clusterId && !await db.CareerClusters.AnyAsync(c => c.Id == clusterId, ct))
        {
            ModelState.AddModelError("Form.CareerClusterId", "Choose a career cluster from the list.");
        }
    }

    private ViewResult DetailsConflict(CareerPathway stored, PathwayDetailsForm mine, IReadOnlyList<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> clusters)
    {
        string? ClusterName(int? id) => clusters.FirstOrDefault(c => c.Value == id?.ToString(System.Globalization.CultureInfo.InvariantCulture)) is { } c
            ? $"{c.Text} ({c.Group?.Name})"
            : null;
        var conflict = StaleSave.Compare(PathwayMapping.Describe(mine, ClusterName), PathwayMapping.Describe(PathwayMapping.ToDetails(stored), ClusterName));
        mine.ConcurrencyStamp = stored.ConcurrencyStamp;
        ModelState.Remove("Form.ConcurrencyStamp");
        ModelState.AddModelError("", StaleSave.Message(What));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Details", new PathwayDetailsPage(PathwayMapping.Header(stored), mine, clusters) { Conflict = conflict });
    }

    private async Task<IActionResult> OverviewConflictAsync(int id, string message)
    {
        var page = await queries.OverviewAsync(id, HttpContext.RequestAborted);
        if (page is null)
        {
            return NotFound();
        }

        ModelState.AddModelError("", message);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("Show", page);
    }

    internal static string RecheckText(RecheckResult result) => result.Checked switch
    {
        0 => "There are no open drafts to re-check.",
        1 => $"The 1 open draft was re-checked; {ChangedText(result.Changed)}.",
        _ => $"All {result.Checked} open drafts were re-checked; {ChangedText(result.Changed)}.",
    };

    private static string ChangedText(int changed) => changed switch
    {
        0 => "none has different compliance findings",
        1 => "1 now has different compliance findings",
        _ => $"{changed} now have different compliance findings",
    };

    private static string DisplayStatus(PathwayStatus status) => status == PathwayStatus.Retired ? "retired" : "active";
}
