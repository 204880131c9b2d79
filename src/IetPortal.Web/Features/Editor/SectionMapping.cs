using IetPortal.Domain.Proposals;

namespace IetPortal.Web.Features.Editor;

/// <summary>
/// Between the proposal aggregate and each section's form: <c>To…</c> builds the form from what is stored, <c>Apply</c>
/// writes a validated form back. Text is trimmed (blank becomes null) and blank repeating rows are dropped, so a form
/// built from what was just saved equals the saved state.
/// </summary>
public static class SectionMapping
{
    public static OverviewForm ToOverview(IetProposal p) => new()
    {
        Title = p.Title,
        Summary = p.Summary,
        DeliveryMode = p.DeliveryMode,
        Location = p.Location,
        StartDate = p.StartDate,
        EndDate = p.EndDate,
        Weeks = p.Weeks,
        CohortCapacity = p.CohortCapacity,
        ServesAdultBasicEducation = p.ServesAdultBasicEducation,
        ServesEnglishLanguageLearners = p.ServesEnglishLanguageLearners,
        EducationalFunctioningLevels = p.EducationalFunctioningLevels,
        MinimumAge = p.MinimumAge,
        EligibilityNotes = p.EligibilityNotes,
        FundingSources = Flags.Split(p.FundingSources),
    };

    public static void Apply(OverviewForm f, IetProposal p)
    {
        p.Title = Clean(f.Title) ?? p.Title;
        p.Summary = Clean(f.Summary);
        p.DeliveryMode = f.DeliveryMode;
        p.Location = Clean(f.Location);
        p.StartDate = f.StartDate;
        p.EndDate = f.EndDate;
        p.Weeks = f.Weeks;
        p.CohortCapacity = f.CohortCapacity;
        p.ServesAdultBasicEducation = f.ServesAdultBasicEducation;
        p.ServesEnglishLanguageLearners = f.ServesEnglishLanguageLearners;
        p.EducationalFunctioningLevels = Clean(f.EducationalFunctioningLevels);
        p.MinimumAge = f.MinimumAge;
        p.EligibilityNotes = Clean(f.EligibilityNotes);
        p.FundingSources = Flags.Join(f.FundingSources);
    }

    public static PathwayForm ToPathway(IetProposal p) => new()
    {
        CareerPathwayId = p.CareerPathwayId,
        EntryStepId = p.EntryStepId,
        CredentialIds = p.Credentials.Select(c => c.CredentialId).Order().ToList(),
        OccupationSocCode = p.OccupationSocCode,
        OccupationTitle = p.OccupationTitle,
        OccupationalCluster = p.OccupationalCluster,
        CipCode = p.CipCode,
        WtcsProgramNumber = p.WtcsProgramNumber,
        Credits = p.Credits,
        WorkforceAreaIds = p.WorkforceAreas.Select(a => a.WorkforceDevelopmentAreaId).Order().ToList(),
        WorkforcePlanAlignment = p.WorkforcePlanAlignment,
        LaborMarketEvidence = p.LaborMarketEvidence,
    };

    public static void Apply(PathwayForm f, IetProposal p)
    {
        p.CareerPathwayId = f.CareerPathwayId;
        p.EntryStepId = f.CareerPathwayId is null ? null : f.EntryStepId;
        p.Credentials.Clear();
        p.Credentials.AddRange(f.CredentialIds.Distinct().Order().Select(id => new ProposalCredential { CredentialId = id }));
        p.OccupationSocCode = Clean(f.OccupationSocCode);
        p.OccupationTitle = Clean(f.OccupationTitle);
        p.OccupationalCluster = Clean(f.OccupationalCluster);
        p.CipCode = Clean(f.CipCode);
        p.WtcsProgramNumber = Clean(f.WtcsProgramNumber);
        p.Credits = f.Credits;
        p.WorkforceAreas.Clear();
        p.WorkforceAreas.AddRange(f.WorkforceAreaIds.Distinct().Order().Select(id => new ProposalWorkforceArea { WorkforceDevelopmentAreaId = id }));
        p.WorkforcePlanAlignment = Clean(f.WorkforcePlanAlignment);
        p.LaborMarketEvidence = Clean(f.LaborMarketEvidence);
    }

    public static AdultEducationForm ToAdultEducation(IetProposal p)
    {
        var c = Component<AdultEducationComponent>(p);
        var form = ToComponent(c, new AdultEducationForm());
        form.ActivityType = c.ActivityType;
        form.Skills = Flags.Split(c.Skills);
        form.Contextualization = c.Contextualization;
        form.ContentStandards = c.ContentStandards;
        return form;
    }

    public static void Apply(AdultEducationForm f, IetProposal p)
    {
        var c = Component<AdultEducationComponent>(p);
        ApplyComponent(f, c);
        c.ActivityType = f.ActivityType;
        c.Skills = Flags.Join(f.Skills);
        c.Contextualization = Clean(f.Contextualization);
        c.ContentStandards = Clean(f.ContentStandards);
    }

    public static WorkforcePreparationForm ToWorkforcePreparation(IetProposal p)
    {
        var c = Component<WorkforcePreparationComponent>(p);
        var form = ToComponent(c, new WorkforcePreparationForm());
        form.Activities = c.Activities.OrderBy(a => a.Position).ThenBy(a => a.Id)
            .Select(a => new PreparationActivityRow { Area = a.Area, Description = a.Description }).ToList();
        return form;
    }

    public static void Apply(WorkforcePreparationForm f, IetProposal p)
    {
        var c = Component<WorkforcePreparationComponent>(p);
        ApplyComponent(f, c);
        c.Activities.Clear();
        c.Activities.AddRange(f.Activities.Where(r => !IsBlank(r)).Select((r, i) => new WorkforcePreparationActivity
        {
            Position = i + 1,
            Area = r.Area ?? WorkforcePreparationArea.OtherEmployabilitySkills,
            Description = Clean(r.Description) ?? "",
        }));
    }

    public static WorkforceTrainingForm ToWorkforceTraining(IetProposal p)
    {
        var c = Component<WorkforceTrainingComponent>(p);
        var form = ToComponent(c, new WorkforceTrainingForm());
        form.TrainingType = c.TrainingType;
        form.WorkBasedLearning = c.WorkBasedLearning;
        form.Courses = c.Courses.OrderBy(x => x.Position).ThenBy(x => x.Id)
            .Select(x => new CourseRow { CourseNumber = x.CourseNumber, Title = x.Title, Credits = x.Credits, IsGeneralCourse = x.IsGeneralCourse })
            .ToList();
        return form;
    }

    public static void Apply(WorkforceTrainingForm f, IetProposal p)
    {
        var c = Component<WorkforceTrainingComponent>(p);
        ApplyComponent(f, c);
        c.TrainingType = f.TrainingType;
        c.WorkBasedLearning = Clean(f.WorkBasedLearning);
        c.Courses.Clear();
        c.Courses.AddRange(f.Courses.Where(r => !IsBlank(r)).Select((r, i) => new TrainingCourse
        {
            Position = i + 1,
            CourseNumber = Clean(r.CourseNumber),
            Title = Clean(r.Title) ?? "",
            Credits = r.Credits,
            IsGeneralCourse = r.IsGeneralCourse,
        }));
    }

    public static IntegrationForm ToIntegration(IetProposal p) => new()
    {
        InstructionalModel = p.InstructionalModel,
        TeamTeachingOverlapHours = p.TeamTeachingOverlapHours,
        CoPlanningDescription = p.CoPlanningDescription,
        IntegrationDescription = p.IntegrationDescription,
    };

    public static void Apply(IntegrationForm f, IetProposal p)
    {
        p.InstructionalModel = f.InstructionalModel;
        p.TeamTeachingOverlapHours = f.TeamTeachingOverlapHours;
        p.CoPlanningDescription = Clean(f.CoPlanningDescription);
        p.IntegrationDescription = Clean(f.IntegrationDescription);
    }

    public static LearningObjectivesForm ToLearningObjectives(IetProposal p) => new()
    {
        Objectives = p.LearningObjectives.OrderBy(o => o.Position).ThenBy(o => o.Id).Select(o => new ObjectiveRow
        {
            Statement = o.Statement,
            AdultEducationContent = o.AdultEducationContent,
            WorkforcePreparationActivity = o.WorkforcePreparationActivity,
            WorkforceTrainingCompetency = o.WorkforceTrainingCompetency,
            Assessment = o.Assessment,
        }).ToList(),
    };

    public static void Apply(LearningObjectivesForm f, IetProposal p)
    {
        p.LearningObjectives.Clear();
        p.LearningObjectives.AddRange(f.Objectives.Where(r => !IsBlank(r)).Select((r, i) => new LearningObjective
        {
            Position = i + 1,
            Statement = Clean(r.Statement) ?? "",
            AdultEducationContent = Clean(r.AdultEducationContent),
            WorkforcePreparationActivity = Clean(r.WorkforcePreparationActivity),
            WorkforceTrainingCompetency = Clean(r.WorkforceTrainingCompetency),
            Assessment = Clean(r.Assessment),
        }));
    }

    public static MaterialsForm ToMaterials(IetProposal p) => new()
    {
        AdultEducation = Materials(Component<AdultEducationComponent>(p)),
        WorkforcePreparation = Materials(Component<WorkforcePreparationComponent>(p)),
        WorkforceTraining = Materials(Component<WorkforceTrainingComponent>(p)),
    };

    public static void Apply(MaterialsForm f, IetProposal p)
    {
        ApplyMaterials(f.AdultEducation, Component<AdultEducationComponent>(p));
        ApplyMaterials(f.WorkforcePreparation, Component<WorkforcePreparationComponent>(p));
        ApplyMaterials(f.WorkforceTraining, Component<WorkforceTrainingComponent>(p));
    }

    public static EquityForm ToEquity(IetProposal p) => new()
    {
        RecruitmentStrategies = p.RecruitmentStrategies,
        PopulationsServed = p.PopulationsServed,
        CostOfInstructionFunding = p.CostOfInstructionFunding,
        LearnerSupports = Flags.Split(p.LearnerSupports),
        LearnerSupportsDescription = p.LearnerSupportsDescription,
        InclusiveCurriculumDesign = p.InclusiveCurriculumDesign,
    };

    public static void Apply(EquityForm f, IetProposal p)
    {
        p.RecruitmentStrategies = Clean(f.RecruitmentStrategies);
        p.PopulationsServed = Clean(f.PopulationsServed);
        p.CostOfInstructionFunding = Clean(f.CostOfInstructionFunding);
        p.LearnerSupports = Flags.Join(f.LearnerSupports);
        p.LearnerSupportsDescription = Clean(f.LearnerSupportsDescription);
        p.InclusiveCurriculumDesign = Clean(f.InclusiveCurriculumDesign);
    }

    public static PartnersForm ToPartners(IetProposal p) => new()
    {
        Partners = p.Partners.OrderBy(x => x.Position).ThenBy(x => x.Id)
            .Select(x => new PartnerRow { Name = x.Name, Type = x.Type, ContactName = x.ContactName, Contribution = x.Contribution })
            .ToList(),
    };

    public static void Apply(PartnersForm f, IetProposal p)
    {
        p.Partners.Clear();
        p.Partners.AddRange(f.Partners.Where(r => !IsBlank(r)).Select((r, i) => new ProposalPartner
        {
            Position = i + 1,
            Name = Clean(r.Name) ?? "",
            Type = r.Type ?? PartnerType.Other,
            ContactName = Clean(r.ContactName),
            Contribution = Clean(r.Contribution),
        }));
    }

    /// <summary>The proposal's component of a kind; a draft always has all three (created with it).</summary>
    public static T Component<T>(IetProposal p)
        where T : IetComponent, new()
    {
        ArgumentNullException.ThrowIfNull(p);
        var component = p.Components.OfType<T>().FirstOrDefault();
        if (component is null)
        {
            component = new T();
            p.Components.Add(component);
        }

        return component;
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static TForm ToComponent<TForm>(IetComponent c, TForm form)
        where TForm : ComponentForm
    {
        form.ContactHours = c.ContactHours;
        form.StartDate = c.StartDate;
        form.EndDate = c.EndDate;
        form.QualityDescription = c.QualityDescription;
        form.Schedule = c.Schedule.OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new ScheduleRow { Day = s.Day, StartTime = s.StartTime, EndTime = s.EndTime, Location = s.Location })
            .ToList();
        form.Instructors = c.Instructors.OrderBy(s => s.Position).ThenBy(s => s.Id)
            .Select(s => new InstructorRow { Name = s.Name, Role = s.Role, Qualifications = s.Qualifications })
            .ToList();
        return form;
    }

    private static void ApplyComponent(ComponentForm f, IetComponent c)
    {
        c.ContactHours = f.ContactHours;
        c.StartDate = f.StartDate;
        c.EndDate = f.EndDate;
        c.QualityDescription = Clean(f.QualityDescription);
        c.Schedule.Clear();
        c.Schedule.AddRange(f.Schedule.Where(r => !IsBlank(r)).Select((r, i) => new ScheduleEntry
        {
            Position = i + 1,
            Day = r.Day ?? DayOfWeek.Monday,
            StartTime = r.StartTime ?? default,
            EndTime = r.EndTime ?? default,
            Location = Clean(r.Location),
        }));
        c.Instructors.Clear();
        c.Instructors.AddRange(f.Instructors.Where(r => !IsBlank(r)).Select((r, i) => new Instructor
        {
            Position = i + 1,
            Name = Clean(r.Name) ?? "",
            Role = Clean(r.Role),
            Qualifications = Clean(r.Qualifications),
        }));
    }

    private static ComponentMaterials Materials(IetComponent c) => new()
    {
        Materials = c.Materials.OrderBy(m => m.Position).ThenBy(m => m.Id)
            .Select(m => new MaterialRow { Title = m.Title, HowUsed = m.HowUsed, IsOccupationallyRelevant = m.IsOccupationallyRelevant })
            .ToList(),
        Research = c.ResearchBases.OrderBy(r => r.Position).ThenBy(r => r.Id)
            .Select(r => new ResearchRow { Citation = r.Citation, HowApplied = r.HowApplied })
            .ToList(),
    };

    private static void ApplyMaterials(ComponentMaterials group, IetComponent c)
    {
        c.Materials.Clear();
        c.Materials.AddRange(group.Materials.Where(r => !IsBlank(r)).Select((r, i) => new InstructionalMaterial
        {
            Position = i + 1,
            Title = Clean(r.Title) ?? "",
            HowUsed = Clean(r.HowUsed),
            IsOccupationallyRelevant = r.IsOccupationallyRelevant,
        }));
        c.ResearchBases.Clear();
        c.ResearchBases.AddRange(group.Research.Where(r => !IsBlank(r)).Select((r, i) => new ResearchBasis
        {
            Position = i + 1,
            Citation = Clean(r.Citation) ?? "",
            HowApplied = Clean(r.HowApplied),
        }));
    }

    /// <summary>A repeating row the user left empty (an "Add another" they did not fill in) is not stored.</summary>
    public static bool IsBlank(object row) => row switch
    {
        ScheduleRow r => r.Day is null && r.StartTime is null && r.EndTime is null && Clean(r.Location) is null,
        InstructorRow r => Clean(r.Name) is null && Clean(r.Role) is null && Clean(r.Qualifications) is null,
        PreparationActivityRow r => r.Area is null && Clean(r.Description) is null,
        CourseRow r => Clean(r.CourseNumber) is null && Clean(r.Title) is null && r.Credits is null && !r.IsGeneralCourse,
        ObjectiveRow r => Clean(r.Statement) is null && Clean(r.AdultEducationContent) is null && Clean(r.WorkforcePreparationActivity) is null
            && Clean(r.WorkforceTrainingCompetency) is null && Clean(r.Assessment) is null,
        MaterialRow r => Clean(r.Title) is null && Clean(r.HowUsed) is null && !r.IsOccupationallyRelevant,
        ResearchRow r => Clean(r.Citation) is null && Clean(r.HowApplied) is null,
        PartnerRow r => Clean(r.Name) is null && r.Type is null && Clean(r.ContactName) is null && Clean(r.Contribution) is null,
        _ => false,
    };
}

/// <summary>Between a [Flags] enum value and the list of its set members that checkboxes bind to.</summary>
public static class Flags
{
    public static List<T> Split<T>(T value)
        where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0 && value.HasFlag(v)).ToList();

    public static T Join<T>(IEnumerable<T> values)
        where T : struct, Enum =>
        (T)Enum.ToObject(typeof(T), values.Aggregate(0L, (all, v) => all | Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture)));
}
