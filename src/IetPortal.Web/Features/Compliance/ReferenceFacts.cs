using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.ReferenceData;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Compliance;

/// <summary>
/// The reference-data facts the compliance rules read (pathways with their steps, credentials and occupations;
/// credentials with their system-approved flag; Workforce Development Areas with their in-demand SOC codes), loaded
/// once with a few no-tracking projections and then looked up per proposal, so a re-check of thousands of drafts
/// does not query per draft.
/// </summary>
public sealed class ReferenceFacts
{
    private readonly Dictionary<int, CareerPathwayFacts> _pathways;
    private readonly Dictionary<int, CredentialFacts> _credentials;
    private readonly Dictionary<int, WorkforceAreaFacts> _areas;

    private ReferenceFacts(
        Dictionary<int, CareerPathwayFacts> pathways, Dictionary<int, CredentialFacts> credentials, Dictionary<int, WorkforceAreaFacts> areas)
    {
        _pathways = pathways;
        _credentials = credentials;
        _areas = areas;
    }

    /// <summary>Only the facts one proposal names: its pathway, its credentials and its areas (three small queries at most).</summary>
    public static Task<ReferenceFacts> ForProposalAsync(IetPortalDbContext db, IetProposal proposal, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        return LoadAsync(
            db,
            proposal.CareerPathwayId is { } pathwayId ? [pathwayId] : [],
            proposal.Credentials.Select(c => c.CredentialId).Distinct().ToList(),
            proposal.WorkforceAreas.Select(a => a.WorkforceDevelopmentAreaId).Distinct().ToList(),
            ct);
    }

    /// <summary>Every pathway, credential and area: reference tables are small, and a re-check needs most of them.</summary>
    public static Task<ReferenceFacts> AllAsync(IetPortalDbContext db, CancellationToken ct) => LoadAsync(db, null, null, null, ct);

    /// <summary>
    /// The facts for one proposal. A credential or area the proposal names that no longer exists is simply absent, which
    /// the rules report; a credential of another pathway is present with its own pathway id, which the rules also report.
    /// </summary>
    public ComplianceReferenceData For(IetProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var credentials = new List<CredentialFacts>(proposal.Credentials.Count);
        foreach (var chosen in proposal.Credentials)
        {
            if (_credentials.TryGetValue(chosen.CredentialId, out var credential))
            {
                credentials.Add(credential);
            }
        }

        var areas = new List<WorkforceAreaFacts>(proposal.WorkforceAreas.Count);
        foreach (var chosen in proposal.WorkforceAreas)
        {
            if (_areas.TryGetValue(chosen.WorkforceDevelopmentAreaId, out var area))
            {
                areas.Add(area);
            }
        }

        return new ComplianceReferenceData
        {
            Pathway = proposal.CareerPathwayId is { } id ? _pathways.GetValueOrDefault(id) : null,
            Credentials = credentials,
            WorkforceAreas = areas,
        };
    }

    private static async Task<ReferenceFacts> LoadAsync(
        IetPortalDbContext db, IReadOnlyCollection<int>? pathwayIds, IReadOnlyCollection<int>? credentialIds, IReadOnlyCollection<int>? areaIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pathways = new Dictionary<int, CareerPathwayFacts>();
        if (pathwayIds is not { Count: 0 })
        {
            var query = db.CareerPathways.AsNoTracking();
            if (pathwayIds is not null)
            {
                query = query.Where(p => pathwayIds.Contains(p.Id));
            }

            var rows = await query
                .Select(p => new
                {
                    p.Id,
                    p.Name,
                    p.Status,
                    Steps = p.Steps.OrderBy(s => s.Position).Select(s => new PathwayStepFacts(s.Id, s.Position, s.Title)).ToList(),
                    Credentials = p.Credentials.Select(c => c.Id).ToList(),
                    SocCodes = p.Occupations.Select(o => o.Occupation!.SocCode).ToList(),
                })
                .AsSplitQuery()
                .ToListAsync(ct);
            foreach (var row in rows)
            {
                pathways[row.Id] = new CareerPathwayFacts(row.Id, row.Name, row.Status == PathwayStatus.Active, row.Steps, row.Credentials, row.SocCodes);
            }
        }

        var credentials = new Dictionary<int, CredentialFacts>();
        if (credentialIds is not { Count: 0 })
        {
            var query = db.Credentials.AsNoTracking();
            if (credentialIds is not null)
            {
                query = query.Where(c => credentialIds.Contains(c.Id));
            }

            foreach (var credential in await query.Select(c => new CredentialFacts(c.Id, c.Name, c.CareerPathwayId, c.IsSystemApproved)).ToListAsync(ct))
            {
                credentials[credential.Id] = credential;
            }
        }

        var areas = new Dictionary<int, WorkforceAreaFacts>();
        if (areaIds is not { Count: 0 })
        {
            var areaQuery = db.WorkforceDevelopmentAreas.AsNoTracking();
            var demandQuery = db.OccupationDemands.AsNoTracking();
            if (areaIds is not null)
            {
                areaQuery = areaQuery.Where(a => areaIds.Contains(a.Id));
                demandQuery = demandQuery.Where(d => areaIds.Contains(d.WorkforceDevelopmentAreaId));
            }

            var rows = await areaQuery.Select(a => new { a.Id, a.Number, a.Name }).ToListAsync(ct);
            var demand = (await demandQuery
                    .Join(db.Occupations, d => d.OccupationId, o => o.Id, (d, o) => new { d.WorkforceDevelopmentAreaId, o.SocCode })
                    .ToListAsync(ct))
                .ToLookup(d => d.WorkforceDevelopmentAreaId, d => d.SocCode);
            foreach (var row in rows)
            {
                areas[row.Id] = new WorkforceAreaFacts(row.Id, row.Number, row.Name, demand[row.Id].ToList());
            }
        }

        return new ReferenceFacts(pathways, credentials, areas);
    }
}
