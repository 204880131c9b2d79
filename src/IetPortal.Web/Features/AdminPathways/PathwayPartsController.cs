using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.ReferenceData;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using IetPortal.Web.Features.AdminShared;
using IetPortal.Web.Features.Compliance;
using IetPortal.Web.Features.Editor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.AdminPathways;

/// <summary>
/// The steps, credentials and occupations of one career pathway, each a page of repeating rows that works without
/// JavaScript (the editor's row buttons). A part that a proposal uses is never removed; every save is checked against
/// the pathway's concurrency stamp.
/// </summary>
[Route("admin/pathways/{id:int}")]
[Authorize(Policy = Policies.Administrator)]
public sealed class PathwayPartsController(
    IetPortalDbContext db,
    PathwayQueries queries,
    StepChanges steps,
    CredentialChanges credentials,
    OccupationChanges occupations,
    AuditScope audit,
    ComplianceService compliance) : Controller
{
    private const string StepsView = "/Features/AdminPathways/Steps.cshtml";
    private const string CredentialsView = "/Features/AdminPathways/Credentials.cshtml";
    private const string OccupationsView = "/Features/AdminPathways/Occupations.cshtml";
    private const string What = "career pathway";

    [HttpGet("steps")]
    public async Task<IActionResult> Steps(int id) =>
        await queries.LoadAsync(id, HttpContext.RequestAborted) is { } p
            ? View(StepsView, new PathwayStepsPage(PathwayMapping.Header(p), PathwayMapping.ToSteps(p)))
            : NotFound();

    [HttpPost("steps")]
    public async Task<IActionResult> Steps(int id, [Bind(Prefix = "Form")] PathwayStepsForm form, [FromServices] IValidator<PathwayStepsForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ct = HttpContext.RequestAborted;
        var pathway = await db.CareerPathways.WithParts().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (pathway is null)
        {
            return NotFound();
        }

        PathwayStepsPage Page() => new(PathwayMapping.Header(pathway), form);
        var command = RepeaterCommand.Parse(form.Command);
        if (command is { Verb: "remove", List: nameof(form.Steps) } && !await steps.MayRemoveAsync(pathway, form, command.Index, ModelState, ct))
        {
            return View(StepsView, Page());
        }

        ApplyRowCommand(command, nameof(form.Steps), form.Steps);
        ModelState.Remove("Form.ConcurrencyStamp"); // an unreadable stamp is as stale as an old one
        (await validator.ValidateAsync(form, ct)).AddToModelState(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return View(StepsView, Page());
        }

        if (form.ConcurrencyStamp != pathway.ConcurrencyStamp)
        {
            var conflict = StaleSave.Compare(PathwayMapping.Describe(form), PathwayMapping.Describe(PathwayMapping.ToSteps(pathway)));
            form.ConcurrencyStamp = pathway.ConcurrencyStamp;
            return Stale(StepsView, Page() with { Conflict = conflict });
        }

        if (!await steps.MayRemoveAsync(pathway, form, null, ModelState, ct))
        {
            return View(StepsView, Page());
        }

        var changes = StepChanges.Apply(form, pathway);
        if (changes.Count > 0 && !await SaveAsync(pathway, "Career pathway steps saved", changes, ct))
        {
            return await RefusedRaceAsync(id);
        }

        if (command is not null)
        {
            var saved = PathwayMapping.ToSteps(pathway);
            ApplyAdd(command, nameof(saved.Steps), saved.Steps, () => new StepRow());
            return Stay(StepsView, new PathwayStepsPage(PathwayMapping.Header(pathway), saved), command, changes);
        }

        return Done(pathway, changes.Count > 0 ? "Steps saved." : "Steps: no changes to save.");
    }

    [HttpGet("credentials")]
    public async Task<IActionResult> Credentials(int id) =>
        await queries.LoadAsync(id, HttpContext.RequestAborted) is { } p
            ? View(CredentialsView, new PathwayCredentialsPage(PathwayMapping.Header(p), PathwayMapping.ToCredentials(p), PathwayQueries.StepChoices(p)))
            : NotFound();

    [HttpPost("credentials")]
    public async Task<IActionResult> Credentials(
        int id, [Bind(Prefix = "Form")] PathwayCredentialsForm form, [FromServices] IValidator<PathwayCredentialsForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ct = HttpContext.RequestAborted;
        var pathway = await db.CareerPathways.WithParts().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (pathway is null)
        {
            return NotFound();
        }

        var stepChoices = PathwayQueries.StepChoices(pathway);
        PathwayCredentialsPage Page() => new(PathwayMapping.Header(pathway), form, stepChoices);
        var command = RepeaterCommand.Parse(form.Command);
        if (command is { Verb: "remove", List: nameof(form.Credentials) } && !await credentials.MayRemoveAsync(pathway, form, command.Index, ModelState, ct))
        {
            return View(CredentialsView, Page());
        }

        ApplyRowCommand(command, nameof(form.Credentials), form.Credentials);
        ModelState.Remove("Form.ConcurrencyStamp"); // an unreadable stamp is as stale as an old one
        (await validator.ValidateAsync(form, ct)).AddToModelState(ModelState, "Form");
        CredentialChanges.CheckSteps(pathway, form, ModelState);
        if (!ModelState.IsValid)
        {
            return View(CredentialsView, Page());
        }

        if (form.ConcurrencyStamp != pathway.ConcurrencyStamp)
        {
            string? StepTitle(int? stepId) => stepChoices.FirstOrDefault(s => s.Value == stepId?.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text;
            var conflict = StaleSave.Compare(
                PathwayMapping.Describe(form, StepTitle), PathwayMapping.Describe(PathwayMapping.ToCredentials(pathway), StepTitle));
            form.ConcurrencyStamp = pathway.ConcurrencyStamp;
            return Stale(CredentialsView, Page() with { Conflict = conflict });
        }

        if (!await credentials.MayRemoveAsync(pathway, form, null, ModelState, ct))
        {
            return View(CredentialsView, Page());
        }

        var changes = CredentialChanges.Apply(form, pathway);
        if (changes.Count > 0 && !await SaveAsync(pathway, "Career pathway credentials saved", changes, ct))
        {
            return await RefusedRaceAsync(id);
        }

        // The compliance rules read credentials (on the pathway, system-approved): open drafts follow the change.
        var recheck = changes.Count > 0 ? await compliance.RecheckOpenDraftsAsync($"Credentials of career pathway “{pathway.Name}” changed", ct) : null;
        if (command is not null)
        {
            var saved = PathwayMapping.ToCredentials(pathway);
            ApplyAdd(command, nameof(saved.Credentials), saved.Credentials, () => new CredentialRow { IsSystemApproved = true });
            return Stay(CredentialsView, new PathwayCredentialsPage(PathwayMapping.Header(pathway), saved, stepChoices), command, changes);
        }

        return Done(pathway, changes.Count > 0 ? $"Credentials saved. {AdminPathwaysController.RecheckText(recheck!)}" : "Credentials: no changes to save.");
    }

    [HttpGet("occupations")]
    public async Task<IActionResult> Occupations(int id)
    {
        var pathway = await queries.LoadAsync(id, HttpContext.RequestAborted);
        return pathway is null ? NotFound() : View(OccupationsView, await OccupationsPageAsync(pathway, PathwayMapping.ToOccupations(pathway)));
    }

    [HttpPost("occupations")]
    public async Task<IActionResult> Occupations(
        int id, [Bind(Prefix = "Form")] PathwayOccupationsForm form, [FromServices] IValidator<PathwayOccupationsForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ct = HttpContext.RequestAborted;
        var pathway = await db.CareerPathways.WithParts().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (pathway is null)
        {
            return NotFound();
        }

        var command = RepeaterCommand.Parse(form.Command);
        if (command is { Verb: "remove", List: nameof(form.Occupations) } && !await occupations.MayRemoveAsync(pathway, form, command.Index, ModelState, ct))
        {
            return View(OccupationsView, await OccupationsPageAsync(pathway, form));
        }

        ApplyRowCommand(command, nameof(form.Occupations), form.Occupations);

        ModelState.Remove("Form.ConcurrencyStamp"); // an unreadable stamp is as stale as an old one
        (await validator.ValidateAsync(form, ct)).AddToModelState(ModelState, "Form");
        var areaNumbers = await queries.AreaNumbersAsync(ct);
        OccupationChanges.CheckAreas(form, areaNumbers.Keys, ModelState);
        if (!ModelState.IsValid)
        {
            return View(OccupationsView, await OccupationsPageAsync(pathway, form));
        }

        if (form.ConcurrencyStamp != pathway.ConcurrencyStamp)
        {
            var names = await queries.OccupationNamesAsync(form.Occupations.Select(o => o.OccupationId).Concat(pathway.Occupations.Select(o => o.OccupationId)).ToList(), ct);
            var conflict = StaleSave.Compare(
                PathwayMapping.Describe(form, names, areaNumbers), PathwayMapping.Describe(PathwayMapping.ToOccupations(pathway), names, areaNumbers));
            form.ConcurrencyStamp = pathway.ConcurrencyStamp;
            return Stale(OccupationsView, await OccupationsPageAsync(pathway, form) with { Conflict = conflict });
        }

        var addition = await occupations.ResolveAdditionAsync(pathway, form, command is { Verb: "add" }, ModelState, ct);
        if (!ModelState.IsValid || !await occupations.MayRemoveAsync(pathway, form, null, ModelState, ct))
        {
            return View(OccupationsView, await OccupationsPageAsync(pathway, form));
        }

        var changes = OccupationChanges.Apply(form, pathway, addition);
        if (changes.Count > 0 && !await SaveAsync(pathway, "Career pathway occupations saved", changes, ct))
        {
            return await RefusedRaceAsync(id);
        }

        // The rules compare a draft's occupation with the pathway's and with the in-demand flags of its areas.
        var recheck = changes.Count > 0 ? await compliance.RecheckOpenDraftsAsync($"Occupations of career pathway “{pathway.Name}” changed", ct) : null;
        if (command is not null)
        {
            var saved = await queries.LoadAsync(id, ct);
            return Stay(OccupationsView, await OccupationsPageAsync(saved!, PathwayMapping.ToOccupations(saved!)), command, changes);
        }

        return Done(pathway, changes.Count > 0 ? $"Occupations saved. {AdminPathwaysController.RecheckText(recheck!)}" : "Occupations: no changes to save.");
    }

    private async Task<PathwayOccupationsPage> OccupationsPageAsync(CareerPathway pathway, PathwayOccupationsForm form)
    {
        var ct = HttpContext.RequestAborted;
        var onPathway = pathway.Occupations.Select(o => o.OccupationId).ToList();
        var names = await queries.OccupationNamesAsync(form.Occupations.Select(o => o.OccupationId).Concat(onPathway).ToList(), ct);
        return new PathwayOccupationsPage(
            PathwayMapping.Header(pathway), form, names, await queries.AreaChoicesAsync(ct), await queries.OtherOccupationChoicesAsync(onPathway, ct));
    }

    /// <summary>Move and remove act on what the user posted (even rows not valid yet); "add" comes after the save.</summary>
    private void ApplyRowCommand<T>(RepeaterCommand? command, string list, List<T> rows)
    {
        if (command is { Verb: not "add" } && command.ApplyTo(list, rows, () => throw new InvalidOperationException("Rows are added after the save.")))
        {
            // The posted values were bound by row index; after a move or removal the form model is what the page shows.
            ModelState.Clear();
        }
    }

    private static void ApplyAdd<T>(RepeaterCommand command, string list, List<T> rows, Func<T> newRow)
    {
        if (command.Verb == "add")
        {
            command.ApplyTo(list, rows, newRow);
        }
    }

    /// <summary>Saves the changed pathway parts with the pathway itself, so its stamp renews and the audit trail says what changed.</summary>
    private async Task<bool> SaveAsync(CareerPathway pathway, string action, List<string> changes, CancellationToken ct)
    {
        db.Entry(pathway).Property(p => p.UpdatedAtUtc).IsModified = true;
        audit.Action = action;
        var details = string.Join("; ", changes);
        audit.Details = details.Length <= 2_000 ? details : details[..1_999] + "…";
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>The form keeps the user's values and now carries the stored stamp: saving again keeps theirs on purpose.</summary>
    private ViewResult Stale(string view, object page)
    {
        ModelState.Remove("Form.ConcurrencyStamp");
        ModelState.AddModelError("", StaleSave.Message(What));
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(view, page);
    }

    /// <summary>Someone saved between our read and our write: nothing was saved; the user starts again from the stored pathway.</summary>
    private async Task<IActionResult> RefusedRaceAsync(int id)
    {
        var page = await queries.OverviewAsync(id, HttpContext.RequestAborted);
        if (page is null)
        {
            return NotFound();
        }

        ModelState.AddModelError("", $"Someone else saved {page.Pathway.Name} at the same moment, so your change was not saved. Check the pathway below and make your change again.");
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View("/Features/AdminPathways/Show.cshtml", page);
    }

    private ViewResult Stay(string view, object page, RepeaterCommand command, List<string> changes)
    {
        ModelState.Clear();
        ViewData["Status"] = (changes.Count > 0 ? "Saved. " : "") + (command.Verb == "add" ? "A new empty row has been added at the end." : "");
        return View(view, page);
    }

    private RedirectResult Done(CareerPathway pathway, string status)
    {
        TempData["Status"] = status;
        return Redirect($"/admin/pathways/{pathway.Id}");
    }
}
