using System.Globalization;
using IetPortal.Domain.Proposals;

namespace IetPortal.Infrastructure.Persistence.Seeding;

/// <summary>
/// Writes the sections of a generated proposal the way a college would: a program on one of the seeded career pathways,
/// its three components with schedules, instructors, materials and research, a single set of learning objectives,
/// partners and an equity plan. A complete proposal meets every compliance error rule; a draft still being written
/// has only its first sections.
/// </summary>
internal static class DemoProposalContent
{
    private static readonly string[] TitlePatterns =
    [
        "{0} with Integrated English Language Learning",
        "{0} Bridge: Contextualized Reading and Math",
        "{0} IET for Adult Learners",
        "Pathway to {0}",
        "{0} Fast Track with Adult Basic Education",
        "{0} Career Pathway Bridge (evening cohort)",
    ];

    private static readonly string[] FirstNames =
        ["Maria", "Andre", "Denise", "Tou", "Fatuma", "Luis", "Karen", "Nhia", "Ahmed", "Jessica", "Tom", "Grace", "Pablo", "Mai", "Ruth", "Samuel", "Amina", "Jorge", "Emily", "Kevin"];

    private static readonly string[] LastNames =
        ["Hernández", "Johnson", "Walker", "Vang", "Hassan", "García", "Schmidt", "Xiong", "Mohamed", "Nelson", "Becker", "Olson", "Ramírez", "Lee", "Anderson", "Thao", "Ali", "Kowalski", "Larson", "Nguyen"];

    private static readonly (string Citation, string HowApplied)[] AdultEducationResearch =
    [
        ("Wachen, J., Jenkins, D., & Van Noy, M. (2010). How I-BEST Works: Findings from a Field Study of Washington State's Integrated Basic Education and Skills Training Program. CCRC.", "Team teaching with at least half the hours overlapping; reading and math taught from the occupational content."),
        ("Student Achievement in Reading (STAR), evidence-based reading instruction, OCTAE.", "Explicit vocabulary and fluency practice on workplace texts."),
        ("Perin, D. (2011). Facilitating Student Learning Through Contextualization. CCRC Working Paper No. 29.", "Math and writing lessons built from the tasks of the occupation."),
    ];

    private static readonly (string Citation, string HowApplied)[] OtherResearch =
    [
        ("Zeidenberg, M., Cho, S.-W., & Jenkins, D. (2010). Washington State's I-BEST: New Evidence of Effectiveness. CCRC Working Paper No. 20.", "Occupational instruction co-delivered with basic skills."),
        ("Wang, X., Sun, N., & Wickersham, K. (2017). Turning math remediation into homeroom. Review of Higher Education, 40(3).", "Employability skills practiced in workplace scenarios."),
        ("Jobs for the Future (2014). Accelerating Opportunity: the design of integrated pathways.", "Career navigation and stackable credentials built into the schedule."),
    ];

    private static readonly string[] Standards =
    [
        "College and Career Readiness Standards for Adult Education (Wisconsin state plan)",
        "English Language Proficiency (ELP) Standards for Adult Education; College and Career Readiness Standards",
    ];

    private static readonly WorkforcePreparationArea[] PreparationAreas = Enum.GetValues<WorkforcePreparationArea>();

    public static string PersonName(Random rng) => $"{FirstNames[rng.Next(FirstNames.Length)]} {LastNames[rng.Next(LastNames.Length)]}";

    /// <summary>
    /// A proposal of <paramref name="college"/> on <paramref name="pathway"/> whose program starts on <paramref name="start"/>.
    /// <paramref name="sectionsWritten"/> of the ten editor sections are filled (10: complete).
    /// </summary>
    public static IetProposal Write(Random rng, DemoCollege college, DemoPathway pathway, DateOnly start, int sectionsWritten)
    {
        var occupation = pathway.Occupations[rng.Next(pathway.Occupations.Count)];
        var step = pathway.Steps[0];
        var credentials = pathway.Credentials.Where(c => c.StepId == step.Id).ToList() is { Count: > 0 } atEntry ? atEntry : [pathway.Credentials[0]];
        var title = string.Format(CultureInfo.InvariantCulture, TitlePatterns[rng.Next(TitlePatterns.Length)], occupation.Title);
        var ell = rng.Next(3) == 0;
        var weeks = new[] { 8, 12, 16, 18 }[rng.Next(4)];
        var end = start.AddDays(weeks * 7 - 3);
        var proposal = IetProposal.StartDraft(college.Id, title.Length > 200 ? title[..200] : title);
        var campus = $"{college.Name}, {college.City} campus";

        // 1. Overview
        proposal.Summary = $"A {weeks}-week cohort in which adult learners earn {credentials[0].Name} and prepare for work as {occupation.Title.ToLowerInvariant()}, "
            + $"with {(ell ? "English" : "reading, writing and math")} taught in the context of the occupation.";
        proposal.DeliveryMode = rng.Next(5) switch { 0 => DeliveryMode.Hybrid, 1 => DeliveryMode.Online, _ => DeliveryMode.InPerson };
        proposal.Location = campus;
        proposal.StartDate = start;
        proposal.EndDate = end;
        proposal.Weeks = weeks;
        proposal.CohortCapacity = 12 + rng.Next(13);
        proposal.ServesEnglishLanguageLearners = ell;
        proposal.ServesAdultBasicEducation = !ell || rng.Next(2) == 0;
        proposal.EducationalFunctioningLevels = ell ? "ESL levels 4-6 (TABE CLAS-E)" : "ABE levels 3-5 (TABE 11/12)";
        proposal.MinimumAge = 18;
        proposal.EligibilityNotes = "Wisconsin residents 18 and older; placement by CASAS or TABE.";
        proposal.FundingSources = FundingSources.AeflaSection231 | (rng.Next(2) == 0 ? FundingSources.WioaTitleI : FundingSources.College);
        if (sectionsWritten < 2)
        {
            return proposal;
        }

        // 2. Career pathway and alignment
        proposal.CareerPathwayId = pathway.Id;
        proposal.EntryStepId = step.Id;
        proposal.Credentials = credentials.Take(2).Select(c => new ProposalCredential { CredentialId = c.Id }).ToList();
        proposal.OccupationSocCode = occupation.SocCode;
        proposal.OccupationTitle = occupation.Title;
        proposal.OccupationalCluster = pathway.Cluster;
        proposal.CipCode = string.Create(CultureInfo.InvariantCulture, $"{10 + (pathway.Id % 42):00}.{occupation.SocCode.Replace("-", "", StringComparison.Ordinal)[^4..]}");
        proposal.WtcsProgramNumber = credentials.Select(c => c.WtcsProgramNumber).FirstOrDefault(n => n is not null);
        proposal.Credits = 2 + rng.Next(5);
        var areas = college.WorkforceAreaIds.Count == 0 ? [] : college.WorkforceAreaIds.OrderBy(_ => rng.Next()).Take(1 + rng.Next(Math.Min(2, college.WorkforceAreaIds.Count))).ToList();
        proposal.WorkforceAreas = areas.Select(a => new ProposalWorkforceArea { WorkforceDevelopmentAreaId = a }).ToList();
        proposal.WorkforcePlanAlignment = $"The local workforce board's plan names {pathway.Cluster.ToLowerInvariant()} as a priority sector and {occupation.Title.ToLowerInvariant()} "
            + $"as an entry occupation; completers continue on the {pathway.Name} pathway at {college.Name}.";
        proposal.LaborMarketEvidence = $"Wisconsin DWD projections list {occupation.Title.ToLowerInvariant()} ({occupation.SocCode}) among the occupations with the most openings in the region; "
            + $"{2 + rng.Next(4)} employer partners committed to interviewing completers.";
        if (sectionsWritten < 3)
        {
            return proposal;
        }

        // 3-5. The three components
        FillAdultEducation(rng, proposal.AdultEducation!, occupation, ell, start, end, campus);
        if (sectionsWritten >= 4)
        {
            FillPreparation(rng, proposal.WorkforcePreparation!, start, end);
        }

        if (sectionsWritten >= 5)
        {
            FillTraining(rng, proposal.WorkforceTraining!, occupation, credentials[0], start, end, campus);
        }

        if (sectionsWritten < 6)
        {
            return proposal;
        }

        // 6. Integration
        proposal.InstructionalModel = rng.Next(4) == 0 ? InstructionalModel.CoPlanning : InstructionalModel.TeamTeaching;
        proposal.TeamTeachingOverlapHours = proposal.InstructionalModel == InstructionalModel.TeamTeaching ? 24 + rng.Next(48) : null;
        proposal.CoPlanningDescription = "The basic skills and occupational instructors co-plan weekly for one hour from the course competencies.";
        proposal.IntegrationDescription = $"The {(ell ? "ELL" : "ABE")} instructor teaches in the {occupation.Title.ToLowerInvariant()} classroom and lab, pre-teaching the vocabulary, "
            + "reading and math of each week's competencies and coaching learners during practice.";
        if (sectionsWritten < 7)
        {
            return proposal;
        }

        // 7. Learning objectives
        var objectives = 3 + rng.Next(4);
        for (var i = 1; i <= objectives; i++)
        {
            proposal.LearningObjectives.Add(new LearningObjective
            {
                Position = i,
                Statement = $"Carry out core task {i} of a {occupation.Title.ToLowerInvariant()} safely and record it accurately.",
                AdultEducationContent = i % 2 == 0 ? "Measurement, decimals and unit conversion (CCRS math level C)." : "Reading procedures and informational text for key details (CCRS reading anchor 1).",
                WorkforcePreparationActivity = i % 2 == 0 ? "Using information: recording data in the workplace system." : "Working with others: hand-offs and reporting to a supervisor.",
                WorkforceTrainingCompetency = $"Competency {i} of the {credentials[0].Name} course outcomes.",
                Assessment = i % 2 == 0 ? "Skills check-off with a rubric." : "Written scenario scored against a key.",
            });
        }

        if (sectionsWritten < 8)
        {
            return proposal;
        }

        // 8. Materials and research (on the components)
        AddMaterialsAndResearch(rng, proposal, occupation);
        if (sectionsWritten < 9)
        {
            return proposal;
        }

        // 9. Equity and supports
        proposal.RecruitmentStrategies = "Multilingual flyers through job centers, community organizations and current adult education classes; information sessions with past IET learners.";
        proposal.PopulationsServed = ell ? "English language learners and refugees." : "Adults without a high school credential and adults with basic skills needs.";
        proposal.CostOfInstructionFunding = "AEFLA section 231 funds the basic skills instruction; WIOA Title I training accounts and college funds cover tuition.";
        proposal.LearnerSupports = LearnerSupports.Advising | LearnerSupports.Navigation | (rng.Next(2) == 0 ? LearnerSupports.Transportation : LearnerSupports.Childcare) | LearnerSupports.Tutoring;
        proposal.LearnerSupportsDescription = "A navigator meets each learner weekly; bus passes and childcare vouchers through partners.";
        proposal.InclusiveCurriculumDesign = "Universal Design for Learning: captioned videos, picture glossaries and a choice of how to demonstrate skills.";
        if (sectionsWritten < 10)
        {
            return proposal;
        }

        // 10. Partners
        var partners = 2 + rng.Next(2);
        for (var i = 1; i <= partners; i++)
        {
            proposal.Partners.Add(new ProposalPartner
            {
                Position = i,
                Name = i == 1 ? $"Workforce Development Board ({college.City} region)" : $"{LastNames[rng.Next(LastNames.Length)]} {(i == 2 ? "Industries" : "Community Services")}",
                Type = i == 1 ? PartnerType.WorkforceBoard : i == 2 ? PartnerType.Employer : PartnerType.CommunityOrganization,
                ContactName = PersonName(rng),
                Contribution = i == 1 ? "Recruitment and training accounts" : i == 2 ? "Work-based learning site and interviews" : "Transportation and childcare referrals",
            });
        }

        return proposal;
    }

    private static void FillAdultEducation(Random rng, AdultEducationComponent component, DemoOccupation occupation, bool ell, DateOnly start, DateOnly end, string campus)
    {
        component.ActivityType = ell ? AdultEducationActivityType.EnglishLanguageAcquisition : AdultEducationActivityType.AdultEducation;
        component.Skills = LiteracySkills.Reading | LiteracySkills.Writing | LiteracySkills.Mathematics | (ell ? LiteracySkills.EnglishLanguage : LiteracySkills.None);
        component.Contextualization = $"Reading work orders and procedures, writing shift notes and the math of the {occupation.Title.ToLowerInvariant()} job, all taught from the course competencies.";
        component.ContentStandards = Standards[ell ? 1 : 0];
        component.ContactHours = 48 + (rng.Next(7) * 8);
        component.StartDate = start;
        component.EndDate = end;
        component.QualityDescription = "Taught by a licensed adult educator trained in contextualized instruction; CASAS or TABE pre/post tests; weekly co-planning.";
        component.Schedule = Schedule(rng, [DayOfWeek.Monday, DayOfWeek.Wednesday], campus);
        component.Instructors = [new Instructor { Position = 1, Name = PersonName(rng), Role = ell ? "ELL instructor" : "ABE instructor", Qualifications = "MA in adult education; Wisconsin DPI license" }];
    }

    private static void FillPreparation(Random rng, WorkforcePreparationComponent component, DateOnly start, DateOnly end)
    {
        component.ContactHours = 16 + (rng.Next(5) * 4);
        component.StartDate = start;
        component.EndDate = end;
        component.QualityDescription = "A career navigator leads weekly sessions with employer speakers; learners keep a portfolio assessed against the WTCS employability skills.";
        component.Schedule = Schedule(rng, [DayOfWeek.Friday], "Career center");
        component.Instructors = [new Instructor { Position = 1, Name = PersonName(rng), Role = "Career navigator", Qualifications = "Certified career development facilitator" }];
        var count = 3 + rng.Next(3);
        var first = rng.Next(PreparationAreas.Length);
        for (var i = 0; i < count; i++)
        {
            var area = PreparationAreas[(first + i) % PreparationAreas.Length];
            component.Activities.Add(new WorkforcePreparationActivity { Position = i + 1, Area = area, Description = $"Workplace scenarios practicing {Words(area)}." });
        }
    }

    private static void FillTraining(Random rng, WorkforceTrainingComponent component, DemoOccupation occupation, DemoCredential credential, DateOnly start, DateOnly end, string campus)
    {
        component.TrainingType = WorkforceTrainingType.OccupationalSkillsTraining;
        component.WorkBasedLearning = $"{16 + (rng.Next(4) * 8)}-hour work-based learning rotation at a partner employer.";
        component.ContactHours = 80 + (rng.Next(9) * 10);
        component.StartDate = start.AddDays(7);
        component.EndDate = end;
        component.QualityDescription = $"Taught by an experienced {occupation.Title.ToLowerInvariant()} instructor; lab ratio 1:10; industry-recognized assessments.";
        component.Schedule = Schedule(rng, [DayOfWeek.Tuesday, DayOfWeek.Thursday], campus);
        component.Instructors = [new Instructor { Position = 1, Name = PersonName(rng), Role = "Program instructor", Qualifications = $"{5 + rng.Next(15)} years of industry experience" }];
        if (rng.Next(3) == 0)
        {
            component.Instructors.Add(new Instructor { Position = 2, Name = PersonName(rng), Role = "Lab assistant", Qualifications = "Industry credential holder" });
        }

        component.Courses =
        [
            new TrainingCourse { Position = 1, CourseNumber = credential.WtcsProgramNumber is { } number ? string.Create(CultureInfo.InvariantCulture, $"{number[..Math.Min(number.Length, 6)]}-{300 + rng.Next(99)}") : null, Title = credential.Name, Credits = 2 + rng.Next(3) },
            new TrainingCourse { Position = 2, Title = $"{occupation.Title} lab practice", Credits = 1 },
        ];
        if (rng.Next(2) == 0)
        {
            component.Courses.Add(new TrainingCourse { Position = 3, Title = "OSHA 10 / workplace safety", IsGeneralCourse = true });
        }
    }

    private static void AddMaterialsAndResearch(Random rng, IetProposal proposal, DemoOccupation occupation)
    {
        var job = occupation.Title.ToLowerInvariant();
        Add(proposal.AdultEducation!, [($"Contextualized reading and math workbook for {job}", true), ("General picture dictionary", false)], AdultEducationResearch, 2);
        Add(proposal.WorkforcePreparation!, [("Employer interview and onboarding packet", true), ("Practice workplace software environment", true)], OtherResearch, 1);
        Add(proposal.WorkforceTraining!, [($"{occupation.Title} course textbook", true), ("Industry skills checklist", true)], OtherResearch, 1);

        void Add(IetComponent component, (string Title, bool Relevant)[] materials, (string Citation, string HowApplied)[] research, int researchCount)
        {
            component.Materials = materials.Select((m, i) => new InstructionalMaterial { Position = i + 1, Title = m.Title, HowUsed = "Weekly lessons and practice", IsOccupationallyRelevant = m.Relevant }).ToList();
            var first = rng.Next(research.Length);
            component.ResearchBases = Enumerable.Range(0, researchCount)
                .Select(i => research[(first + i) % research.Length])
                .Select((r, i) => new ResearchBasis { Position = i + 1, Citation = r.Citation, HowApplied = r.HowApplied })
                .ToList();
        }
    }

    private static List<ScheduleEntry> Schedule(Random rng, DayOfWeek[] days, string location)
    {
        var hour = new[] { 8, 9, 13, 17 }[rng.Next(4)];
        return days.Select((day, i) => new ScheduleEntry
        {
            Position = i + 1,
            Day = day,
            StartTime = new TimeOnly(hour, 0),
            EndTime = new TimeOnly(hour + 3, 0),
            Location = location.Length > 200 ? location[..200] : location,
        }).ToList();
    }

    private static string Words(WorkforcePreparationArea area) => area switch
    {
        WorkforcePreparationArea.AcademicSkills => "academic skills",
        WorkforcePreparationArea.CriticalThinking => "critical thinking",
        WorkforcePreparationArea.DigitalLiteracy => "digital literacy",
        WorkforcePreparationArea.SelfManagement => "self-management",
        WorkforcePreparationArea.UtilizingResources => "using resources",
        WorkforcePreparationArea.UsingInformation => "using information",
        WorkforcePreparationArea.WorkingWithOthers => "working with others",
        WorkforcePreparationArea.UnderstandingSystems => "understanding systems",
        WorkforcePreparationArea.TransitionToPostsecondaryOrEmployment => "the transition to employment",
        _ => "employability skills",
    };
}
