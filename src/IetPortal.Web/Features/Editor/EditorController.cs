using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.Proposals;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Editor;

/// <summary>
/// The proposal editor: one page per section. Every save is checked for shape (never for completeness), refused
/// with both values when a colleague saved the same section in between, and recorded in the audit trail.
/// </summary>
[Route("proposals/{id:int}/edit")]
[Authorize(Policy = Policies.CollegeStaff)]
public sealed class EditorController(
    IetPortalDbContext db, ProposalAccess access, AuditScope audit, EditorPages pages, Compliance.ComplianceService compliance)
    : ProposalControllerBase(access)
{
    private const string ContinueCommand = "continue";

    /// <summary>Saves lost to a colleague's save of another section are applied again, at most this many times in all.</summary>
    private const int MaxSaveAttempts = 4;

    [HttpGet("")]
    public async Task<IActionResult> Index(int id) => await DenyUnlessVisibleAsync(id) ?? RedirectToAction(nameof(Overview), new { id });

    [HttpGet(EditorSections.Overview)]
    public Task<IActionResult> Overview(int id) => ShowAsync(id, EditorSections.Overview, SectionMapping.ToOverview);

    [HttpPost(EditorSections.Overview)]
    public Task<IActionResult> Overview(int id, [Bind(Prefix = "Form")] OverviewForm form) =>
        SaveAsync(id, EditorSections.Overview, form, SectionMapping.ToOverview, SectionMapping.Apply);

    [HttpGet(EditorSections.Pathway)]
    public Task<IActionResult> Pathway(int id) => ShowAsync(id, EditorSections.Pathway, SectionMapping.ToPathway);

    [HttpPost(EditorSections.Pathway)]
    public Task<IActionResult> Pathway(int id, [Bind(Prefix = "Form")] PathwayForm form) =>
        SaveAsync(id, EditorSections.Pathway, form, SectionMapping.ToPathway, SectionMapping.Apply, pages.CheckPathwayReferencesAsync);

    [HttpGet(EditorSections.AdultEducation)]
    public Task<IActionResult> AdultEducation(int id) => ShowAsync(id, EditorSections.AdultEducation, SectionMapping.ToAdultEducation);

    [HttpPost(EditorSections.AdultEducation)]
    public Task<IActionResult> AdultEducation(int id, [Bind(Prefix = "Form")] AdultEducationForm form) =>
        SaveAsync(id, EditorSections.AdultEducation, form, SectionMapping.ToAdultEducation, SectionMapping.Apply);

    [HttpGet(EditorSections.WorkforcePreparation)]
    public Task<IActionResult> WorkforcePreparation(int id) => ShowAsync(id, EditorSections.WorkforcePreparation, SectionMapping.ToWorkforcePreparation);

    [HttpPost(EditorSections.WorkforcePreparation)]
    public Task<IActionResult> WorkforcePreparation(int id, [Bind(Prefix = "Form")] WorkforcePreparationForm form) =>
        SaveAsync(id, EditorSections.WorkforcePreparation, form, SectionMapping.ToWorkforcePreparation, SectionMapping.Apply);

    [HttpGet(EditorSections.WorkforceTraining)]
    public Task<IActionResult> WorkforceTraining(int id) => ShowAsync(id, EditorSections.WorkforceTraining, SectionMapping.ToWorkforceTraining);

    [HttpPost(EditorSections.WorkforceTraining)]
    public Task<IActionResult> WorkforceTraining(int id, [Bind(Prefix = "Form")] WorkforceTrainingForm form) =>
        SaveAsync(id, EditorSections.WorkforceTraining, form, SectionMapping.ToWorkforceTraining, SectionMapping.Apply);

    [HttpGet(EditorSections.Integration)]
    public Task<IActionResult> Integration(int id) => ShowAsync(id, EditorSections.Integration, SectionMapping.ToIntegration);

    [HttpPost(EditorSections.Integration)]
    public Task<IActionResult> Integration(int id, [Bind(Prefix = "Form")] IntegrationForm form) =>
        SaveAsync(id, EditorSections.Integration, form, SectionMapping.ToIntegration, SectionMapping.Apply);

    [HttpGet(EditorSections.LearningObjectives)]
    public Task<IActionResult> LearningObjectives(int id) => ShowAsync(id, EditorSections.LearningObjectives, SectionMapping.ToLearningObjectives);

    [HttpPost(EditorSections.LearningObjectives)]
    public Task<IActionResult> LearningObjectives(int id, [Bind(Prefix = "Form")] LearningObjectivesForm form) =>
        SaveAsync(id, EditorSections.LearningObjectives, form, SectionMapping.ToLearningObjectives, SectionMapping.Apply);

    [HttpGet(EditorSections.Materials)]
    public Task<IActionResult> Materials(int id) => ShowAsync(id, EditorSections.Materials, SectionMapping.ToMaterials);

    [HttpPost(EditorSections.Materials)]
    public Task<IActionResult> Materials(int id, [Bind(Prefix = "Form")] MaterialsForm form) =>
        SaveAsync(id, EditorSections.Materials, form, SectionMapping.ToMaterials, SectionMapping.Apply);

    [HttpGet(EditorSections.Equity)]
    public Task<IActionResult> Equity(int id) => ShowAsync(id, EditorSections.Equity, SectionMapping.ToEquity);

    [HttpPost(EditorSections.Equity)]
    public Task<IActionResult> Equity(int id, [Bind(Prefix = "Form")] EquityForm form) =>
        SaveAsync(id, EditorSections.Equity, form, SectionMapping.ToEquity, SectionMapping.Apply);

    [HttpGet(EditorSections.Partners)]
    public Task<IActionResult> Partners(int id) => ShowAsync(id, EditorSections.Partners, SectionMapping.ToPartners);

    [HttpPost(EditorSections.Partners)]
    public Task<IActionResult> Partners(int id, [Bind(Prefix = "Form")] PartnersForm form) =>
        SaveAsync(id, EditorSections.Partners, form, SectionMapping.ToPartners, SectionMapping.Apply);

    private async Task<IActionResult> ShowAsync<TForm>(int id, string slug, Func<IetProposal, TForm> load)
        where TForm : SectionForm
    {
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        var proposal = await db.Proposals.WithWholeProposal().AsNoTracking().SingleAsync(p => p.Id == id, HttpContext.RequestAborted);
        if (!proposal.IsEditable)
        {
            return ReadOnly(proposal);
        }

        var form = load(proposal);
        form.Version = SectionVersion.Of(form);
        return View(slug, await pages.BuildAsync(proposal, slug, form, HttpContext.RequestAborted));
    }

    private async Task<IActionResult> SaveAsync<TForm>(
        int id,
        string slug,
        TForm form,
        Func<IetProposal, TForm> load,
        Action<TForm, IetProposal> apply,
        Func<TForm, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary, CancellationToken, Task>? checkReferences = null)
        where TForm : SectionForm
    {
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        var ct = HttpContext.RequestAborted;
        var proposal = await db.Proposals.WithWholeProposal().SingleAsync(p => p.Id == id, ct);
        if (!proposal.IsEditable)
        {
            return ReadOnly(proposal);
        }

        // Remove and reorder act on what the user posted, even rows that are not valid yet.
        var command = RepeaterCommand.Parse(form.Command);
        if (command is { Verb: not "add" })
        {
            command.ApplyTo(form);
        }

        var validator = HttpContext.RequestServices.GetRequiredService<IValidator<TForm>>();
        (await validator.ValidateAsync(form, ct)).AddToModelState(ModelState, "Form");
        if (checkReferences is not null)
        {
            await checkReferences(form, ModelState, ct);
        }

        if (!ModelState.IsValid)
        {
            // Nothing is saved while any field is malformed: no half-saved sections.
            return View(slug, await pages.BuildAsync(proposal, slug, form, ct));
        }

        TForm saved;
        IReadOnlyList<FieldDifference> changes;
        for (var attempt = 1; ; attempt++)
        {
            var stored = load(proposal);
            var storedVersion = SectionVersion.Of(stored);
            if (form.Version != storedVersion)
            {
                return await ConflictAsync(proposal, slug, form, stored, storedVersion);
            }

            apply(form, proposal);
            saved = load(proposal);
            changes = SectionVersion.Compare(stored, saved);
            if (changes.Count == 0)
            {
                break;
            }

            db.Entry(proposal).Property(p => p.UpdatedAtUtc).IsModified = true;
            audit.Section = EditorSections.Find(slug)!.Section.ToString();
            audit.Action = "Section saved";
            audit.Details = Truncate("Changed: " + string.Join("; ", changes.Select(c => c.Label).Distinct()), 2_000);

            // Issue 4: the draft's stored compliance state follows every save, in the same SaveChanges as the section.
            await compliance.RecordCheckAsync(proposal, $"{EditorSections.Find(slug)!.Title} saved", ct);
            try
            {
                await db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxSaveAttempts)
            {
                // Someone saved between our read and our write (the proposal's stamp changed). If it was another
                // section, this one is still as the user loaded it: apply the form again to the proposal as it is now
                // (the loop's version check shows a conflict if it was this section after all).
                db.ChangeTracker.Clear();
                proposal = await db.Proposals.WithWholeProposal().SingleAsync(p => p.Id == id, ct);
                if (!proposal.IsEditable)
                {
                    return ReadOnly(proposal);
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                // Still losing the race after several attempts: show the stored version against ours.
                db.ChangeTracker.Clear();
                var fresh = await db.Proposals.WithWholeProposal().AsNoTracking().SingleAsync(p => p.Id == id, ct);
                var theirs = load(fresh);
                return await ConflictAsync(fresh, slug, form, theirs, SectionVersion.Of(theirs));
            }
        }

        if (command is not null)
        {
            // Repeating-item buttons stay on the page: show what was saved, plus a new empty row for "add".
            saved.Version = SectionVersion.Of(saved);
            if (command.Verb == "add")
            {
                command.ApplyTo(saved);
            }

            ModelState.Clear();
            ViewData["Status"] = command.Verb == "add" ? "Saved. A new empty item has been added at the end." : "Saved.";
            return View(slug, await pages.BuildAsync(proposal, slug, saved, ct));
        }

        var section = EditorSections.Find(slug)!;
        TempData["Status"] = changes.Count > 0 ? $"{section.Title} saved." : $"{section.Title}: no changes to save.";
        var next = form.Command == ContinueCommand ? EditorSections.Next(slug) : null;
        return Redirect($"/proposals/{id}/edit/{(next ?? section).Slug}");
    }

    private async Task<IActionResult> ConflictAsync<TForm>(IetProposal proposal, string slug, TForm mine, TForm theirs, string theirVersion)
        where TForm : SectionForm
    {
        var differences = SectionVersion.Compare(mine, theirs);
        mine.Version = theirVersion;
        var page = await pages.BuildAsync(proposal, slug, mine, HttpContext.RequestAborted, differences);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(slug, page);
    }

    private RedirectResult ReadOnly(IetProposal proposal)
    {
        TempData["Status"] = $"This proposal is {Shared.DisplayText.Humanize(proposal.Status).ToLowerInvariant()}: it can be read but not edited.";
        return Redirect($"/proposals/{proposal.Id}");
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
