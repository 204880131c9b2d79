using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance.Rules;

/// <summary>
/// Basics no regulation states but every other rule relies on: dates valid and ordered, capacity positive, codes
/// well-formed, one component of each kind. Format rules check only what is entered; the rule that needs a value
/// reports its absence.
/// </summary>
internal static class DataIntegrityRules
{
    private const string PortalRule = "IetPortal data integrity";

    public static ComplianceRule ProgramDates { get; } = new()
    {
        Id = "IET-DATA-PROGRAM-DATES",
        Title = "Program dates entered and ordered",
        Requirement = "The program has a start and an end date, and ends after it starts.",
        Citation = PortalRule,
        Origin = RuleOrigin.DataIntegrity,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.DataIntegrity,
        Section = ProposalSection.Overview,
        Field = "StartDate",
        Evaluate = static input =>
        {
            var proposal = input.Proposal;
            if (proposal.StartDate is not { } start)
            {
                return RuleResult.NotMet("No program start date is entered.", "Enter the program's start date.");
            }

            if (proposal.EndDate is not { } end)
            {
                return RuleResult.NotMet("No program end date is entered.", "Enter the program's end date.").At("EndDate");
            }

            return end > start
                ? RuleResult.Met($"The program runs {EvidenceText.DateRange(start, end)}.")
                : RuleResult.NotMet(
                        $"The program ends ({EvidenceText.Date(end)}) on or before its start ({EvidenceText.Date(start)}).",
                        "Correct the program dates so the end date follows the start date.")
                    .At("EndDate");
        },
    };

    public static ComplianceRule ComponentDates { get; } = new()
    {
        Id = "IET-DATA-COMPONENT-DATES",
        Title = "Component dates ordered and within the program",
        Requirement = "Each component's entered dates are ordered (end not before start) and lie within the program's start and end dates.",
        Citation = PortalRule,
        Origin = RuleOrigin.DataIntegrity,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.DataIntegrity,
        Section = ProposalSection.Integration,
        Field = "Timeline",
        Evaluate = static input =>
        {
            var proposal = input.Proposal;
            var programKnown = proposal.StartDate is { } programStart && proposal.EndDate is { } programEnd
                && programEnd > programStart;
            var checkedRanges = 0;
            foreach (var kind in ComponentKindText.All)
            {
                if (input.Component(kind) is not { } component)
                {
                    continue;
                }

                var prefix = kind.FieldPrefix();
                if (component.StartDate is { } start && component.EndDate is { } end && end < start)
                {
                    return RuleResult.NotMet(
                            $"The {kind.Name()} component ends ({EvidenceText.Date(end)}) before it starts ({EvidenceText.Date(start)}).",
                            $"Correct the {kind.Name()} dates so the end date follows the start date.")
                        .At(kind.Section(), prefix + ".EndDate");
                }

                if (!programKnown)
                {
                    continue;
                }

                if (component.StartDate is { } early && early < proposal.StartDate!.Value)
                {
                    return RuleResult.NotMet(
                            $"The {kind.Name()} component starts {EvidenceText.Date(early)}, before the program starts {EvidenceText.Date(proposal.StartDate.Value)}.",
                            $"Move the {kind.Name()} start date into the program's dates, or change the program's dates.")
                        .At(kind.Section(), prefix + ".StartDate");
                }

                if (component.EndDate is { } late && late > proposal.EndDate!.Value)
                {
                    return RuleResult.NotMet(
                            $"The {kind.Name()} component ends {EvidenceText.Date(late)}, after the program ends {EvidenceText.Date(proposal.EndDate.Value)}.",
                            $"Move the {kind.Name()} end date into the program's dates, or change the program's dates.")
                        .At(kind.Section(), prefix + ".EndDate");
                }

                if (component.StartDate is not null || component.EndDate is not null)
                {
                    checkedRanges++;
                }
            }

            return RuleResult.Met(programKnown
                ? string.Create(
                    EvidenceText.Culture,
                    $"The entered dates of {EvidenceText.Count(checkedRanges, "component", "components")} are ordered and lie within the program's {EvidenceText.DateRange(proposal.StartDate!.Value, proposal.EndDate!.Value)}.")
                : "The entered component dates are ordered; they are compared with the program's dates once those are valid.");
        },
    };

    public static ComplianceRule Capacity { get; } = new()
    {
        Id = "IET-DATA-CAPACITY",
        Title = "Cohort capacity positive",
        Requirement = "The cohort capacity is entered and greater than zero.",
        Citation = PortalRule,
        Origin = RuleOrigin.DataIntegrity,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.DataIntegrity,
        Section = ProposalSection.Overview,
        Field = "CohortCapacity",
        Evaluate = static input => input.Proposal.CohortCapacity switch
        {
            null => RuleResult.NotMet("No cohort capacity is entered.", "Enter how many learners a cohort admits."),
            > 0 and var capacity => RuleResult.Met(string.Create(EvidenceText.Culture, $"Cohort capacity {capacity}.")),
            var capacity => RuleResult.NotMet(
                string.Create(EvidenceText.Culture, $"Cohort capacity {capacity}."),
                "Enter a cohort capacity greater than zero."),
        },
    };

    public static ComplianceRule CipCode { get; } = new()
    {
        Id = "IET-DATA-CIP-CODE",
        Title = "CIP code well-formed",
        Requirement = "The CIP code is entered in the form NN.NNNN (e.g. 51.3902).",
        Citation = PortalRule,
        Origin = RuleOrigin.DataIntegrity,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.DataIntegrity,
        Section = ProposalSection.CareerPathway,
        Field = "CipCode",
        Evaluate = static input =>
        {
            var cip = input.Proposal.CipCode?.Trim();
            if (string.IsNullOrEmpty(cip))
            {
                return RuleResult.NotMet("No CIP code is entered.", "Enter the program's CIP code in the form NN.NNNN, e.g. 51.3902.");
            }

            return CodeFormats.CipCode().IsMatch(cip)
                ? RuleResult.Met($"CIP code {cip}.")
                : RuleResult.NotMet(
                    $"CIP code {EvidenceText.Quote(cip)} is not in the form NN.NNNN.",
                    "Enter the six-digit CIP code with its dot, e.g. 51.3902.");
        },
    };

    public static ComplianceRule SocCode { get; } = new()
    {
        Id = "IET-DATA-SOC-CODE",
        Title = "SOC code well-formed",
        Requirement = "If a SOC code is entered, it has the form NN-NNNN (e.g. 31-1131).",
        Citation = PortalRule,
        Origin = RuleOrigin.DataIntegrity,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.DataIntegrity,
        Section = ProposalSection.CareerPathway,
        Field = "OccupationSocCode",
        Evaluate = static input =>
        {
            var soc = input.Proposal.OccupationSocCode?.Trim();
            if (string.IsNullOrEmpty(soc))
            {
                return RuleResult.Met("No SOC code is entered (an occupational cluster may be named instead).");
            }

            return CodeFormats.SocCode().IsMatch(soc)
                ? RuleResult.Met($"SOC code {soc}.")
                : RuleResult.NotMet(
                    $"SOC code {EvidenceText.Quote(soc)} is not in the form NN-NNNN.",
                    "Enter the six-digit SOC code with its hyphen, e.g. 31-1131 (without the O*NET suffix .00).");
        },
    };

    public static ComplianceRule WtcsProgramNumber { get; } = new()
    {
        Id = "IET-DATA-WTCS-PROGRAM-NUMBER",
        Title = "WTCS program number well-formed",
        Requirement = "If a WTCS program number is entered, it has the form aid code-program-suffix (e.g. 30-543-1).",
        Citation = PortalRule,
        Origin = RuleOrigin.DataIntegrity,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.DataIntegrity,
        Section = ProposalSection.CareerPathway,
        Field = "WtcsProgramNumber",
        Evaluate = static input =>
        {
            var number = input.Proposal.WtcsProgramNumber?.Trim();
            if (string.IsNullOrEmpty(number))
            {
                return RuleResult.Met("No WTCS program number is entered (only credit-bearing programs have one).");
            }

            return CodeFormats.WtcsProgramNumber().IsMatch(number)
                ? RuleResult.Met($"WTCS program number {number}.")
                : RuleResult.NotMet(
                    $"WTCS program number {EvidenceText.Quote(number)} is not in the form NN-NNN-N.",
                    "Enter the WTCS program number as aid code, program and suffix, e.g. 30-543-1.");
        },
    };

    // 34 CFR 463.36 names three components; the editor keeps exactly one of each, and a second one would be ignored.
    public static ComplianceRule OneOfEachComponent { get; } = new()
    {
        Id = "IET-DATA-ONE-OF-EACH-COMPONENT",
        Title = "No component kind appears twice",
        Requirement = "The proposal holds at most one adult education, one workforce preparation and one workforce training component.",
        Citation = PortalRule,
        Origin = RuleOrigin.DataIntegrity,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.DataIntegrity,
        Section = ProposalSection.Overview,
        Field = "Components",
        Evaluate = static input =>
        {
            foreach (var kind in ComponentKindText.All)
            {
                var count = input.CountOf(kind);
                if (count > 1)
                {
                    return RuleResult.NotMet(
                            string.Create(EvidenceText.Culture, $"The proposal holds {count} {kind.Name()} components."),
                            $"Merge the {kind.Name()} components into one: a proposal has one of each of the three components.")
                        .At(kind.Section(), kind.FieldPrefix());
                }
            }

            return RuleResult.Met("One component of each kind at most.");
        },
    };
}
