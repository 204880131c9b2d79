using IetPortal.Domain.ReferenceData;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Review;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Dashboard;

public sealed record CollegeOption(int Id, string Code, string Name);

public sealed record PathwayOption(int Id, string Name, PathwayStatus Status);

/// <summary>How many proposals of one college, pathway and status there are: one group of the database's GROUP BY.</summary>
public sealed record ProposalCount(int CollegeId, int? PathwayId, ProposalStatus Status, int Proposals);

/// <summary>
/// A submitted version with its decision: when it was submitted, when it was returned or approved, and whether the
/// proposal is an amendment of an approved program.
/// </summary>
public sealed record DecidedVersion(DecisionKind Kind, DateTime SubmittedAtUtc, DateTime DecidedAtUtc, bool IsAmendment)
{
    /// <summary>Whole calendar days (UTC) from submission to decision, as the review clock counts: decided the same day is 0.</summary>
    public int DaysInReview => ReviewClock.DaysBetween(SubmittedAtUtc, DecidedAtUtc);

    /// <summary>The calendar year (UTC) of the decision.</summary>
    public int Year => DecidedAtUtc.Year;
}

/// <summary>Everything the dashboard shows, as the database returns it.</summary>
public sealed record DashboardData(
    DashboardFilter Filter,
    IReadOnlyList<CollegeOption> Colleges,
    IReadOnlyList<PathwayOption> Pathways,
    IReadOnlyList<ProposalCount> Counts,
    IReadOnlyList<DecidedVersion> Decisions,
    int TargetDays,
    DateTime AsOfUtc);

/// <summary>
/// The dashboard's reads: five AsNoTracking queries whatever the number of proposals. Counts are grouped in the database
/// (one GROUP BY college, pathway and status feeds the three count tables); the decided versions come back as one row
/// each (kind and two dates), because the median and 90th percentile need every duration and the days are counted
/// the review clock's way in C#, identically on SQLite, SQL Server and PostgreSQL.
/// </summary>
public static class DashboardQueries
{
    public static async Task<IReadOnlyList<CollegeOption>> CollegesAsync(IetPortalDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Colleges.AsNoTracking().OrderBy(c => c.Name).Select(c => new CollegeOption(c.Id, c.Code, c.Name)).ToListAsync(ct);
    }

    public static async Task<DashboardData> LoadAsync(
        IetPortalDbContext db, DashboardFilter filter, IReadOnlyList<CollegeOption> colleges, DateTime nowUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        var proposals = db.Proposals.AsNoTracking();
        if (filter.CollegeId is { } collegeId)
        {
            proposals = proposals.Where(p => p.CollegeId == collegeId);
        }

        var counts = await proposals
            .GroupBy(p => new { p.CollegeId, p.CareerPathwayId, p.Status })
            .Select(g => new ProposalCount(g.Key.CollegeId, g.Key.CareerPathwayId, g.Key.Status, g.Count()))
            .ToListAsync(ct);

        var decisions = await (
                from decision in db.ReviewDecisions.AsNoTracking()
                join version in db.ProposalVersions.AsNoTracking() on decision.ProposalVersionId equals version.Id
                join proposal in proposals on decision.IetProposalId equals proposal.Id
                select new DecidedVersion(decision.Kind, version.SubmittedAtUtc, decision.DecidedAtUtc, proposal.AmendsProposalId != null))
            .ToListAsync(ct);

        var pathways = await db.CareerPathways.AsNoTracking()
            .OrderBy(w => w.Name)
            .Select(w => new PathwayOption(w.Id, w.Name, w.Status))
            .ToListAsync(ct);
        var target = await ReviewClock.TargetDaysAsync(db, ct);
        return new DashboardData(filter, colleges, pathways, counts, decisions, target, nowUtc);
    }
}
