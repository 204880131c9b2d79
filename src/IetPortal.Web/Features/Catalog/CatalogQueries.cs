using IetPortal.Domain.Proposals;
using IetPortal.Domain.ReferenceData;
using IetPortal.Domain.Reviews;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Catalog;

/// <summary>The options of the catalog's search form.</summary>
public sealed record CatalogChoices(
    IReadOnlyList<ProgramPathway> Pathways,
    IReadOnlyList<ProgramCollege> Colleges,
    IReadOnlyList<ProgramOccupation> Occupations,
    IReadOnlyList<ProgramWorkforceArea> WorkforceAreas);

/// <summary>
/// The reads of the public catalog and the API. Only approved proposals are ever read: an approved program under
/// amendment stays approved (the amendment is a separate draft that amends it), and a superseded one is replaced by its
/// approved amendment. Queries are no-tracking projections into the public records (ApprovedPrograms.cs), and their count
/// per request does not grow with the data (a page is two queries; a detail page a fixed handful).
/// </summary>
internal static class CatalogQueries
{
    public static IQueryable<IetProposal> Approved(IetPortalDbContext db) =>
        db.Proposals.AsNoTracking().Where(p => p.Status == ProposalStatus.Approved);

    public static IQueryable<IetProposal> Matching(IetPortalDbContext db, CatalogFilter filter)
    {
        var query = Approved(db);
        if (filter.Term is { } term)
        {
            // Case-insensitive "contains" that means the same on SQLite, SQL Server and PostgreSQL (see ProposalListQueries).
            var lowered = term.ToLowerInvariant();
#pragma warning disable CA1862 // The StringComparison overloads it suggests have no SQL translation.
            query = query.Where(p => p.Title.Contains(term) || p.Title.ToLower().Contains(lowered)
                || (p.Summary != null && (p.Summary.Contains(term) || p.Summary.ToLower().Contains(lowered)))
                || (p.OccupationTitle != null && (p.OccupationTitle.Contains(term) || p.OccupationTitle.ToLower().Contains(lowered))));
#pragma warning restore CA1862
        }

        if (filter.PathwayId is { } pathwayId)
        {
            query = query.Where(p => p.CareerPathwayId == pathwayId);
        }

        if (filter.CollegeCode is { } code)
        {
            // Codes are compared without case (upper() means the same on the three providers for ASCII codes).
            var upper = code.ToUpperInvariant();
#pragma warning disable CA1862 // The StringComparison overloads it suggests have no SQL translation.
            query = query.Where(p => db.Colleges.Any(c => c.Id == p.CollegeId && c.Code.ToUpper() == upper));
#pragma warning restore CA1862
        }

        if (filter.SocCode is { } soc)
        {
            query = query.Where(p => p.OccupationSocCode == soc);
        }

        if (filter.WdaNumber is { } number)
        {
            query = query.Where(p => p.WorkforceAreas.Any(a => db.WorkforceDevelopmentAreas.Any(w => w.Id == a.WorkforceDevelopmentAreaId && w.Number == number)));
        }

        return query;
    }

    /// <summary>The matching programs on the filter's page (empty past the last page), by title.</summary>
    public static async Task<ApprovedProgramPage> PageAsync(IetPortalDbContext db, CatalogFilter filter, CancellationToken cancellationToken)
    {
        var matching = Matching(db, filter);
        var total = await matching.CountAsync(cancellationToken);
        var rows = total == 0 || (long)(filter.Page - 1) * filter.PageSize >= total
            ? []
            : await matching
                .OrderBy(p => p.Title)
                .ThenBy(p => p.Id) // a stable order, so a program never shows on two pages or none
                .Skip((filter.Page - 1) * filter.PageSize)
                .Take(filter.PageSize)
                .Select(p => new
                {
                    p.Id,
                    p.Title,
                    p.Summary,
                    CollegeCode = db.Colleges.Where(c => c.Id == p.CollegeId).Select(c => c.Code).First(),
                    CollegeName = db.Colleges.Where(c => c.Id == p.CollegeId).Select(c => c.Name).First(),
                    p.CareerPathwayId,
                    PathwayName = db.CareerPathways.Where(w => w.Id == p.CareerPathwayId).Select(w => w.Name).FirstOrDefault(),
                    p.OccupationSocCode,
                    p.OccupationTitle,
                    p.DeliveryMode,
                    p.Location,
                    p.StartDate,
                    p.EndDate,
                })
                .ToListAsync(cancellationToken);

        var ids = rows.Select(r => r.Id).ToList();
        var areas = ids.Count == 0
            ? []
            : await db.Set<ProposalWorkforceArea>().AsNoTracking()
                .Where(a => ids.Contains(a.IetProposalId))
                .Join(db.WorkforceDevelopmentAreas, a => a.WorkforceDevelopmentAreaId, w => w.Id, (a, w) => new { a.IetProposalId, w.Number, w.Name })
                .ToListAsync(cancellationToken);
        var areasOf = areas.ToLookup(a => a.IetProposalId);

        return new ApprovedProgramPage
        {
            Items = rows.Select(r => new ApprovedProgramSummary
            {
                Id = r.Id,
                Title = r.Title,
                Summary = r.Summary,
                College = new ProgramCollege { Code = r.CollegeCode, Name = r.CollegeName },
                CareerPathway = r.CareerPathwayId is { } pathwayId && r.PathwayName is { } pathwayName ? new ProgramPathway { Id = pathwayId, Name = pathwayName } : null,
                Occupation = Occupation(r.OccupationSocCode, r.OccupationTitle),
                WorkforceDevelopmentAreas = [.. areasOf[r.Id].OrderBy(a => a.Number).Select(a => new ProgramWorkforceArea { Number = a.Number, Name = a.Name })],
                DeliveryMode = r.DeliveryMode?.ToString(),
                Location = r.Location,
                StartDate = r.StartDate,
                EndDate = r.EndDate,
            }).ToList(),
            Page = filter.Page,
            PageSize = filter.PageSize,
            TotalCount = total,
            TotalPages = (int)((total + (long)filter.PageSize - 1) / filter.PageSize),
        };
    }

    /// <summary>One approved program, or null when there is none with this id (or it is not approved).</summary>
    public static async Task<ApprovedProgramDetail?> DetailAsync(IetPortalDbContext db, int id, CancellationToken cancellationToken)
    {
        var proposal = await Approved(db)
            .Include(p => p.Credentials)
            .Include(p => p.WorkforceAreas)
            .Include(p => p.LearningObjectives)
            .Include(p => p.Components).ThenInclude(c => c.Schedule)
            .Include(p => p.Components).ThenInclude(c => ((WorkforcePreparationComponent)c).Activities)
            .Include(p => p.Components).ThenInclude(c => ((WorkforceTrainingComponent)c).Courses)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return null;
        }

        var college = await db.Colleges.AsNoTracking()
            .Where(c => c.Id == proposal.CollegeId)
            .Select(c => new ProgramCollegeContact
            {
                Code = c.Code,
                Name = c.Name,
                City = c.City,
                Email = c.ContactEmail,
                Phone = c.ContactPhone,
                Website = c.Website,
            })
            .SingleAsync(cancellationToken);
        var decision = await db.ReviewDecisions.AsNoTracking()
            .Where(d => d.IetProposalId == id && d.Kind == DecisionKind.Approved)
            .OrderByDescending(d => d.DecidedAtUtc)
            .Select(d => new { d.ApprovalNumber, d.EffectiveFrom, d.EffectiveTo })
            .FirstOrDefaultAsync(cancellationToken);
        var credentialIds = proposal.Credentials.Select(c => c.CredentialId).ToList();
        var credentials = await db.Credentials.AsNoTracking()
            .Where(c => credentialIds.Contains(c.Id))
            .OrderBy(c => c.Name)
            .Select(c => new { c.Name, c.Issuer, c.Type, c.WtcsProgramNumber })
            .ToListAsync(cancellationToken);
        var areaIds = proposal.WorkforceAreas.Select(a => a.WorkforceDevelopmentAreaId).ToList();
        var areas = await db.WorkforceDevelopmentAreas.AsNoTracking()
            .Where(w => areaIds.Contains(w.Id))
            .OrderBy(w => w.Number)
            .Select(w => new ProgramWorkforceArea { Number = w.Number, Name = w.Name })
            .ToListAsync(cancellationToken);

        var components = proposal.Components;
        decimal? totalHours = components.Any(c => c.ContactHours is not null) ? components.Sum(c => c.ContactHours ?? 0) : null;
        return new ApprovedProgramDetail
        {
            Id = proposal.Id,
            Title = proposal.Title,
            Summary = proposal.Summary,
            College = college,
            Approval = new ProgramApproval
            {
                ApprovalNumber = decision?.ApprovalNumber,
                ApprovedOn = proposal.ApprovedAtUtc is { } approvedAt ? DateOnly.FromDateTime(approvedAt) : null,
                EffectiveFrom = decision?.EffectiveFrom,
                EffectiveTo = decision?.EffectiveTo,
            },
            DeliveryMode = proposal.DeliveryMode?.ToString(),
            Location = proposal.Location,
            StartDate = proposal.StartDate,
            EndDate = proposal.EndDate,
            Weeks = proposal.Weeks,
            CohortCapacity = proposal.CohortCapacity,
            Audience = new ProgramAudience
            {
                AdultBasicEducation = proposal.ServesAdultBasicEducation,
                EnglishLanguageLearners = proposal.ServesEnglishLanguageLearners,
                EducationalFunctioningLevels = proposal.EducationalFunctioningLevels,
                MinimumAge = proposal.MinimumAge,
                Eligibility = proposal.EligibilityNotes,
            },
            CareerPathway = proposal.CareerPathwayId is { } pathwayId
                ? await PathwayAsync(db, pathwayId, proposal.EntryStepId, cancellationToken)
                : null,
            Credentials = [.. credentials.Select(c => new ProgramCredential
            {
                Name = c.Name,
                Issuer = c.Issuer,
                Type = c.Type.ToString(),
                WtcsProgramNumber = c.WtcsProgramNumber,
            })],
            Occupation = Occupation(proposal.OccupationSocCode, proposal.OccupationTitle),
            OccupationalCluster = proposal.OccupationalCluster,
            CipCode = proposal.CipCode,
            WtcsProgramNumber = proposal.WtcsProgramNumber,
            Credits = proposal.Credits,
            WorkforceDevelopmentAreas = areas,
            InstructionalModel = proposal.InstructionalModel?.ToString(),
            TotalContactHours = totalHours,
            Components = new ProgramComponents
            {
                AdultEducation = proposal.AdultEducation is { } ael ? AdultEducation(ael) : null,
                WorkforcePreparation = proposal.WorkforcePreparation is { } wp ? WorkforcePreparation(wp) : null,
                WorkforceTraining = proposal.WorkforceTraining is { } wt ? WorkforceTraining(wt) : null,
            },
            LearningObjectives = [.. proposal.LearningObjectives.OrderBy(o => o.Position).ThenBy(o => o.Id).Select(o => new ProgramLearningObjective
            {
                Statement = o.Statement,
                AdultEducationContent = o.AdultEducationContent,
                WorkforcePreparationActivity = o.WorkforcePreparationActivity,
                WorkforceTrainingCompetency = o.WorkforceTrainingCompetency,
                Assessment = o.Assessment,
            })],
            LearnerSupports = new ProgramLearnerSupports
            {
                Offered = Flags(proposal.LearnerSupports),
                Description = proposal.LearnerSupportsDescription,
            },
        };
    }

    /// <summary>The choices of the search form: every college and WDA; pathways and occupations that have programs.</summary>
    public static async Task<CatalogChoices> ChoicesAsync(IetPortalDbContext db, CancellationToken cancellationToken)
    {
        var approved = Approved(db);
        var pathways = await db.CareerPathways.AsNoTracking()
            .Where(w => w.Status == PathwayStatus.Active || approved.Any(p => p.CareerPathwayId == w.Id))
            .OrderBy(w => w.Name)
            .Select(w => new ProgramPathway { Id = w.Id, Name = w.Name })
            .ToListAsync(cancellationToken);
        var colleges = await db.Colleges.AsNoTracking()
            .OrderBy(c => c.Name)
            .Select(c => new ProgramCollege { Code = c.Code, Name = c.Name })
            .ToListAsync(cancellationToken);
        var occupations = await approved
            .Where(p => p.OccupationSocCode != null)
            .Select(p => new { p.OccupationSocCode, p.OccupationTitle })
            .Distinct()
            .ToListAsync(cancellationToken);
        var areas = await db.WorkforceDevelopmentAreas.AsNoTracking()
            .OrderBy(w => w.Number)
            .Select(w => new ProgramWorkforceArea { Number = w.Number, Name = w.Name })
            .ToListAsync(cancellationToken);
        return new CatalogChoices(
            pathways,
            colleges,
            [.. occupations
                .GroupBy(o => o.OccupationSocCode!, StringComparer.Ordinal)
                .Select(g => new ProgramOccupation { SocCode = g.Key, Title = g.Select(o => o.OccupationTitle).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) })
                .OrderBy(o => o.Title ?? o.SocCode, StringComparer.OrdinalIgnoreCase)],
            areas);
    }

    private static async Task<ProgramPathwayDetail?> PathwayAsync(IetPortalDbContext db, int pathwayId, int? entryStepId, CancellationToken cancellationToken)
    {
        var pathway = await db.CareerPathways.AsNoTracking()
            .Where(w => w.Id == pathwayId)
            .Select(w => new
            {
                w.Id,
                w.Name,
                Cluster = w.CareerCluster!.Name,
                Steps = w.Steps.Select(s => new { s.Id, s.Position, s.Title }).ToList(),
                Credentials = w.Credentials.Select(c => new { c.CareerPathwayStepId, c.Name }).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (pathway is null)
        {
            return null;
        }

        var steps = pathway.Steps.OrderBy(s => s.Position).ToList();
        return new ProgramPathwayDetail
        {
            Id = pathway.Id,
            Name = pathway.Name,
            Cluster = pathway.Cluster,
            EntryStep = steps.FirstOrDefault(s => s.Id == entryStepId)?.Title,
            Steps = [.. steps.Select(s => new ProgramPathwayStep
            {
                Position = s.Position,
                Title = s.Title,
                IsEntryStep = s.Id == entryStepId,
                Credentials = [.. pathway.Credentials.Where(c => c.CareerPathwayStepId == s.Id).Select(c => c.Name).Order(StringComparer.Ordinal)],
            })],
        };
    }

    private static ProgramOccupation? Occupation(string? socCode, string? title) =>
        string.IsNullOrWhiteSpace(socCode) ? null : new ProgramOccupation { SocCode = socCode, Title = title };

    private static ProgramAdultEducation AdultEducation(AdultEducationComponent c) => new()
    {
        ContactHours = c.ContactHours,
        StartDate = c.StartDate,
        EndDate = c.EndDate,
        Schedule = Schedule(c),
        ActivityType = c.ActivityType?.ToString(),
        Skills = Flags(c.Skills),
        Contextualization = c.Contextualization,
        ContentStandards = c.ContentStandards,
    };

    private static ProgramWorkforcePreparation WorkforcePreparation(WorkforcePreparationComponent c) => new()
    {
        ContactHours = c.ContactHours,
        StartDate = c.StartDate,
        EndDate = c.EndDate,
        Schedule = Schedule(c),
        Activities = [.. c.Activities.OrderBy(a => a.Position).ThenBy(a => a.Id)
            .Select(a => new ProgramPreparationActivity { Area = a.Area.ToString(), Description = a.Description })],
    };

    private static ProgramWorkforceTraining WorkforceTraining(WorkforceTrainingComponent c) => new()
    {
        ContactHours = c.ContactHours,
        StartDate = c.StartDate,
        EndDate = c.EndDate,
        Schedule = Schedule(c),
        TrainingType = c.TrainingType?.ToString(),
        Courses = [.. c.Courses.OrderBy(x => x.Position).ThenBy(x => x.Id)
            .Select(x => new ProgramCourse { CourseNumber = x.CourseNumber, Title = x.Title, Credits = x.Credits })],
        WorkBasedLearning = c.WorkBasedLearning,
    };

    private static List<ProgramScheduleEntry> Schedule(IetComponent component) =>
        [.. component.Schedule.OrderBy(s => s.Position).ThenBy(s => s.Id).Select(s => new ProgramScheduleEntry
        {
            Day = s.Day.ToString(),
            StartTime = s.StartTime,
            EndTime = s.EndTime,
            Location = s.Location,
        })];

    /// <summary>The names of the flags set, in declaration order (None left out).</summary>
    private static List<string> Flags<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Where(f => Convert.ToInt64(f, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(f)).Select(f => f.ToString())];
}
