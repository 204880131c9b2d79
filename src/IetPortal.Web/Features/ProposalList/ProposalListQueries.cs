using IetPortal.Domain.Proposals;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.ProposalList;

/// <summary>The list's reads: filtering, one page of rows, and the aggregate a copy is made from.</summary>
internal static class ProposalListQueries
{
    /// <summary>Applies the search and filters to proposals already restricted by <c>CollegeScope.Filter</c>.</summary>
    public static IQueryable<IetProposal> Matching(IQueryable<IetProposal> scoped, ProposalListFilter filter)
    {
        var query = scoped;
        if (filter.Term is { } term)
        {
            // Case-insensitive "contains" that means the same on SQLite, SQL Server and PostgreSQL: lower() on the
            // column against the lower-cased term, which all three providers translate (instr / CHARINDEX or LIKE /
            // strpos, with the term as a parameter, so % and _ typed by the user are plain characters). Not LIKE:
            // PostgreSQL's LIKE is case-sensitive. SQLite's lower() folds ASCII letters only, so the exact-case
            // comparison is kept beside it: typing "École" still finds "École" there.
            var lowered = term.ToLowerInvariant();
#pragma warning disable CA1862 // The StringComparison overloads it suggests have no SQL translation.
            query = query.Where(p => p.Title.Contains(term) || p.Title.ToLower().Contains(lowered));
#pragma warning restore CA1862
        }

        if (filter.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        if (filter.PathwayId is { } pathwayId)
        {
            query = query.Where(p => p.CareerPathwayId == pathwayId);
        }

        return query;
    }

    /// <summary>
    /// One page of rows in one query: the pathway name and the last editor's name come from correlated subqueries
    /// in the projection, never from a query per row.
    /// </summary>
    public static IQueryable<ProposalListRow> Page(IetPortalDbContext db, IQueryable<IetProposal> matching, ProposalListFilter filter) =>
        matching
            .OrderByDescending(p => p.UpdatedAtUtc)
            .ThenByDescending(p => p.Id) // a stable order, so a proposal never shows on two pages or none
            .Skip((filter.Page - 1) * ProposalListFilter.PageSize)
            .Take(ProposalListFilter.PageSize)
            .Select(p => new ProposalListRow(
                p.Id,
                p.Title,
                db.CareerPathways.Where(w => w.Id == p.CareerPathwayId).Select(w => w.Name).FirstOrDefault(),
                p.Status,
                p.UpdatedAtUtc,
                db.Users.Where(u => u.Id == p.UpdatedByUserId).Select(u => u.DisplayName).FirstOrDefault()));

    /// <summary>
    /// Everything <see cref="ProposalCopy.CopyAsDraft"/> copies, and nothing it does not (attachments, versions, reviews,
    /// comments and the audit trail are never loaded). Split queries: one join across every child list would multiply
    /// their rows. Not tracked, because the source itself is never changed.
    /// </summary>
    public static Task<IetProposal?> LoadForCopyAsync(IQueryable<IetProposal> scoped, int id, CancellationToken cancellationToken) =>
        scoped.AsNoTracking()
            .AsSplitQuery()
            .Include(p => p.Credentials)
            .Include(p => p.WorkforceAreas)
            .Include(p => p.LearningObjectives)
            .Include(p => p.Partners)
            .Include(p => p.Components).ThenInclude(c => c.Schedule)
            .Include(p => p.Components).ThenInclude(c => c.Instructors)
            .Include(p => p.Components).ThenInclude(c => c.Materials)
            .Include(p => p.Components).ThenInclude(c => c.ResearchBases)
            .Include(p => p.Components).ThenInclude(c => ((WorkforcePreparationComponent)c).Activities)
            .Include(p => p.Components).ThenInclude(c => ((WorkforceTrainingComponent)c).Courses)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
}
