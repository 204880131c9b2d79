using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Tests.Compliance;

/// <summary>
/// Complete, realistic IET proposals that meet every compliance rule, to start from and remove one thing.
/// Also compiled into the benchmark project, so it uses nothing from xunit.
/// </summary>
public static class RealisticProposals
{
    public const int MilwaukeeAreaTechnicalCollegeId = 8;
    public const int NursingPathwayId = 11;
    public const int NursingAssistantStepId = 101;
    public const int PracticalNursingStepId = 102;
    public const int RegisteredNurseStepId = 103;
    public const int NursingAssistantCredentialId = 201;
    public const int PracticalNursingCredentialId = 202;
    public const int AssociateDegreeNursingCredentialId = 203;
    public const int WeldingCredentialId = 301;
    public const int EmployMilwaukeeWdaId = 2;
    public const int WowWdaId = 3;

    /// <summary>
    /// A Certified Nursing Assistant IET for English language learners at Milwaukee Area Technical College:
    /// ELL instruction team-taught with the Nursing Assistant course (30-543-1 credential, SOC 31-1131).
    /// </summary>
    public static IetProposal Cna()
    {
        var proposal = IetProposal.StartDraft(MilwaukeeAreaTechnicalCollegeId, "Nursing Assistant with Integrated English Language Learning");
        proposal.Summary = "A 16-week cohort in which English language learners earn the WTCS Nursing Assistant technical diploma "
            + "and prepare for the Wisconsin Nurse Aide Registry exam, with English taught in the context of resident care.";
        proposal.DeliveryMode = DeliveryMode.InPerson;
        proposal.Location = "MATC Downtown Milwaukee Campus, 700 W. State Street, Milwaukee";
        proposal.StartDate = new DateOnly(2026, 1, 12);
        proposal.EndDate = new DateOnly(2026, 5, 1);
        proposal.Weeks = 16;
        proposal.CohortCapacity = 18;
        proposal.ServesEnglishLanguageLearners = true;
        proposal.EducationalFunctioningLevels = "ESL levels 4-6 (Low Intermediate to Advanced), TABE CLAS-E";
        proposal.MinimumAge = 18;
        proposal.EligibilityNotes = "Wisconsin residents 18 and older; caregiver background check before the clinical rotation.";
        proposal.FundingSources = FundingSources.AeflaSection231 | FundingSources.College;

        proposal.CareerPathwayId = NursingPathwayId;
        proposal.EntryStepId = NursingAssistantStepId;
        proposal.Credentials = [new ProposalCredential { CredentialId = NursingAssistantCredentialId }];
        proposal.OccupationSocCode = "31-1131";
        proposal.OccupationTitle = "Nursing Assistants";
        proposal.OccupationalCluster = "Health Science";
        proposal.CipCode = "51.3902";
        proposal.WtcsProgramNumber = "30-543-1";
        proposal.Credits = 3;
        proposal.WorkforceAreas = [new ProposalWorkforceArea { WorkforceDevelopmentAreaId = EmployMilwaukeeWdaId }];
        proposal.WorkforcePlanAlignment = "Employ Milwaukee's local plan names healthcare as a priority sector and nursing assistants "
            + "as a high-demand entry occupation; the program feeds MATC's Practical Nursing and Associate Degree Nursing programs.";
        proposal.LaborMarketEvidence = "Nursing assistants are among the largest-demand occupations in the Milwaukee WDA "
            + "(Wisconsin DWD projections); three long-term care employer partners committed to interviewing completers.";

        Fill(proposal.AdultEducation!);
        Fill(proposal.WorkforcePreparation!);
        Fill(proposal.WorkforceTraining!);

        proposal.InstructionalModel = InstructionalModel.TeamTeaching;
        proposal.TeamTeachingOverlapHours = 60;
        proposal.CoPlanningDescription = "The ELL instructor and the nurse instructor co-plan weekly for one hour from the nurse aide skills list.";
        proposal.IntegrationDescription = "The ELL instructor teaches in the nursing classroom and skills lab during the Nursing Assistant course, "
            + "pre-teaching vocabulary and reading of each week's skills and coaching resident communication during practice.";

        proposal.LearningObjectives = LearningObjectives();

        proposal.RecruitmentStrategies = "Multilingual flyers (Spanish, Hmong, Somali, Burmese) through Employ Milwaukee job centers, "
            + "refugee resettlement agencies and current MATC ELL classes; information sessions with past IET learners.";
        proposal.PopulationsServed = "English language learners, refugees and internationally trained health workers.";
        proposal.CostOfInstructionFunding = "AEFLA section 231 funds the ELL instruction; WIOA Title I individual training accounts cover tuition.";
        proposal.LearnerSupports = LearnerSupports.Advising | LearnerSupports.Navigation | LearnerSupports.Transportation
            | LearnerSupports.Childcare | LearnerSupports.CaseManagement | LearnerSupports.Tutoring;
        proposal.LearnerSupportsDescription = "A bilingual navigator meets each learner weekly; bus passes and childcare vouchers through partners.";
        proposal.InclusiveCurriculumDesign = "Universal Design for Learning: skills videos with captions, picture glossaries, choice of demonstration.";

        proposal.Partners =
        [
            new ProposalPartner { Name = "Employ Milwaukee", Type = PartnerType.WorkforceBoard, Contribution = "Recruitment and training accounts" },
            new ProposalPartner { Name = "Lakeside Senior Living", Type = PartnerType.Employer, Contribution = "Clinical site and interviews" },
        ];
        return proposal;
    }

    /// <summary>The reference data matching <see cref="Cna"/>: the Nursing pathway, its credentials and Employ Milwaukee.</summary>
    public static ComplianceReferenceData CnaReferenceData() => new()
    {
        Pathway = new CareerPathwayFacts(
            NursingPathwayId,
            "Nursing",
            IsActive: true,
            Steps:
            [
                new PathwayStepFacts(NursingAssistantStepId, 1, "Nursing Assistant (CNA)"),
                new PathwayStepFacts(PracticalNursingStepId, 2, "Practical Nursing (LPN)"),
                new PathwayStepFacts(RegisteredNurseStepId, 3, "Associate Degree Nursing (RN)"),
            ],
            CredentialIds: [NursingAssistantCredentialId, PracticalNursingCredentialId, AssociateDegreeNursingCredentialId],
            SocCodes: ["31-1131", "29-2061", "29-1141"]),
        Credentials =
        [
            new CredentialFacts(NursingAssistantCredentialId, "Nursing Assistant (30-543-1)", NursingPathwayId, IsSystemApproved: true),
            new CredentialFacts(PracticalNursingCredentialId, "Practical Nursing (31-543-1)", NursingPathwayId, IsSystemApproved: true),
            new CredentialFacts(AssociateDegreeNursingCredentialId, "Nursing-Associate Degree (10-543-1)", NursingPathwayId, IsSystemApproved: true),
            new CredentialFacts(WeldingCredentialId, "Welding (31-442-1)", CareerPathwayId: 12, IsSystemApproved: true),
        ],
        WorkforceAreas =
        [
            new WorkforceAreaFacts(EmployMilwaukeeWdaId, 2, "Employ Milwaukee", ["31-1131", "29-1141", "29-2061", "31-1122"]),
            new WorkforceAreaFacts(WowWdaId, 3, "Waukesha-Ozaukee-Washington", ["51-4121", "29-1141"]),
        ],
    };

    private static void Fill(AdultEducationComponent component)
    {
        component.ActivityType = AdultEducationActivityType.EnglishLanguageAcquisition;
        component.Skills = LiteracySkills.Reading | LiteracySkills.Writing | LiteracySkills.Mathematics | LiteracySkills.EnglishLanguage;
        component.Contextualization = "Reading care plans and resident charts, writing shift notes, speaking with residents and nurses, "
            + "and the math of vital signs, intake and output, all taught from the nurse aide skills list.";
        component.ContentStandards = "English Language Proficiency (ELP) Standards for Adult Education; College and Career Readiness "
            + "Standards for Adult Education (Wisconsin state plan)";
        component.ContactHours = 96;
        component.StartDate = new DateOnly(2026, 1, 12);
        component.EndDate = new DateOnly(2026, 5, 1);
        component.QualityDescription = "Taught by a licensed ELL instructor with healthcare context training; class of 18 at most; "
            + "CASAS and TABE CLAS-E pre/post tests; weekly co-planning with the nurse instructor.";
        component.Schedule =
        [
            new ScheduleEntry { Day = DayOfWeek.Monday, StartTime = new TimeOnly(9, 0), EndTime = new TimeOnly(12, 0), Location = "Room M-312" },
            new ScheduleEntry { Day = DayOfWeek.Wednesday, StartTime = new TimeOnly(9, 0), EndTime = new TimeOnly(12, 0), Location = "Room M-312" },
        ];
        component.Instructors = [new Instructor { Name = "Maria Hernández", Role = "ELL instructor", Qualifications = "MA TESOL; Wisconsin DPI ESL license" }];
        component.Materials =
        [
            new InstructionalMaterial { Title = "English for Nursing Assistants workbook (MATC, contextualized to the nurse aide skills list)", HowUsed = "Weekly vocabulary and reading", IsOccupationallyRelevant = true },
            new InstructionalMaterial { Title = "Resident care plans and shift report forms (de-identified, from clinical partners)", HowUsed = "Reading and writing practice", IsOccupationallyRelevant = true },
            new InstructionalMaterial { Title = "Oxford Picture Dictionary", HowUsed = "General vocabulary support", IsOccupationallyRelevant = false },
        ];
        component.ResearchBases =
        [
            new ResearchBasis
            {
                Citation = "Wachen, J., Jenkins, D., & Van Noy, M. (2010). How I-BEST Works: Findings from a Field Study of Washington State's Integrated Basic Education and Skills Training Program. Community College Research Center.",
                HowApplied = "Team teaching with at least half the hours overlapping; language taught from the technical content.",
            },
            new ResearchBasis
            {
                Citation = "Student Achievement in Reading (STAR), evidence-based reading instruction, OCTAE.",
                HowApplied = "Explicit vocabulary and fluency practice on care-plan texts.",
            },
        ];
    }

    private static void Fill(WorkforcePreparationComponent component)
    {
        component.ContactHours = 32;
        component.StartDate = new DateOnly(2026, 1, 12);
        component.EndDate = new DateOnly(2026, 5, 1);
        component.QualityDescription = "A career navigator and the ELL instructor lead weekly sessions with employer speakers; "
            + "learners keep a portfolio assessed against the WTCS employability skills.";
        component.Instructors = [new Instructor { Name = "Andre Johnson", Role = "Career navigator", Qualifications = "Certified career development facilitator" }];
        component.Activities =
        [
            new WorkforcePreparationActivity { Area = WorkforcePreparationArea.DigitalLiteracy, Description = "Enter vital signs and care notes in a practice electronic health record." },
            new WorkforcePreparationActivity { Area = WorkforcePreparationArea.WorkingWithOthers, Description = "Shift hand-off role plays with a nurse and a resident's family." },
            new WorkforcePreparationActivity { Area = WorkforcePreparationArea.CriticalThinking, Description = "Decide what to report to the nurse from resident scenarios." },
            new WorkforcePreparationActivity { Area = WorkforcePreparationArea.UnderstandingSystems, Description = "How a long-term care facility is organized; reporting lines and resident rights." },
            new WorkforcePreparationActivity { Area = WorkforcePreparationArea.TransitionToPostsecondaryOrEmployment, Description = "Nurse Aide Registry application, resumes and employer interviews." },
        ];
        component.Materials =
        [
            new InstructionalMaterial { Title = "Practice electronic health record (SimChart-style training environment)", HowUsed = "Digital literacy sessions", IsOccupationallyRelevant = true },
            new InstructionalMaterial { Title = "Wisconsin Nurse Aide Registry application packet", HowUsed = "Transition session", IsOccupationallyRelevant = true },
        ];
        component.ResearchBases =
        [
            new ResearchBasis { Citation = "Wang, X., Sun, N., & Wickersham, K. (2017). Turning math remediation into homeroom: contextualization as a motivational environment. Review of Higher Education, 40(3).", HowApplied = "Employability skills practiced in workplace scenarios." },
        ];
    }

    private static void Fill(WorkforceTrainingComponent component)
    {
        component.TrainingType = WorkforceTrainingType.OccupationalSkillsTraining;
        component.WorkBasedLearning = "32-hour clinical rotation at a partner long-term care facility.";
        component.ContactHours = 120;
        component.StartDate = new DateOnly(2026, 1, 19);
        component.EndDate = new DateOnly(2026, 5, 1);
        component.QualityDescription = "Wisconsin DHS-approved nurse aide training program; RN instructor; skills lab at 1:8; clinical at 1:8.";
        component.Instructors = [new Instructor { Name = "Denise Walker, RN", Role = "Nurse aide instructor", Qualifications = "BSN; DHS-approved primary instructor; 6 years long-term care" }];
        component.Courses =
        [
            new TrainingCourse { CourseNumber = "30-543-300", Title = "Nursing Assistant", Credits = 3 },
            new TrainingCourse { Title = "CPR / BLS for Healthcare Providers", IsGeneralCourse = true },
        ];
        component.Materials =
        [
            new InstructionalMaterial { Title = "Hartman's Nursing Assistant Care: Long-Term Care and Home Health", HowUsed = "Course textbook", IsOccupationallyRelevant = true },
            new InstructionalMaterial { Title = "Wisconsin nurse aide skills checklist", HowUsed = "Skills lab and check-offs", IsOccupationallyRelevant = true },
        ];
        component.ResearchBases =
        [
            new ResearchBasis { Citation = "Zeidenberg, M., Cho, S.-W., & Jenkins, D. (2010). Washington State's I-BEST: New Evidence of Effectiveness. CCRC Working Paper No. 20.", HowApplied = "Occupational instruction co-delivered with basic skills." },
        ];
    }

    private static List<LearningObjective> LearningObjectives() =>
    [
        new LearningObjective
        {
            Position = 1,
            Statement = "Measure and record temperature, pulse, respirations and blood pressure, and report them to the nurse.",
            AdultEducationContent = "Reading scales and decimals; numbers and units spoken aloud (ELP standard 2).",
            WorkforcePreparationActivity = "Using information: recording data on a flow sheet and in the practice EHR.",
            WorkforceTrainingCompetency = "Vital signs (nurse aide skill).",
            Assessment = "Skills check-off and a recorded oral report.",
        },
        new LearningObjective
        {
            Position = 2,
            Statement = "Calculate and record a resident's intake and output for a shift.",
            AdultEducationContent = "Adding and converting milliliters and ounces (CCRS math level C).",
            WorkforcePreparationActivity = "Critical thinking: noticing and reporting an abnormal total.",
            WorkforceTrainingCompetency = "Measure and record intake and output.",
            Assessment = "Written I&O worksheet scored against a key.",
        },
        new LearningObjective
        {
            Position = 3,
            Statement = "Read a care plan and carry out the assigned care.",
            AdultEducationContent = "Reading informational text for key details (CCRS reading anchor 1).",
            WorkforcePreparationActivity = "Understanding systems: who writes the care plan and who may change it.",
            WorkforceTrainingCompetency = "Follow the care plan for activities of daily living.",
            Assessment = "Care-plan scenario in the skills lab.",
        },
        new LearningObjective
        {
            Position = 4,
            Statement = "Communicate respectfully with residents who have dementia or hearing loss.",
            AdultEducationContent = "Speaking and listening: short, clear instructions and checking understanding (ELP standard 1).",
            WorkforcePreparationActivity = "Working with others: role play with a resident and family member.",
            WorkforceTrainingCompetency = "Communication and interpersonal skills; resident rights.",
            Assessment = "Observed role play with a rubric.",
        },
        new LearningObjective
        {
            Position = 5,
            Statement = "Write an objective shift note about a change in a resident's condition.",
            AdultEducationContent = "Writing in past tense with precise, objective vocabulary (ELP standard 3).",
            WorkforcePreparationActivity = "Digital literacy: entering the note in the practice EHR.",
            WorkforceTrainingCompetency = "Observe, report and document changes in condition.",
            Assessment = "Shift note scored with a documentation rubric.",
        },
        new LearningObjective
        {
            Position = 6,
            Statement = "Prevent infection by hand hygiene and the correct use of personal protective equipment.",
            AdultEducationContent = "Reading procedure steps in sequence; sequence words.",
            WorkforcePreparationActivity = "Self-management: following procedures under time pressure.",
            WorkforceTrainingCompetency = "Infection control: hand hygiene and PPE (nurse aide skill).",
            Assessment = "Skills check-off.",
        },
    ];
}
