using IetPortal.Domain.Proposals;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.AdminPathways;

/// <summary>
/// Which proposals use a pathway or one of its parts. PRODUCT.md: changes never break existing proposals, so a part
/// a proposal points at (its pathway, entry step, credentials, target occupation) is never removed from under it.
/// Proposals of every status count: an approved program must keep reading as it was approved.
/// </summary>
public sealed class PathwayUsage(IetPortalDbContext db)
{
    public Task<int> ProposalCountAsync(int pathwayId, CancellationToken ct) =>
        db.Proposals.AsNoTracking().CountAsync(p => p.CareerPathwayId == pathwayId, ct);

    /// <summary>Proposals entering at each of these steps, by step id (steps nobody uses are absent).</summary>
    public Task<Dictionary<int, int>> EntryStepUseAsync(IReadOnlyCollection<int> stepIds, CancellationToken ct) =>
        stepIds.Count == 0
            ? Task.FromResult(new Dictionary<int, int>())
            : db.Proposals.AsNoTracking()
                .Where(p => p.EntryStepId != null && stepIds.Contains(p.EntryStepId.Value))
                .GroupBy(p => p.EntryStepId!.Value)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>Proposals leading to each of these credentials, by credential id.</summary>
    public Task<Dictionary<int, int>> CredentialUseAsync(IReadOnlyCollection<int> credentialIds, CancellationToken ct) =>
        credentialIds.Count == 0
            ? Task.FromResult(new Dictionary<int, int>())
            : db.Set<ProposalCredential>().AsNoTracking()
                .Where(c => credentialIds.Contains(c.CredentialId))
                .GroupBy(c => c.CredentialId)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, ct);

    /// <summary>Proposals of this pathway targeting each of these SOC codes, by code.</summary>
    public Task<Dictionary<string, int>> TargetOccupationUseAsync(int pathwayId, IReadOnlyCollection<string> socCodes, CancellationToken ct) =>
        socCodes.Count == 0
            ? Task.FromResult(new Dictionary<string, int>(StringComparer.Ordinal))
            : db.Proposals.AsNoTracking()
                .Where(p => p.CareerPathwayId == pathwayId && p.OccupationSocCode != null && socCodes.Contains(p.OccupationSocCode))
                .GroupBy(p => p.OccupationSocCode!)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, StringComparer.Ordinal, ct);

    public static string Proposals(int count) => count == 1 ? "1 proposal" : $"{count} proposals";

    /// <summary>"1 proposal enters", "3 proposals enter".</summary>
    public static string Proposals(int count, string verbForOne, string verbForMany) =>
        $"{Proposals(count)} {(count == 1 ? verbForOne : verbForMany)}";
}
