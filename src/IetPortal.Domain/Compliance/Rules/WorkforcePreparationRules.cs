using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance.Rules;

/// <summary>The second required component: workforce preparation activities (34 CFR 463.36(b), 463.34).</summary>
internal static class WorkforcePreparationRules
{
    // Fewer distinct areas than this draws a warning: 463.34 describes "a combination" of skills. Not a Wisconsin
    // minimum (none is published) but the plain reading of "combination", so it is fixed rather than a threshold.
    private const int CombinationOfAreas = 2;

    private static readonly WorkforcePreparationArea[] AllAreas = Enum.GetValues<WorkforcePreparationArea>();

    // 34 CFR 463.36(b): workforce preparation activities as described in 463.34.
    public static ComplianceRule Activities { get; } = new()
    {
        Id = "IET-463.36-b-WP-ACTIVITIES",
        Title = "Workforce preparation component with 463.34 activities",
        Requirement = "The workforce preparation component is present and lists at least one activity, each mapped to a 34 CFR 463.34 area and described.",
        Citation = "34 CFR 463.36(b); 34 CFR 463.34",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.WorkforcePreparation,
        Section = ProposalSection.WorkforcePreparation,
        Field = "WorkforcePreparation.Activities",
        Evaluate = static input =>
        {
            var component = input.WorkforcePreparation;
            if (component is null)
            {
                return ComponentKind.WorkforcePreparation.Missing();
            }

            var activities = component.Activities;
            if (activities.Count == 0)
            {
                return RuleResult.NotMet(
                    "No workforce preparation activity is listed.",
                    "Add the workforce preparation activities, each mapped to a 34 CFR 463.34 area such as digital literacy or working with others.");
            }

            for (var i = 0; i < activities.Count; i++)
            {
                if (EvidenceText.IsBlank(activities[i].Description))
                {
                    return RuleResult.NotMet(
                            string.Create(EvidenceText.Culture, $"Activity {i + 1} ({AreaName(activities[i].Area)}) has no description."),
                            "Describe what learners do in each workforce preparation activity.")
                        .At(string.Create(EvidenceText.Culture, $"WorkforcePreparation.Activities[{i}].Description"));
                }
            }

            return RuleResult.Met(string.Create(
                EvidenceText.Culture,
                $"{EvidenceText.Count(activities.Count, "activity", "activities")} in {DescribeAreas(AreasOf(activities))}."));
        },
    };

    // 34 CFR 463.34: "a combination of basic academic skills, critical thinking skills, digital literacy skills, and
    // self-management skills", with competencies in areas (a)-(f).
    public static ComplianceRule Areas { get; } = new()
    {
        Id = "IET-463.34-WP-AREAS",
        Title = "Workforce preparation combines several 463.34 areas",
        Requirement = "The workforce preparation activities cover at least two distinct 34 CFR 463.34 areas (a combination of skills).",
        Citation = "34 CFR 463.34",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Warning,
        Criterion = ComplianceCriterion.WorkforcePreparation,
        Section = ProposalSection.WorkforcePreparation,
        Field = "WorkforcePreparation.Activities",
        Evaluate = static input =>
        {
            var component = input.WorkforcePreparation;
            if (component is null || component.Activities.Count == 0)
            {
                return RuleResult.NeedsAttention(
                    "No workforce preparation activity is listed, so no 463.34 area is covered.",
                    "Add workforce preparation activities in several 34 CFR 463.34 areas.");
            }

            var areas = AreasOf(component.Activities);
            var count = System.Numerics.BitOperations.PopCount(areas);
            var evidence = string.Create(
                EvidenceText.Culture,
                $"Areas covered: {DescribeAreas(areas)} ({count} of the 10 areas of 34 CFR 463.34).");
            return count >= CombinationOfAreas
                ? RuleResult.Met(evidence)
                : RuleResult.NeedsAttention(
                    evidence,
                    "Workforce preparation is a combination of skills (34 CFR 463.34): add activities in further areas, "
                    + "or acknowledge with a note why one area serves these learners.");
        },
    };

    private static uint AreasOf(List<WorkforcePreparationActivity> activities)
    {
        var areas = 0u;
        foreach (var activity in activities)
        {
            areas |= 1u << (int)activity.Area;
        }

        return areas;
    }

    private static string DescribeAreas(uint areas)
    {
        var names = new List<string>();
        foreach (var area in AllAreas)
        {
            if ((areas & (1u << (int)area)) != 0)
            {
                names.Add(AreaName(area));
            }
        }

        return string.Join(", ", names);
    }

    private static string AreaName(WorkforcePreparationArea area) => area switch
    {
        WorkforcePreparationArea.AcademicSkills => "basic academic skills",
        WorkforcePreparationArea.CriticalThinking => "critical thinking",
        WorkforcePreparationArea.DigitalLiteracy => "digital literacy",
        WorkforcePreparationArea.SelfManagement => "self-management",
        WorkforcePreparationArea.UtilizingResources => "utilizing resources",
        WorkforcePreparationArea.UsingInformation => "using information",
        WorkforcePreparationArea.WorkingWithOthers => "working with others",
        WorkforcePreparationArea.UnderstandingSystems => "understanding systems",
        WorkforcePreparationArea.TransitionToPostsecondaryOrEmployment => "transition to postsecondary education or employment",
        WorkforcePreparationArea.OtherEmployabilitySkills => "other employability skills",
        _ => area.ToString(),
    };
}
