using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance.Rules;

/// <summary>
/// The third required component: workforce training for a specific occupation or occupational cluster, of a type
/// listed in WIOA sec. 134(c)(3)(D) (34 CFR 463.36(c)).
/// </summary>
internal static class WorkforceTrainingRules
{
    // 34 CFR 463.36(c): "any one of the training services defined in section 134(c)(3)(D) of the Act".
    public static ComplianceRule TrainingType { get; } = new()
    {
        Id = "IET-463.36-c-WT-TYPE",
        Title = "Workforce training component of a WIOA 134(c)(3)(D) type",
        Requirement = "The workforce training component is present and names its training type from WIOA sec. 134(c)(3)(D).",
        Citation = "34 CFR 463.36(c); WIOA sec. 134(c)(3)(D)",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.WorkforceTraining,
        Section = ProposalSection.WorkforceTraining,
        Field = "WorkforceTraining.TrainingType",
        Evaluate = static input =>
        {
            var component = input.WorkforceTraining;
            if (component is null)
            {
                return ComponentKind.WorkforceTraining.Missing();
            }

            return component.TrainingType is { } type
                ? RuleResult.Met($"Training type: {Describe(type)}.")
                : RuleResult.NotMet(
                    "No training type is chosen.",
                    "Choose the WIOA sec. 134(c)(3)(D) training type, for example occupational skills training.");
        },
    };

    // 34 CFR 463.36(c) with state practice: general courses (computer basics, OSHA 10, First Aid/CPR, career
    // readiness...) count as workforce preparation, not training for a specific occupation.
    public static ComplianceRule OccupationalCourses { get; } = new()
    {
        Id = "IET-463.36-c-WT-OCCUPATIONAL-COURSES",
        Title = "Training includes occupation-specific courses",
        Requirement = "The workforce training component lists at least one occupation-specific course; general courses such as OSHA 10, CPR or computer basics count as preparation, not training.",
        Citation = "34 CFR 463.36(c); WIOA sec. 134(c)(3)(D)",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.WorkforceTraining,
        Section = ProposalSection.WorkforceTraining,
        Field = "WorkforceTraining.Courses",
        Evaluate = static input =>
        {
            var component = input.WorkforceTraining;
            if (component is null)
            {
                return ComponentKind.WorkforceTraining.Missing();
            }

            var courses = component.Courses;
            if (courses.Count == 0)
            {
                return RuleResult.NotMet(
                    "No training course is listed.",
                    "List the occupation-specific courses of the training, for example the WTCS courses of the credential.");
            }

            string? firstOccupational = null;
            string? firstGeneral = null;
            var occupational = 0;
            foreach (var course in courses)
            {
                if (IsGeneral(course))
                {
                    firstGeneral ??= Name(course);
                }
                else
                {
                    occupational++;
                    firstOccupational ??= Name(course);
                }
            }

            var general = courses.Count - occupational;
            if (occupational == 0)
            {
                return RuleResult.NotMet(
                    courses.Count == 1
                        ? $"The only course, {firstGeneral}, is a general course that counts as workforce preparation."
                        : string.Create(
                            EvidenceText.Culture,
                            $"All {courses.Count} courses are general courses that count as workforce preparation, e.g. {firstGeneral}."),
                    "General courses such as OSHA 10, First Aid/CPR or computer basics are workforce preparation, not "
                    + "training for a specific occupation. Add the occupation-specific courses, e.g. the WTCS courses of the credential.");
            }

            return RuleResult.Met(general == 0
                ? string.Create(EvidenceText.Culture, $"{EvidenceText.Count(occupational, "occupation-specific course", "occupation-specific courses")}, e.g. {firstOccupational}.")
                : string.Create(
                    EvidenceText.Culture,
                    $"{EvidenceText.Count(occupational, "occupation-specific course", "occupation-specific courses")}, e.g. {firstOccupational}; {EvidenceText.Count(general, "general course", "general courses")} counted as preparation, e.g. {firstGeneral}."));
        },
    };

    // 34 CFR 463.35, 463.36(c): training "for a specific occupation or occupational cluster".
    public static ComplianceRule Occupation { get; } = new()
    {
        Id = "IET-463.36-c-WT-OCCUPATION",
        Title = "Training for a specific occupation or occupational cluster",
        Requirement = "The proposal names the target occupation (SOC code) or occupational cluster the training is for.",
        Citation = "34 CFR 463.35; 34 CFR 463.36(c)",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.WorkforceTraining,
        Section = ProposalSection.CareerPathway,
        Field = "OccupationSocCode",
        Evaluate = static input =>
        {
            var proposal = input.Proposal;
            if (!EvidenceText.IsBlank(proposal.OccupationSocCode))
            {
                return RuleResult.Met(EvidenceText.IsBlank(proposal.OccupationTitle)
                    ? $"Occupation: SOC {proposal.OccupationSocCode!.Trim()}."
                    : $"Occupation: SOC {proposal.OccupationSocCode!.Trim()} {proposal.OccupationTitle!.Trim()}.");
            }

            return EvidenceText.IsBlank(proposal.OccupationalCluster)
                ? RuleResult.NotMet(
                    "Neither a target occupation nor an occupational cluster is named.",
                    "Name the occupation the training prepares for (its SOC code and title) or the occupational cluster.")
                : RuleResult.Met($"Occupational cluster: {EvidenceText.Quote(proposal.OccupationalCluster!)}.");
        },
    };

    /// <summary>A course flagged general, or whose title names a general course (OSHA 10, CPR, computer basics...).</summary>
    public static bool IsGeneral(TrainingCourse course) =>
        course.IsGeneralCourse
        || EvidenceText.IsBlank(course.Title)
        || CodeFormats.GeneralCourseTitle().IsMatch(course.Title);

    private static string Name(TrainingCourse course) => EvidenceText.IsBlank(course.CourseNumber)
        ? EvidenceText.Quote(course.Title ?? string.Empty)
        : string.Concat(course.CourseNumber!.Trim(), " ", EvidenceText.Quote(course.Title ?? string.Empty));

    private static string Describe(WorkforceTrainingType type) => type switch
    {
        WorkforceTrainingType.OccupationalSkillsTraining => "occupational skills training (WIOA sec. 134(c)(3)(D)(i))",
        WorkforceTrainingType.OnTheJobTraining => "on-the-job training (134(c)(3)(D)(ii))",
        WorkforceTrainingType.IncumbentWorkerTraining => "incumbent worker training (134(c)(3)(D)(iii))",
        WorkforceTrainingType.WorkplaceTrainingWithRelatedInstruction => "workplace training with related instruction (134(c)(3)(D)(iv))",
        WorkforceTrainingType.PrivateSectorTraining => "training operated by the private sector (134(c)(3)(D)(v))",
        WorkforceTrainingType.SkillUpgradingAndRetraining => "skill upgrading and retraining (134(c)(3)(D)(vi))",
        WorkforceTrainingType.EntrepreneurialTraining => "entrepreneurial training (134(c)(3)(D)(vii))",
        WorkforceTrainingType.TransitionalJobs => "transitional jobs (134(c)(3)(D)(viii))",
        WorkforceTrainingType.JobReadinessTrainingInCombination => "job readiness training in combination with other training (134(c)(3)(D)(ix))",
        WorkforceTrainingType.CustomizedTraining => "customized training (134(c)(3)(D)(xi))",
        _ => type.ToString(),
    };
}
