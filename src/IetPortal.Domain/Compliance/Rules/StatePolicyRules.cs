using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance.Rules;

/// <summary>
/// Rules Wisconsin imposes beyond the federal ones, labelled as state policy (OCTAE asked WTCS to label
/// state-imposed rules): learners 18 and older, an equity plan, and existing system-approved credentials.
/// </summary>
internal static class StatePolicyRules
{
    private const string DevelopmentGuide = "WTCS IET policy (Wisconsin Integrated Education & Training Development Guide)";

    private static readonly LearnerSupports[] AllSupports = Enum.GetValues<LearnerSupports>();

    // Wisconsin state rule: eligible individuals are 18 or older (the federal floor in WIOA sec. 203(4) is 16).
    // The minimum is the administrator-set threshold, not a number written here.
    public static ComplianceRule EligibleAge { get; } = new()
    {
        Id = "IET-WI-ELIGIBLE-AGE",
        Title = "Learners meet Wisconsin's minimum age",
        Requirement = "If the proposal states a minimum learner age, it is at least the state minimum (threshold; Wisconsin policy: 18).",
        Citation = DevelopmentGuide,
        Origin = RuleOrigin.StatePolicy,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.StatePolicy,
        Section = ProposalSection.Overview,
        Field = "MinimumAge",
        Evaluate = static input =>
        {
            var minimum = input.Thresholds.MinimumEligibleAge;
            if (input.Proposal.MinimumAge is not { } age)
            {
                return RuleResult.Met(string.Create(
                    EvidenceText.Culture,
                    $"No minimum age is stated, so none falls below the state minimum of {EvidenceText.Number(minimum)} (IET-WI-ELIGIBLE-AGE-STATED asks for it)."));
            }

            var evidence = string.Create(EvidenceText.Culture, $"Minimum age {age} (state minimum {EvidenceText.Number(minimum)}).");
            return age >= minimum
                ? RuleResult.Met(evidence)
                : RuleResult.NotMet(
                    evidence,
                    string.Create(EvidenceText.Culture, $"Raise the minimum age to {EvidenceText.Number(minimum)}: Wisconsin serves learners {EvidenceText.Number(minimum)} and older (a state rule; the federal floor of 16 does not apply)."));
        },
    };

    // Wisconsin state rule (18+): when the proposal is silent on age, the reviewer cannot confirm it.
    public static ComplianceRule EligibleAgeStated { get; } = new()
    {
        Id = "IET-WI-ELIGIBLE-AGE-STATED",
        Title = "Minimum learner age stated",
        Requirement = "The proposal states the minimum age of its learners.",
        Citation = DevelopmentGuide,
        Origin = RuleOrigin.StatePolicy,
        Severity = RuleSeverity.Warning,
        Criterion = ComplianceCriterion.StatePolicy,
        Section = ProposalSection.Overview,
        Field = "MinimumAge",
        Evaluate = static input => input.Proposal.MinimumAge is { } age
            ? RuleResult.Met(string.Create(EvidenceText.Culture, $"Minimum age {age} is stated."))
            : RuleResult.NeedsAttention(
                "No minimum learner age is stated.",
                string.Create(EvidenceText.Culture, $"State the minimum age of learners (Wisconsin policy: {EvidenceText.Number(input.Thresholds.MinimumEligibleAge)} or older).")),
    };

    // WTCS Roadmap to IET: "targeted recruitment strategies among the unemployed and underemployed"; WTCS Achieving
    // Equity in IET: inclusive, multilingual recruitment.
    public static ComplianceRule Recruitment { get; } = new()
    {
        Id = "IET-WI-EQUITY-RECRUITMENT",
        Title = "Equity plan: recruitment strategies",
        Requirement = "The equity plan describes targeted recruitment strategies.",
        Citation = "WTCS Roadmap to IET; WTCS Achieving Equity in IET",
        Origin = RuleOrigin.StatePolicy,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.StatePolicy,
        Section = ProposalSection.EquityAndSupports,
        Field = "RecruitmentStrategies",
        Evaluate = static input => EvidenceText.IsBlank(input.Proposal.RecruitmentStrategies)
            ? RuleResult.NotMet(
                "No recruitment strategies are described.",
                "Describe how the program recruits learners, especially the unemployed and underemployed (e.g. multilingual outreach through community partners).")
            : RuleResult.Met($"Recruitment: {EvidenceText.Quote(input.Proposal.RecruitmentStrategies!)}"),
    };

    // WTCS Achieving Equity in IET: responsive learner supports (transportation, case management, childcare...).
    public static ComplianceRule LearnerSupports { get; } = new()
    {
        Id = "IET-WI-EQUITY-SUPPORTS",
        Title = "Equity plan: learner supports",
        Requirement = "The equity plan names at least one learner support (advising, navigation, transportation, childcare, case management...).",
        Citation = "WTCS Achieving Equity in IET",
        Origin = RuleOrigin.StatePolicy,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.StatePolicy,
        Section = ProposalSection.EquityAndSupports,
        Field = "LearnerSupports",
        Evaluate = static input =>
        {
            var supports = input.Proposal.LearnerSupports;
            return supports == Proposals.LearnerSupports.None
                ? RuleResult.NotMet(
                    "No learner support is selected.",
                    "Select the supports learners receive, such as advising, navigation, transportation, childcare or case management.")
                : RuleResult.Met($"Supports: {DescribeSupports(supports)}.");
        },
    };

    // WTCS Roadmap to IET: the occupational credential is "the existing standard one approved by the system"; do not
    // create "lite" credentials.
    public static ComplianceRule CredentialApproved { get; } = new()
    {
        Id = "IET-WI-CREDENTIAL-APPROVED",
        Title = "Credential is an existing system-approved one",
        Requirement = "Every credential the program leads to is an existing, system-approved credential (no \"lite\" credentials).",
        Citation = "WTCS Roadmap to IET",
        Origin = RuleOrigin.StatePolicy,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.StatePolicy,
        Section = ProposalSection.CareerPathway,
        Field = "Credentials",
        Evaluate = static input =>
        {
            var chosen = input.Proposal.Credentials;
            if (chosen.Count == 0)
            {
                return RuleResult.NotMet(
                    "No credential is chosen, so none can be confirmed as system-approved.",
                    "Choose the existing, system-approved credential the program leads to.");
            }

            string? first = null;
            foreach (var link in chosen)
            {
                if (input.ReferenceData.FindCredential(link.CredentialId) is not { } credential)
                {
                    return RuleResult.NotMet(
                        "A chosen credential no longer exists.",
                        "Choose the credential again from the current list.");
                }

                if (!credential.IsSystemApproved)
                {
                    return RuleResult.NotMet(
                        $"{credential.Name} is not a system-approved credential.",
                        "Lead to the existing, system-approved credential: WTCS policy does not allow \"lite\" versions of credentials.");
                }

                first ??= credential.Name;
            }

            return RuleResult.Met(chosen.Count == 1
                ? $"{first} is system-approved."
                : string.Create(EvidenceText.Culture, $"All {chosen.Count} credentials are system-approved, e.g. {first}."));
        },
    };

    private static string DescribeSupports(LearnerSupports supports)
    {
        var names = new List<string>();
        foreach (var support in AllSupports)
        {
            if (support != Proposals.LearnerSupports.None && supports.HasFlag(support))
            {
                names.Add(SupportName(support));
            }
        }

        return string.Join(", ", names);
    }

    private static string SupportName(LearnerSupports support) => support switch
    {
        Proposals.LearnerSupports.Advising => "advising",
        Proposals.LearnerSupports.Navigation => "navigation",
        Proposals.LearnerSupports.Transportation => "transportation",
        Proposals.LearnerSupports.Childcare => "childcare",
        Proposals.LearnerSupports.CaseManagement => "case management",
        Proposals.LearnerSupports.Tutoring => "tutoring",
        Proposals.LearnerSupports.FinancialAssistance => "financial assistance",
        Proposals.LearnerSupports.Technology => "technology",
        _ => support.ToString(),
    };
}
