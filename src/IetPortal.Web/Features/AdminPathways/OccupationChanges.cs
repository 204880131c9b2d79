using System.Globalization;
using IetPortal.Domain.ReferenceData;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.AdminShared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.AdminPathways;

/// <summary>
/// Writes a validated occupations form to a tracked pathway: links removed or added, and each occupation's in-demand
/// flags. The flags belong to the occupation, so they apply to every pathway that leads to it.
/// </summary>
public sealed class OccupationChanges(IetPortalDbContext db, PathwayUsage usage)
{
    public const string DemandSource = "Marked in demand by a WTCS administrator";

    /// <summary>
    /// The occupation the form adds (an existing one, found by id or SOC code, or a new one with its title), or null when
    /// it adds none or the addition is refused with an error. <paramref name="required"/>: the user pressed "Add".
    /// </summary>
    public async Task<Occupation?> ResolveAdditionAsync(
        CareerPathway pathway, PathwayOccupationsForm form, bool required, ModelStateDictionary modelState, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(modelState);
        if (!form.AddsOccupation)
        {
            if (required)
            {
                modelState.AddModelError("Form.ExistingOccupationId", "Choose an occupation from the list, or enter the SOC code and title of a new one.");
            }

            return null;
        }

        Occupation? occupation;
        if (form.ExistingOccupationId is { } id)
        {
            occupation = await db.Occupations.Include(o => o.Demand).SingleOrDefaultAsync(o => o.Id == id, ct);
            if (occupation is null)
            {
                modelState.AddModelError("Form.ExistingOccupationId", "Choose an occupation from the list.");
                return null;
            }
        }
        else
        {
            var soc = RepeaterRows.Clean(form.NewSocCode)!;
            occupation = await db.Occupations.Include(o => o.Demand).SingleOrDefaultAsync(o => o.SocCode == soc, ct);
            if (occupation is null)
            {
                var title = RepeaterRows.Clean(form.NewTitle);
                if (title is null)
                {
                    modelState.AddModelError("Form.NewTitle", $"Enter the title of occupation {soc}: it is not in IetPortal yet.");
                    return null;
                }

                occupation = new Occupation { SocCode = soc, Title = title };
            }
        }

        if (pathway.Occupations.Any(o => o.OccupationId == occupation.Id && occupation.Id != 0))
        {
            modelState.AddModelError(
                form.ExistingOccupationId is null ? "Form.NewSocCode" : "Form.ExistingOccupationId",
                $"The pathway already leads to {occupation.SocCode} {occupation.Title}.");
            return null;
        }

        return occupation;
    }

    public static void CheckAreas(PathwayOccupationsForm form, IReadOnlyCollection<int> areaIds, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(areaIds);
        ArgumentNullException.ThrowIfNull(modelState);
        for (var i = 0; i < form.Occupations.Count; i++)
        {
            if (form.Occupations[i].InDemandAreaIds.Any(id => !areaIds.Contains(id)))
            {
                modelState.AddModelError(Key(i), "Choose Workforce Development Areas from the list.");
            }
        }
    }

    /// <summary>Refuses to remove an occupation that a proposal of this pathway targets.</summary>
    public async Task<bool> MayRemoveAsync(
        CareerPathway pathway, PathwayOccupationsForm form, int? removing, ModelStateDictionary modelState, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pathway);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(modelState);
        var posted = form.Occupations.Where((r, i) => i != removing).Select(r => r.OccupationId).ToHashSet();
        var removed = pathway.Occupations.Where(o => !posted.Contains(o.OccupationId) && o.Occupation is not null).ToList();
        var used = await usage.TargetOccupationUseAsync(pathway.Id, removed.Select(o => o.Occupation!.SocCode).ToList(), ct);
        var ok = true;
        foreach (var link in removed.Where(o => used.ContainsKey(o.Occupation!.SocCode)))
        {
            var index = form.Occupations.FindIndex(r => r.OccupationId == link.OccupationId);
            modelState.AddModelError(
                index >= 0 ? Key(index) : "Form.Occupations",
                $"{link.Occupation!.SocCode} {link.Occupation.Title} cannot be removed: {PathwayUsage.Proposals(used[link.Occupation.SocCode], "on this pathway targets", "on this pathway target")} it, and existing proposals must keep working.");
            ok = false;
        }

        return ok;
    }

    /// <summary>Applies the form and the resolved addition; returns what changed, in words (empty when nothing did).</summary>
    public static List<string> Apply(PathwayOccupationsForm form, CareerPathway pathway, Occupation? addition)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(pathway);
        var changes = new List<string>();
        var rows = form.Occupations.GroupBy(r => r.OccupationId).ToDictionary(g => g.Key, g => g.First());
        foreach (var link in pathway.Occupations.ToList())
        {
            var name = link.Occupation is { } o ? $"{o.SocCode} {o.Title}" : link.OccupationId.ToString(CultureInfo.InvariantCulture);
            if (!rows.TryGetValue(link.OccupationId, out var row))
            {
                pathway.Occupations.Remove(link);
                changes.Add($"removed occupation {name}");
                continue;
            }

            if (link.Occupation is not { } occupation)
            {
                continue;
            }

            var wanted = row.InDemandAreaIds.ToHashSet();
            var stale = occupation.Demand.Where(d => !wanted.Contains(d.WorkforceDevelopmentAreaId)).ToList();
            var fresh = wanted.Where(id => occupation.Demand.All(d => d.WorkforceDevelopmentAreaId != id)).Order().ToList();
            foreach (var demand in stale)
            {
                occupation.Demand.Remove(demand);
            }

            occupation.Demand.AddRange(fresh.Select(id => new OccupationDemand { WorkforceDevelopmentAreaId = id, Source = DemandSource }));
            if (stale.Count > 0 || fresh.Count > 0)
            {
                changes.Add($"changed where {name} is in demand");
            }
        }

        if (addition is not null)
        {
            pathway.Occupations.Add(new PathwayOccupation { OccupationId = addition.Id, Occupation = addition });
            changes.Add(addition.Id == 0 ? $"added new occupation {addition.SocCode} {addition.Title}" : $"added occupation {addition.SocCode} {addition.Title}");
        }

        return changes;
    }

    private static string Key(int index) => string.Create(CultureInfo.InvariantCulture, $"Form.Occupations[{index}].InDemandAreaIds");
}
