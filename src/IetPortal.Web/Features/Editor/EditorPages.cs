using System.Globalization;
using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.ReferenceData;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Compliance;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Editor;

/// <summary>Builds editor pages (header, navigation, choices) and checks the reference ids a pathway form names.</summary>
public sealed class EditorPages(IetPortalDbContext db, ComplianceService compliance)
{
    public async Task<EditorPage<TForm>> BuildAsync<TForm>(
        IetProposal proposal, string slug, TForm form, CancellationToken ct, IReadOnlyList<FieldDifference>? conflict = null)
        where TForm : SectionForm
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var current = EditorSections.Find(slug)!;
        // One evaluation feeds the compliance panel and the navigation's section states (issue 4).
        var report = await compliance.EvaluateAsync(proposal, ct);
        var header = await HeaderAsync(proposal, current, report, ct);
        string? conflictBy = null;
        if (conflict is not null)
        {
            conflictBy = await db.Users.AsNoTracking().Where(u => u.Id == proposal.UpdatedByUserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
        }

        return new EditorPage<TForm>(header, form)
        {
            Choices = slug == EditorSections.Pathway ? await PathwayChoicesAsync(form as PathwayForm, ct) : EditorChoices.Empty,
            Conflict = conflict ?? [],
            ConflictBy = conflictBy,
            ConflictAt = conflict is null ? null : proposal.UpdatedAtUtc,
            Extra = slug is EditorSections.Integration or EditorSections.AdultEducation or EditorSections.WorkforcePreparation or EditorSections.WorkforceTraining
                ? Timeline.Of(proposal)
                : null,
            Compliance = CompliancePanel.For(proposal, current, report),
        };
    }

    /// <summary>The header and navigation of an editor page or of the check page, with each section's compliance state.</summary>
    public async Task<EditorHeader> HeaderAsync(IetProposal proposal, EditorSection current, ComplianceReport report, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(report);
        var college = await db.Colleges.AsNoTracking().Where(c => c.Id == proposal.CollegeId).Select(c => c.Name).SingleAsync(ct);
        var links = EditorSections.All.Select(s =>
            {
                var started = SectionCatalog.IsStarted(s.Slug, proposal);
                return new SectionLink(s, started, s.Slug == current.Slug, CompliancePanel.SectionState(started, report.ForSection(s.Section)), $"/proposals/{proposal.Id}/edit/{s.Slug}");
            })
            .Append(new SectionLink(
                EditorSections.CheckAndSubmitPage,
                Started: false,
                current.Slug == EditorSections.CheckAndSubmit,
                report.HasBlockingErrors ? "Not ready" : report.WarningCount > 0 ? "Warnings to acknowledge" : "Ready",
                $"/proposals/{proposal.Id}/check"))
            .ToList();
        return new EditorHeader(proposal.Id, proposal.Title, college, proposal.Status, current, links);
    }

    /// <summary>The ids a pathway form names must exist and belong together; reported on the page like any other error.</summary>
    public async Task CheckPathwayReferencesAsync(PathwayForm form, ModelStateDictionary modelState, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(modelState);
        if (form.CareerPathwayId is { } pathwayId)
        {
            var pathway = await db.CareerPathways.AsNoTracking()
                .Where(p => p.Id == pathwayId)
                .Select(p => new { Steps = p.Steps.Select(s => s.Id).ToList(), Credentials = p.Credentials.Select(c => c.Id).ToList() })
                .SingleOrDefaultAsync(ct);
            if (pathway is null)
            {
                modelState.AddModelError("Form.CareerPathwayId", "Choose a career pathway from the list.");
                return;
            }

            if (form.EntryStepId is { } stepId && !pathway.Steps.Contains(stepId))
            {
                modelState.AddModelError("Form.EntryStepId", "Choose an entry step of the chosen career pathway.");
            }

            if (form.CredentialIds.Any(id => !pathway.Credentials.Contains(id)))
            {
                modelState.AddModelError("Form.CredentialIds", "Choose credentials of the chosen career pathway.");
            }
        }
        else if (form.EntryStepId is not null || form.CredentialIds.Count > 0)
        {
            modelState.AddModelError("Form.CareerPathwayId", "Choose the career pathway before its entry step and credentials.");
        }

        if (form.WorkforceAreaIds.Count > 0)
        {
            var known = await db.WorkforceDevelopmentAreas.AsNoTracking().Where(a => form.WorkforceAreaIds.Contains(a.Id)).CountAsync(ct);
            if (known != form.WorkforceAreaIds.Distinct().Count())
            {
                modelState.AddModelError("Form.WorkforceAreaIds", "Choose Workforce Development Areas from the list.");
            }
        }
    }

    private async Task<EditorChoices> PathwayChoicesAsync(PathwayForm? form, CancellationToken ct)
    {
        var chosen = form?.CareerPathwayId;
        var pathways = await db.CareerPathways.AsNoTracking()
            .Where(p => p.Status == PathwayStatus.Active || p.Id == chosen)
            .OrderBy(p => p.Name)
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.Status,
                Steps = p.Steps.OrderBy(s => s.Position).Select(s => new { s.Id, s.Position, s.Title }).ToList(),
                Credentials = p.Credentials.OrderBy(c => c.Name).Select(c => new { c.Id, c.Name, c.Issuer }).ToList(),
            })
            .ToListAsync(ct);
        var areas = await db.WorkforceDevelopmentAreas.AsNoTracking().OrderBy(a => a.Number)
            .Select(a => new SelectListItem($"WDA {a.Number}: {a.Name}", a.Id.ToString(CultureInfo.InvariantCulture)))
            .ToListAsync(ct);
        return new EditorChoices
        {
            Pathways = pathways.Select(p => new SelectListItem(
                p.Status == PathwayStatus.Retired ? $"{p.Name} (retired)" : p.Name, p.Id.ToString(CultureInfo.InvariantCulture))).ToList(),
            // Once a pathway is chosen, only its steps are offered (a keyboard user types "Step 1" and gets the right one).
            Steps = pathways.Where(p => chosen is null || p.Id == chosen).SelectMany(p =>
            {
                var group = new SelectListGroup { Name = p.Name };
                return p.Steps.Select(s => new SelectListItem($"Step {s.Position}: {s.Title}", s.Id.ToString(CultureInfo.InvariantCulture)) { Group = group });
            }).ToList(),
            Credentials = pathways.Where(p => chosen is null || p.Id == chosen)
                .SelectMany(p => p.Credentials.Select(c => new SelectListItem(
                    chosen is null ? $"{c.Name} ({c.Issuer}) - {p.Name}" : $"{c.Name} ({c.Issuer})", c.Id.ToString(CultureInfo.InvariantCulture))))
                .ToList(),
            WorkforceAreas = areas,
        };
    }
}
