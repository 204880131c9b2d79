using System.Globalization;
using IetPortal.Domain.ReferenceData;
using IetPortal.Web.Features.AdminShared;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IetPortal.Web.Features.AdminPathways;

/// <summary>Writes a validated credentials form to a tracked pathway.</summary>
public sealed class CredentialChanges(PathwayUsage usage)
{
    /// <summary>Each chosen step must be a step of this pathway.</summary>
    public static void CheckSteps(CareerPathway pathway, PathwayCredentialsForm form, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(modelState);
        var steps = pathway.Steps.Select(s => s.Id).ToHashSet();
        for (var i = 0; i < form.Credentials.Count; i++)
        {
            if (form.Credentials[i].StepId is { } stepId && !steps.Contains(stepId))
            {
                modelState.AddModelError(
                    string.Create(CultureInfo.InvariantCulture, $"Form.Credentials[{i}].StepId"), "Choose a step of this pathway, or none.");
            }
        }
    }

    /// <summary>Refuses to remove a credential that a proposal leads to (see <see cref="StepChanges.MayRemoveAsync"/>).</summary>
    public async Task<bool> MayRemoveAsync(
        CareerPathway pathway, PathwayCredentialsForm form, int? removing, ModelStateDictionary modelState, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(modelState);
        var posted = form.Credentials.Where((r, i) => r.Id is not null && i != removing).Select(r => r.Id!.Value).ToHashSet();
        var removed = pathway.Credentials.Where(c => !posted.Contains(c.Id)).ToList();
        var used = await usage.CredentialUseAsync(removed.Select(c => c.Id).ToList(), ct);
        foreach (var credential in removed.Where(c => used.ContainsKey(c.Id)))
        {
            var index = form.Credentials.FindIndex(r => r.Id == credential.Id);
            modelState.AddModelError(
                index >= 0 ? string.Create(CultureInfo.InvariantCulture, $"Form.Credentials[{index}].Name") : "Form.Credentials",
                $"The credential “{credential.Name}” cannot be removed: {PathwayUsage.Proposals(used[credential.Id], "leads", "lead")} to it, and existing proposals must keep working. Correct it instead, or retire the pathway.");
        }

        return removed.All(c => !used.ContainsKey(c.Id));
    }

    /// <summary>Applies the form; returns what changed, in words (empty when nothing did).</summary>
    public static List<string> Apply(PathwayCredentialsForm form, CareerPathway pathway)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(pathway);
        var changes = new List<string>();
        var stored = pathway.Credentials.ToDictionary(c => c.Id);
        var rows = form.Credentials.Where(r => !r.IsBlank).ToList();
        var kept = rows.Where(r => r.Id is { } id && stored.ContainsKey(id)).Select(r => r.Id!.Value).ToHashSet();
        foreach (var credential in stored.Values.Where(c => !kept.Contains(c.Id)))
        {
            pathway.Credentials.Remove(credential);
            changes.Add($"removed credential “{credential.Name}”");
        }

        foreach (var row in rows)
        {
            var credential = row.Id is { } id && kept.Contains(id) ? stored[id] : null;
            var name = RepeaterRows.Clean(row.Name) ?? "";
            var issuer = RepeaterRows.Clean(row.Issuer) ?? "";
            var number = RepeaterRows.Clean(row.WtcsProgramNumber);
            var type = row.Type ?? CredentialType.IndustryCertification;
            if (credential is null)
            {
                pathway.Credentials.Add(new Credential
                {
                    Name = name,
                    Issuer = issuer,
                    Type = type,
                    WtcsProgramNumber = number,
                    CareerPathwayStepId = row.StepId,
                    IsSystemApproved = row.IsSystemApproved,
                });
                changes.Add($"added credential “{name}”");
            }
            else if (credential.Name != name || credential.Issuer != issuer || credential.Type != type || credential.WtcsProgramNumber != number
                     || credential.CareerPathwayStepId != row.StepId || credential.IsSystemApproved != row.IsSystemApproved)
            {
                credential.Name = name;
                credential.Issuer = issuer;
                credential.Type = type;
                credential.WtcsProgramNumber = number;
                credential.CareerPathwayStepId = row.StepId;
                credential.IsSystemApproved = row.IsSystemApproved;
                changes.Add($"edited credential “{name}”");
            }
        }

        return changes;
    }
}
