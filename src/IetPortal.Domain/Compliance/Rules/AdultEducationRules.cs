using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance.Rules;

/// <summary>The first required component (34 CFR 463.36(a)) and its alignment to state standards (463.38(a)).</summary>
internal static class AdultEducationRules
{
    private const LiteracySkills CoreSkills =
        LiteracySkills.Reading | LiteracySkills.Writing | LiteracySkills.Mathematics | LiteracySkills.EnglishLanguage;

    // 34 CFR 463.36(a): adult education and literacy activities "as described in 463.30".
    public static ComplianceRule ActivityType { get; } = new()
    {
        Id = "IET-463.36-a-AEL-ACTIVITY",
        Title = "Adult education and literacy component with a 463.30 activity",
        Requirement = "The adult education and literacy component is present and names its activity type from 34 CFR 463.30.",
        Citation = "34 CFR 463.36(a); 34 CFR 463.30",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.AdultEducation,
        Section = ProposalSection.AdultEducation,
        Field = "AdultEducation.ActivityType",
        Evaluate = static input =>
        {
            var component = input.AdultEducation;
            if (component is null)
            {
                return ComponentKind.AdultEducation.Missing();
            }

            return component.ActivityType is { } type
                ? RuleResult.Met($"Activity type: {Describe(type)} (34 CFR 463.30).")
                : RuleResult.NotMet(
                    "No adult education and literacy activity type is chosen.",
                    "Choose the 34 CFR 463.30 activity the component provides, for example English language acquisition.");
        },
    };

    // 34 CFR 463.36(a), 463.37(a)(1): the component improves reading, writing, mathematics or English proficiency.
    public static ComplianceRule Skills { get; } = new()
    {
        Id = "IET-463.36-a-AEL-SKILLS",
        Title = "Adult education addresses reading, writing, math or English",
        Requirement = "The adult education and literacy component addresses at least one of reading, writing, mathematics and English language.",
        Citation = "34 CFR 463.36(a); 34 CFR 463.37(a)(1)",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.AdultEducation,
        Section = ProposalSection.AdultEducation,
        Field = "AdultEducation.Skills",
        Evaluate = static input =>
        {
            var component = input.AdultEducation;
            if (component is null)
            {
                return ComponentKind.AdultEducation.Missing();
            }

            return (component.Skills & CoreSkills) != LiteracySkills.None
                ? RuleResult.Met($"Skills addressed: {DescribeSkills(component.Skills)}.")
                : RuleResult.NotMet(
                    "No literacy skill is selected.",
                    "Select the skills the component improves: reading, writing, mathematics and/or English language.");
        },
    };

    // 34 CFR 463.35: adult education is provided "concurrently and contextually" with preparation and training.
    public static ComplianceRule Contextualization { get; } = new()
    {
        Id = "IET-463.35-AEL-CONTEXTUALIZED",
        Title = "Adult education contextualized to the occupation",
        Requirement = "The adult education and literacy component describes how its instruction is contextualized to the target occupation.",
        Citation = "34 CFR 463.35",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.AdultEducation,
        Section = ProposalSection.AdultEducation,
        Field = "AdultEducation.Contextualization",
        Evaluate = static input =>
        {
            var component = input.AdultEducation;
            if (component is null)
            {
                return ComponentKind.AdultEducation.Missing();
            }

            return EvidenceText.IsBlank(component.Contextualization)
                ? RuleResult.NotMet(
                    "No contextualization is described.",
                    "Describe how reading, writing, math or English instruction uses the occupation's tasks, texts and vocabulary.")
                : RuleResult.Met($"Contextualized: {EvidenceText.Quote(component.Contextualization!)}");
        },
    };

    // WIOA sec. 203(4): adult education serves eligible individuals (basic skills deficient, without a secondary
    // diploma, or English language learners).
    public static ComplianceRule TargetPopulation { get; } = new()
    {
        Id = "IET-WIOA-203-TARGET-POPULATION",
        Title = "Serves adult basic education or English language learners",
        Requirement = "The program states that it serves adult basic education learners, English language learners, or both.",
        Citation = "WIOA sec. 203(4)",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.AdultEducation,
        Section = ProposalSection.Overview,
        Field = "ServesAdultBasicEducation",
        Evaluate = static input =>
        {
            var proposal = input.Proposal;
            return (proposal.ServesAdultBasicEducation, proposal.ServesEnglishLanguageLearners) switch
            {
                (true, true) => RuleResult.Met("Serves adult basic education learners and English language learners."),
                (true, false) => RuleResult.Met("Serves adult basic education learners."),
                (false, true) => RuleResult.Met("Serves English language learners."),
                _ => RuleResult.NotMet(
                    "Neither adult basic education nor English language learners is selected.",
                    "Select the target population: adult basic education learners, English language learners, or both."),
            };
        },
    };

    // 34 CFR 463.38(a): the adult education component is aligned with the State's adult education content standards.
    public static ComplianceRule ContentStandards { get; } = new()
    {
        Id = "IET-463.38-a-CONTENT-STANDARDS",
        Title = "Aligned to the state's adult education content standards",
        Requirement = "The adult education and literacy component names the state adult education content standards it is aligned to (e.g. CCRS, ELP standards).",
        Citation = "34 CFR 463.38(a)",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.ContentStandards,
        Section = ProposalSection.AdultEducation,
        Field = "AdultEducation.ContentStandards",
        Evaluate = static input =>
        {
            var component = input.AdultEducation;
            if (component is null)
            {
                return ComponentKind.AdultEducation.Missing();
            }

            return EvidenceText.IsBlank(component.ContentStandards)
                ? RuleResult.NotMet(
                    "No content standards are named.",
                    "Name the adult education content standards of Wisconsin's state plan the component is aligned to, "
                    + "for example the College and Career Readiness Standards or the English Language Proficiency Standards.")
                : RuleResult.Met($"Aligned to {EvidenceText.Quote(component.ContentStandards!)}");
        },
    };

    private static string Describe(AdultEducationActivityType type) => type switch
    {
        AdultEducationActivityType.AdultEducation => "adult education (a)",
        AdultEducationActivityType.Literacy => "literacy (b)",
        AdultEducationActivityType.WorkplaceAdultEducationAndLiteracy => "workplace adult education and literacy (c)",
        AdultEducationActivityType.FamilyLiteracy => "family literacy (d)",
        AdultEducationActivityType.EnglishLanguageAcquisition => "English language acquisition (e)",
        AdultEducationActivityType.IntegratedEnglishLiteracyAndCivicsEducation => "integrated English literacy and civics education (f)",
        _ => type.ToString(),
    };

    private static string DescribeSkills(LiteracySkills skills)
    {
        var names = new List<string>(4);
        if (skills.HasFlag(LiteracySkills.Reading))
        {
            names.Add("reading");
        }

        if (skills.HasFlag(LiteracySkills.Writing))
        {
            names.Add("writing");
        }

        if (skills.HasFlag(LiteracySkills.Mathematics))
        {
            names.Add("mathematics");
        }

        if (skills.HasFlag(LiteracySkills.EnglishLanguage))
        {
            names.Add("English language");
        }

        return string.Join(", ", names);
    }
}
