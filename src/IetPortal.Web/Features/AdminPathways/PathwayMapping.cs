using System.Globalization;
using IetPortal.Domain.ReferenceData;
using IetPortal.Web.Features.AdminShared;

namespace IetPortal.Web.Features.AdminPathways;

/// <summary>
/// Between a loaded pathway and its forms: <c>To…</c> builds a form from what is stored; <c>Describe</c> lists a form's
/// values with readable labels, so a refused stale save can show the user's values next to the stored ones.
/// </summary>
public static class PathwayMapping
{
    public static PathwayHeader Header(CareerPathway p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new(p.Id, p.Name, p.Status, p.ConcurrencyStamp);
    }

    public static PathwayDetailsForm ToDetails(CareerPathway p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new() { ConcurrencyStamp = p.ConcurrencyStamp, Name = p.Name, Description = p.Description, CareerClusterId = p.CareerClusterId };
    }

    public static PathwayStepsForm ToSteps(CareerPathway p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new()
        {
            ConcurrencyStamp = p.ConcurrencyStamp,
            Steps = p.Steps.OrderBy(s => s.Position).ThenBy(s => s.Id)
                .Select(s => new StepRow { Id = s.Id, Title = s.Title, Description = s.Description }).ToList(),
        };
    }

    public static PathwayCredentialsForm ToCredentials(CareerPathway p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new()
        {
            ConcurrencyStamp = p.ConcurrencyStamp,
            Credentials = p.Credentials.OrderBy(c => c.Id).Select(c => new CredentialRow
            {
                Id = c.Id,
                Name = c.Name,
                Issuer = c.Issuer,
                Type = c.Type,
                WtcsProgramNumber = c.WtcsProgramNumber,
                StepId = c.CareerPathwayStepId,
                IsSystemApproved = c.IsSystemApproved,
            }).ToList(),
        };
    }

    /// <summary>The occupations form; the pathway's occupations must be loaded with their demand rows.</summary>
    public static PathwayOccupationsForm ToOccupations(CareerPathway p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new()
        {
            ConcurrencyStamp = p.ConcurrencyStamp,
            Occupations = p.Occupations.Where(o => o.Occupation is not null).OrderBy(o => o.Occupation!.SocCode)
                .Select(o => new OccupationRow
                {
                    OccupationId = o.OccupationId,
                    InDemandAreaIds = o.Occupation!.Demand.Select(d => d.WorkforceDevelopmentAreaId).Order().ToList(),
                })
                .ToList(),
        };
    }

    public static IEnumerable<FieldValue> Describe(PathwayDetailsForm form, Func<int?, string?> clusterName)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(clusterName);
        yield return new("Name", form.Name);
        yield return new("Description", form.Description);
        yield return new("Career cluster", clusterName(form.CareerClusterId));
    }

    public static IEnumerable<FieldValue> Describe(PathwayStepsForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        foreach (var (row, i) in form.Steps.Where(r => !r.IsBlank).Select((r, i) => (r, i + 1)))
        {
            yield return new(Label("Step", i, "title"), row.Title);
            yield return new(Label("Step", i, "description"), row.Description);
        }
    }

    public static IEnumerable<FieldValue> Describe(PathwayCredentialsForm form, Func<int?, string?> stepTitle)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(stepTitle);
        foreach (var (row, i) in form.Credentials.Where(r => !r.IsBlank).Select((r, i) => (r, i + 1)))
        {
            yield return new(Label("Credential", i, "name"), row.Name);
            yield return new(Label("Credential", i, "issuer"), row.Issuer);
            yield return new(Label("Credential", i, "type"), row.Type is { } type ? CredentialTypeText.Of(type) : null);
            yield return new(Label("Credential", i, "WTCS program number"), row.WtcsProgramNumber);
            yield return new(Label("Credential", i, "step where earned"), stepTitle(row.StepId));
            yield return new(Label("Credential", i, "system-approved"), row.IsSystemApproved ? "Yes" : "No");
        }
    }

    public static IEnumerable<FieldValue> Describe(PathwayOccupationsForm form, IReadOnlyDictionary<int, OccupationName> names, IReadOnlyDictionary<int, int> areaNumbers)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(areaNumbers);
        foreach (var row in form.Occupations)
        {
            var name = names.TryGetValue(row.OccupationId, out var n) ? $"{n.SocCode} {n.Title}" : $"Occupation {row.OccupationId}";
            var areas = row.InDemandAreaIds.Select(id => areaNumbers.GetValueOrDefault(id)).Where(n => n > 0).Order()
                .Select(n => "WDA " + n.ToString(CultureInfo.InvariantCulture));
            yield return new($"{name}: in demand in", string.Join(", ", areas) is { Length: > 0 } text ? text : "no area");
        }
    }

    private static string Label(string item, int number, string field) =>
        $"{item} {number.ToString(CultureInfo.InvariantCulture)}: {field}";
}
