using IetPortal.Domain.Proposals;
using IetPortal.Domain.Tests.Compliance;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Compliance;

/// <summary>
/// The complete CNA proposal of <see cref="RealisticProposals.Cna"/> with the ids of the seeded reference data
/// (Milwaukee Area Technical College, the Nursing pathway and its Nursing Assistant step and credential, Employ
/// Milwaukee's WDA) instead of the domain tests' constants. Also compiled into the browser tests, so it uses no xunit.
/// </summary>
public static class CnaInDatabase
{
    public sealed record SeededIds(int CollegeId, int PathwayId, int EntryStepId, int CredentialId, int EmployMilwaukeeId);

    public static async Task<SeededIds> IdsAsync(IetPortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var pathwayId = await db.CareerPathways.Where(p => p.Name.StartsWith("Nursing")).Select(p => p.Id).SingleAsync();
        return new SeededIds(
            await db.Colleges.Where(c => c.Code == "MATC").Select(c => c.Id).SingleAsync(),
            pathwayId,
            await db.CareerPathwaySteps.Where(s => s.CareerPathwayId == pathwayId && s.Position == 1).Select(s => s.Id).SingleAsync(),
            await db.Credentials.Where(c => c.CareerPathwayId == pathwayId && c.WtcsProgramNumber == "30-543-1").Select(c => c.Id).SingleAsync(),
            await db.WorkforceDevelopmentAreas.Where(a => a.Number == 2).Select(a => a.Id).SingleAsync());
    }

    /// <summary>The complete proposal pointing at the seeded reference data.</summary>
    public static IetProposal Build(SeededIds ids, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var proposal = RealisticProposals.Cna();
        proposal.CollegeId = ids.CollegeId;
        proposal.CareerPathwayId = ids.PathwayId;
        proposal.EntryStepId = ids.EntryStepId;
        proposal.Credentials = [new ProposalCredential { CredentialId = ids.CredentialId }];
        proposal.WorkforceAreas = [new ProposalWorkforceArea { WorkforceDevelopmentAreaId = ids.EmployMilwaukeeId }];
        if (title is not null)
        {
            proposal.Title = title;
        }

        // Rows keep their order when read back (ids follow the list), as they do when the editor saves them.
        SetPositions(proposal);
        return proposal;
    }

    /// <summary>Saves the complete proposal, changed first by <paramref name="change"/> (to remove one required element).</summary>
    public static async Task<int> AddAsync(IetPortalDbContext db, Action<IetProposal>? change = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(db);
        var proposal = Build(await IdsAsync(db), title);
        change?.Invoke(proposal);
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
        return proposal.Id;
    }

    private static void SetPositions(IetProposal proposal)
    {
        for (var i = 0; i < proposal.LearningObjectives.Count; i++)
        {
            proposal.LearningObjectives[i].Position = i + 1;
        }

        foreach (var component in proposal.Components)
        {
            Number(component.Schedule, (row, n) => row.Position = n);
            Number(component.Instructors, (row, n) => row.Position = n);
            Number(component.Materials, (row, n) => row.Position = n);
            Number(component.ResearchBases, (row, n) => row.Position = n);
            if (component is WorkforcePreparationComponent preparation)
            {
                Number(preparation.Activities, (row, n) => row.Position = n);
            }

            if (component is WorkforceTrainingComponent training)
            {
                Number(training.Courses, (row, n) => row.Position = n);
            }
        }

        Number(proposal.Partners, (row, n) => row.Position = n);
    }

    private static void Number<T>(List<T> rows, Action<T, int> set)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            set(rows[i], i + 1);
        }
    }
}
