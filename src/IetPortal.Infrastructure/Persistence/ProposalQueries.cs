using IetPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Infrastructure.Persistence;

public static class ProposalQueries
{
    /// <summary>
    /// The whole proposal aggregate: every section with its repeating items (not attachments' bytes, versions or
    /// reviews). Split queries keep the many collections from multiplying into one huge join.
    /// </summary>
    public static IQueryable<IetProposal> WithWholeProposal(this IQueryable<IetProposal> proposals) => proposals
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
        .AsSplitQuery();
}
