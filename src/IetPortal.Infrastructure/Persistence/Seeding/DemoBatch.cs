using IetPortal.Domain.Auditing;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Infrastructure.Persistence.Seeding;

/// <summary>The keys the generator gives its rows, continuing after the largest key of each table.</summary>
internal sealed class DemoKeys
{
    private int _proposal, _component, _schedule, _instructor, _material, _research, _activity, _course, _objective, _partner,
        _version, _review, _rating, _comment, _decision;

    private long _audit;

    public static async Task<DemoKeys> LoadAsync(IetPortalDbContext db, CancellationToken ct) => new()
    {
        _proposal = await db.Proposals.MaxAsync(e => (int?)e.Id, ct) ?? 0,
        _component = await db.Components.MaxAsync(e => (int?)e.Id, ct) ?? 0,
        _schedule = await db.Set<ScheduleEntry>().MaxAsync(e => (int?)e.Id, ct) ?? 0,
        _instructor = await db.Set<Instructor>().MaxAsync(e => (int?)e.Id, ct) ?? 0,
        _material = await db.Set<InstructionalMaterial>().MaxAsync(e => (int?)e.Id, ct) ?? 0,
        _research = await db.Set<ResearchBasis>().MaxAsync(e => (int?)e.Id, ct) ?? 0,
        _activity = await db.Set<WorkforcePreparationActivity>().MaxAsync(e => (int?)e.Id, ct) ?? 0,
        _course = await db.Set<TrainingCourse>().MaxAsync(e => (int?)e.Id, ct) ?? 0,
        _objective = await db.LearningObjectives.MaxAsync(e => (int?)e.Id, ct) ?? 0,
        _partner = await db.ProposalPartners.MaxAsync(e => (int?)e.Id, ct) ?? 0,
        _version = await db.ProposalVersions.MaxAsync(e => (int?)e.Id, ct) ?? 0,
        _review = await db.Reviews.MaxAsync(e => (int?)e.Id, ct) ?? 0,
        _rating = await db.CriterionRatings.MaxAsync(e => (int?)e.Id, ct) ?? 0,
        _comment = await db.ReviewComments.MaxAsync(e => (int?)e.Id, ct) ?? 0,
        _decision = await db.ReviewDecisions.MaxAsync(e => (int?)e.Id, ct) ?? 0,
        _audit = await db.AuditEvents.MaxAsync(e => (long?)e.Id, ct) ?? 0,
    };

    /// <summary>A GUID from the run's random numbers, so the same seed gives the same stamps and user ids.</summary>
    public static Guid NewGuid(Random rng)
    {
        Span<byte> bytes = stackalloc byte[16];
        rng.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    /// <summary>Gives the proposal and everything it owns their keys and foreign keys.</summary>
    public void Assign(IetProposal proposal, Random rng)
    {
        proposal.Id = ++_proposal;
        proposal.ConcurrencyStamp = NewGuid(rng);
        foreach (var credential in proposal.Credentials)
        {
            credential.IetProposalId = proposal.Id;
        }

        foreach (var area in proposal.WorkforceAreas)
        {
            area.IetProposalId = proposal.Id;
        }

        foreach (var objective in proposal.LearningObjectives)
        {
            objective.Id = ++_objective;
            objective.IetProposalId = proposal.Id;
        }

        foreach (var partner in proposal.Partners)
        {
            partner.Id = ++_partner;
            partner.IetProposalId = proposal.Id;
        }

        foreach (var component in proposal.Components)
        {
            component.Id = ++_component;
            component.IetProposalId = proposal.Id;
            component.ConcurrencyStamp = NewGuid(rng);
            component.Schedule.ForEach(e => (e.Id, e.IetComponentId) = (++_schedule, component.Id));
            component.Instructors.ForEach(e => (e.Id, e.IetComponentId) = (++_instructor, component.Id));
            component.Materials.ForEach(e => (e.Id, e.IetComponentId) = (++_material, component.Id));
            component.ResearchBases.ForEach(e => (e.Id, e.IetComponentId) = (++_research, component.Id));
            if (component is WorkforcePreparationComponent preparation)
            {
                preparation.Activities.ForEach(e => (e.Id, e.WorkforcePreparationComponentId) = (++_activity, component.Id));
            }
            else if (component is WorkforceTrainingComponent training)
            {
                training.Courses.ForEach(e => (e.Id, e.WorkforceTrainingComponentId) = (++_course, component.Id));
            }
        }
    }

    public int NextVersion() => ++_version;
    public int NextReview() => ++_review;
    public int NextRating() => ++_rating;
    public int NextComment() => ++_comment;
    public int NextDecision() => ++_decision;
    public long NextAudit() => ++_audit;
}

/// <summary>The rows of one transaction, written table by table in foreign-key order.</summary>
internal sealed class DemoBatch
{
    public List<IetProposal> Proposals { get; } = [];
    public List<Review> Reviews { get; } = [];
    public List<ReviewComment> Comments { get; } = [];
    public List<ReviewDecision> Decisions { get; } = [];
    public List<AuditEvent> AuditEvents { get; } = [];

    /// <summary>Every entity type the batch writes, in the order it writes them.</summary>
    public static IReadOnlyList<Type> Tables { get; } =
    [
        typeof(IetProposal), typeof(ProposalCredential), typeof(ProposalWorkforceArea), typeof(IetComponent), typeof(ScheduleEntry),
        typeof(Instructor), typeof(InstructionalMaterial), typeof(ResearchBasis), typeof(WorkforcePreparationActivity), typeof(TrainingCourse),
        typeof(LearningObjective), typeof(ProposalPartner), typeof(ProposalVersion), typeof(Review), typeof(CriterionRating),
        typeof(ReviewComment), typeof(ReviewDecision), typeof(AuditEvent),
    ];

    /// <summary>Writes the batch and adds the rows written per table to <paramref name="counts"/>.</summary>
    public async Task WriteAsync(BulkTableWriter writer, Dictionary<string, long> counts, CancellationToken ct)
    {
        var components = Proposals.SelectMany(p => p.Components).ToList();
        await WriteAsync(writer, counts, Proposals, ct);
        await WriteAsync(writer, counts, Proposals.SelectMany(p => p.Credentials).ToList(), ct);
        await WriteAsync(writer, counts, Proposals.SelectMany(p => p.WorkforceAreas).ToList(), ct);
        await WriteAsync(writer, counts, components, ct);
        await WriteAsync(writer, counts, components.SelectMany(c => c.Schedule).ToList(), ct);
        await WriteAsync(writer, counts, components.SelectMany(c => c.Instructors).ToList(), ct);
        await WriteAsync(writer, counts, components.SelectMany(c => c.Materials).ToList(), ct);
        await WriteAsync(writer, counts, components.SelectMany(c => c.ResearchBases).ToList(), ct);
        await WriteAsync(writer, counts, components.OfType<WorkforcePreparationComponent>().SelectMany(c => c.Activities).ToList(), ct);
        await WriteAsync(writer, counts, components.OfType<WorkforceTrainingComponent>().SelectMany(c => c.Courses).ToList(), ct);
        await WriteAsync(writer, counts, Proposals.SelectMany(p => p.LearningObjectives).ToList(), ct);
        await WriteAsync(writer, counts, Proposals.SelectMany(p => p.Partners).ToList(), ct);
        await WriteAsync(writer, counts, Proposals.SelectMany(p => p.Versions).ToList(), ct);
        await WriteAsync(writer, counts, Reviews, ct);
        await WriteAsync(writer, counts, Reviews.SelectMany(r => r.Ratings).ToList(), ct);
        await WriteAsync(writer, counts, Comments, ct);
        await WriteAsync(writer, counts, Decisions, ct);
        await WriteAsync(writer, counts, AuditEvents, ct);
    }

    private static async Task WriteAsync<T>(BulkTableWriter writer, Dictionary<string, long> counts, IReadOnlyList<T> rows, CancellationToken ct)
        where T : class
    {
        await writer.WriteAsync(rows, ct);
        counts[typeof(T).Name] = counts.GetValueOrDefault(typeof(T).Name) + rows.Count;
    }
}
