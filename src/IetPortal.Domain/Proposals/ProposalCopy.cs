using IetPortal.Domain.Common;
using IetPortal.Domain.Workflow;

namespace IetPortal.Domain.Proposals;

/// <summary>
/// Starts a new draft from an existing proposal: a college reuses a program design for a new cohort, site or
/// occupation instead of retyping it. The copy carries every section the college wrote (overview, career pathway and
/// alignment, the three components with their schedules, instructors, materials and research, integration, learning
/// objectives, equity and supports, partners) and nothing of the proposal's history: no attachments (their bytes
/// belong to the original's record), no submitted versions, no review, no workflow dates, no amendment link, and not
/// the original's stored compliance check (taken of another proposal, perhaps under other thresholds: the copy is
/// checked afresh when it is first saved).
/// </summary>
public static class ProposalCopy
{
    private const string TitlePrefix = "Copy of ";

    /// <summary>"Copy of &lt;title&gt;", cut to the title's stored length without splitting a surrogate pair.</summary>
    public static string TitleFor(string sourceTitle)
    {
        ArgumentNullException.ThrowIfNull(sourceTitle);
        var title = TitlePrefix + sourceTitle;
        if (title.Length <= FieldLengths.ShortText)
        {
            return title;
        }

        var length = char.IsHighSurrogate(title[FieldLengths.ShortText - 1]) ? FieldLengths.ShortText - 1 : FieldLengths.ShortText;
        return title[..length].TrimEnd();
    }

    /// <summary>
    /// A deep copy as a new draft of the same college: new entities throughout (every id 0, so the database gives
    /// them their own), positions kept, Status Draft and version 1. Changing the copy never changes the source.
    /// </summary>
    public static IetProposal CopyAsDraft(this IetProposal source, string title)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);

        var copy = new IetProposal
        {
            CollegeId = source.CollegeId,
            Status = ProposalStatus.Draft,
            NextVersionNumber = 1,
            Title = title,

            Summary = source.Summary,
            DeliveryMode = source.DeliveryMode,
            Location = source.Location,
            StartDate = source.StartDate,
            EndDate = source.EndDate,
            Weeks = source.Weeks,
            CohortCapacity = source.CohortCapacity,
            ServesAdultBasicEducation = source.ServesAdultBasicEducation,
            ServesEnglishLanguageLearners = source.ServesEnglishLanguageLearners,
            EducationalFunctioningLevels = source.EducationalFunctioningLevels,
            MinimumAge = source.MinimumAge,
            EligibilityNotes = source.EligibilityNotes,
            FundingSources = source.FundingSources,

            CareerPathwayId = source.CareerPathwayId,
            EntryStepId = source.EntryStepId,
            Credentials = [.. source.Credentials.Select(c => new ProposalCredential { CredentialId = c.CredentialId })],
            OccupationSocCode = source.OccupationSocCode,
            OccupationTitle = source.OccupationTitle,
            OccupationalCluster = source.OccupationalCluster,
            CipCode = source.CipCode,
            WtcsProgramNumber = source.WtcsProgramNumber,
            Credits = source.Credits,
            WorkforceAreas = [.. source.WorkforceAreas.Select(a => new ProposalWorkforceArea { WorkforceDevelopmentAreaId = a.WorkforceDevelopmentAreaId })],
            WorkforcePlanAlignment = source.WorkforcePlanAlignment,
            LaborMarketEvidence = source.LaborMarketEvidence,

            Components = [.. source.Components.Select(CopyComponent)],

            InstructionalModel = source.InstructionalModel,
            TeamTeachingOverlapHours = source.TeamTeachingOverlapHours,
            CoPlanningDescription = source.CoPlanningDescription,
            IntegrationDescription = source.IntegrationDescription,

            LearningObjectives = [.. source.LearningObjectives.OrderBy(o => o.Position).Select(o => new LearningObjective
            {
                Position = o.Position,
                Statement = o.Statement,
                AdultEducationContent = o.AdultEducationContent,
                WorkforcePreparationActivity = o.WorkforcePreparationActivity,
                WorkforceTrainingCompetency = o.WorkforceTrainingCompetency,
                Assessment = o.Assessment,
            })],

            RecruitmentStrategies = source.RecruitmentStrategies,
            PopulationsServed = source.PopulationsServed,
            CostOfInstructionFunding = source.CostOfInstructionFunding,
            LearnerSupports = source.LearnerSupports,
            LearnerSupportsDescription = source.LearnerSupportsDescription,
            InclusiveCurriculumDesign = source.InclusiveCurriculumDesign,

            Partners = [.. source.Partners.OrderBy(p => p.Position).Select(p => new ProposalPartner
            {
                Position = p.Position,
                Name = p.Name,
                Type = p.Type,
                ContactName = p.ContactName,
                Contribution = p.Contribution,
            })],
        };

        // Like StartDraft: every component section has somewhere to save, even if the source lost one.
        if (copy.AdultEducation is null)
        {
            copy.Components.Add(new AdultEducationComponent());
        }

        if (copy.WorkforcePreparation is null)
        {
            copy.Components.Add(new WorkforcePreparationComponent());
        }

        if (copy.WorkforceTraining is null)
        {
            copy.Components.Add(new WorkforceTrainingComponent());
        }

        return copy;
    }

    private static IetComponent CopyComponent(IetComponent source)
    {
        IetComponent copy = source switch
        {
            AdultEducationComponent ael => new AdultEducationComponent
            {
                ActivityType = ael.ActivityType,
                Skills = ael.Skills,
                Contextualization = ael.Contextualization,
                ContentStandards = ael.ContentStandards,
            },
            WorkforcePreparationComponent wp => new WorkforcePreparationComponent
            {
                Activities = [.. wp.Activities.OrderBy(a => a.Position).Select(a => new WorkforcePreparationActivity
                {
                    Position = a.Position,
                    Area = a.Area,
                    Description = a.Description,
                })],
            },
            WorkforceTrainingComponent wt => new WorkforceTrainingComponent
            {
                TrainingType = wt.TrainingType,
                WorkBasedLearning = wt.WorkBasedLearning,
                Courses = [.. wt.Courses.OrderBy(c => c.Position).Select(c => new TrainingCourse
                {
                    Position = c.Position,
                    CourseNumber = c.CourseNumber,
                    Title = c.Title,
                    Credits = c.Credits,
                    IsGeneralCourse = c.IsGeneralCourse,
                })],
            },
            _ => throw new ArgumentOutOfRangeException(nameof(source), source.GetType().Name, "Unknown component kind."),
        };

        copy.ContactHours = source.ContactHours;
        copy.StartDate = source.StartDate;
        copy.EndDate = source.EndDate;
        copy.QualityDescription = source.QualityDescription;
        copy.Schedule = [.. source.Schedule.OrderBy(e => e.Position).Select(e => new ScheduleEntry
        {
            Position = e.Position,
            Day = e.Day,
            StartTime = e.StartTime,
            EndTime = e.EndTime,
            Location = e.Location,
        })];
        copy.Instructors = [.. source.Instructors.OrderBy(i => i.Position).Select(i => new Instructor
        {
            Position = i.Position,
            Name = i.Name,
            Role = i.Role,
            Qualifications = i.Qualifications,
        })];
        copy.Materials = [.. source.Materials.OrderBy(m => m.Position).Select(m => new InstructionalMaterial
        {
            Position = m.Position,
            Title = m.Title,
            HowUsed = m.HowUsed,
            IsOccupationallyRelevant = m.IsOccupationallyRelevant,
        })];
        copy.ResearchBases = [.. source.ResearchBases.OrderBy(r => r.Position).Select(r => new ResearchBasis
        {
            Position = r.Position,
            Citation = r.Citation,
            HowApplied = r.HowApplied,
        })];
        return copy;
    }
}
