using System.Globalization;
using IetPortal.Domain.ReferenceData;
using IetPortal.Web.Features.AdminShared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IetPortal.Web.Features.AdminPathways;

/// <summary>Writes a validated steps form to a tracked pathway: rows in posted order, rows with an id kept, others added.</summary>
public sealed class StepChanges(PathwayUsage usage)
{
    /// <summary>
    /// Refuses to remove a step that a proposal enters at or that a credential is earned at. <paramref name="removing"/>
    /// names the row a Remove button asks for (before it is taken out of the form); otherwise every stored step
    /// missing from the form is checked.
    /// </summary>
    public async Task<bool> MayRemoveAsync(
        CareerPathway pathway, PathwayStepsForm form, int? removing, ModelStateDictionary modelState, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(modelState);
        var posted = form.Steps.Where((r, i) => r.Id is not null && i != removing).Select(r => r.Id!.Value).ToHashSet();
        var removed = pathway.Steps.Where(s => !posted.Contains(s.Id)).ToList();
        var used = await usage.EntryStepUseAsync(removed.Select(s => s.Id).ToList(), ct);
        var ok = true;
        foreach (var step in removed)
        {
            var key = RowKey(form, step.Id);
            if (used.TryGetValue(step.Id, out var count))
            {
                modelState.AddModelError(key, $"The step “{step.Title}” cannot be removed: {PathwayUsage.Proposals(count, "enters", "enter")} the pathway at it, and existing proposals must keep working. Rename the step instead, or retire the pathway.");
                ok = false;
            }

            if (pathway.Credentials.FirstOrDefault(c => c.CareerPathwayStepId == step.Id) is { } credential)
            {
                modelState.AddModelError(key, $"The step “{step.Title}” cannot be removed: the credential “{credential.Name}” is earned at it. Change that credential's step first.");
                ok = false;
            }
        }

        return ok;
    }

    /// <summary>Applies the form; returns what changed, in words, for the audit trail (empty when nothing did).</summary>
    public static List<string> Apply(PathwayStepsForm form, CareerPathway pathway)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(pathway);
        var changes = new List<string>();
        var stored = pathway.Steps.ToDictionary(s => s.Id);
        var rows = form.Steps.Where(r => !r.IsBlank).ToList();
        var kept = rows.Where(r => r.Id is { } id && stored.ContainsKey(id)).Select(r => r.Id!.Value).ToHashSet();
        foreach (var step in stored.Values.Where(s => !kept.Contains(s.Id)))
        {
            pathway.Steps.Remove(step);
            changes.Add($"removed step “{step.Title}”");
        }

        var reordered = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var title = RepeaterRows.Clean(row.Title) ?? "";
            var description = RepeaterRows.Clean(row.Description);
            if (row.Id is { } id && kept.Contains(id))
            {
                var step = stored[id];
                if (step.Title != title || step.Description != description)
                {
                    changes.Add($"edited step “{title}”");
                    step.Title = title;
                    step.Description = description;
                }

                reordered |= step.Position != i + 1;
                step.Position = i + 1;
            }
            else
            {
                pathway.Steps.Add(new CareerPathwayStep { Position = i + 1, Title = title, Description = description });
                changes.Add($"added step “{title}”");
            }
        }

        if (reordered)
        {
            changes.Add("reordered the steps");
        }

        return changes;
    }

    /// <summary>The error goes on the row's title when the row is on the page, else on the list as a whole.</summary>
    private static string RowKey(PathwayStepsForm form, int stepId)
    {
        var index = form.Steps.FindIndex(s => s.Id == stepId);
        return index >= 0 ? string.Create(CultureInfo.InvariantCulture, $"Form.Steps[{index}].Title") : "Form.Steps";
    }
}
