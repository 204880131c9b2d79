using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance.Rules;

/// <summary>
/// Integration criterion 6, state part: the WTCS IET page asks that the IET "connect to a career pathway to support
/// state workforce needs and local Workforce Development Area board plans". Federally, local-plan alignment is a
/// grant-award rule (34 CFR 463.20(d)), not part of 463.38, so these rules are labelled state policy.
/// </summary>
internal static class WorkforceAreaRules
{
    private const string LocalPlanPolicy = "WTCS IET policy (Wisconsin Integrated Education & Training Development Guide); cf. 34 CFR 463.20(d)";

    // WTCS IET policy: connection to local Workforce Development Area board plans.
    public static ComplianceRule WorkforceArea { get; } = new()
    {
        Id = "IET-WI-WDA",
        Title = "Workforce Development Area chosen",
        Requirement = "The proposal names at least one existing Workforce Development Area it serves.",
        Citation = LocalPlanPolicy,
        Origin = RuleOrigin.StatePolicy,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.CareerPathway,
        Section = ProposalSection.CareerPathway,
        Field = "WorkforceAreas",
        Evaluate = static input =>
        {
            var chosen = input.Proposal.WorkforceAreas;
            if (chosen.Count == 0)
            {
                return RuleResult.NotMet(
                    "No Workforce Development Area is chosen.",
                    "Choose the Workforce Development Area(s) the program serves.");
            }

            var names = new List<string>(chosen.Count);
            foreach (var link in chosen)
            {
                if (input.ReferenceData.FindWorkforceArea(link.WorkforceDevelopmentAreaId) is not { } area)
                {
                    return RuleResult.NotMet(
                        "A chosen Workforce Development Area no longer exists.",
                        "Choose the Workforce Development Area(s) again from the current list.");
                }

                names.Add(Describe(area));
            }

            return RuleResult.Met($"Serves {string.Join(", ", names)}.");
        },
    };

    // WTCS IET policy: a statement of alignment with the local WDA board plan.
    public static ComplianceRule PlanAlignment { get; } = new()
    {
        Id = "IET-WI-PLAN-ALIGNMENT",
        Title = "Aligned with the local WDA board plan",
        Requirement = "The proposal states how the program aligns with the local Workforce Development Area board plan.",
        Citation = LocalPlanPolicy,
        Origin = RuleOrigin.StatePolicy,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.CareerPathway,
        Section = ProposalSection.CareerPathway,
        Field = "WorkforcePlanAlignment",
        Evaluate = static input => EvidenceText.IsBlank(input.Proposal.WorkforcePlanAlignment)
            ? RuleResult.NotMet(
                "No plan-alignment statement is given.",
                "State how the program supports the priorities of the local Workforce Development Area board plan.")
            : RuleResult.Met($"Plan alignment: {EvidenceText.Quote(input.Proposal.WorkforcePlanAlignment!)}"),
    };

    // WTCS Roadmap to IET: development "should be supported by employer needs and labor market data"; an occupation
    // the chosen WDA's board plan does not list as in demand needs a second look, not a refusal.
    public static ComplianceRule InDemand { get; } = new()
    {
        Id = "IET-WI-IN-DEMAND",
        Title = "Occupation in demand in a chosen WDA",
        Requirement = "The target occupation's SOC code is listed as in demand in at least one chosen Workforce Development Area.",
        Citation = "WTCS Roadmap to IET; cf. 34 CFR 463.20(d)",
        Origin = RuleOrigin.StatePolicy,
        Severity = RuleSeverity.Warning,
        Criterion = ComplianceCriterion.CareerPathway,
        Section = ProposalSection.CareerPathway,
        Field = "WorkforceAreas",
        Evaluate = static input =>
        {
            var soc = CareerPathwayRules.WellFormedSocCode(input.Proposal);
            if (soc is null)
            {
                return RuleResult.NeedsAttention(
                        "No well-formed SOC code is given, so demand in the chosen Workforce Development Areas cannot be checked.",
                        "Give the target occupation's SOC code, or acknowledge with a note citing the labor-market evidence for the occupational cluster.")
                    .At("OccupationSocCode");
            }

            var chosen = input.Proposal.WorkforceAreas;
            var names = new List<string>(chosen.Count);
            foreach (var link in chosen)
            {
                if (input.ReferenceData.FindWorkforceArea(link.WorkforceDevelopmentAreaId) is not { } area)
                {
                    continue;
                }

                if (area.HasDemandFor(soc))
                {
                    return RuleResult.Met($"SOC {soc} is listed as in demand in {Describe(area)}.");
                }

                names.Add(Describe(area));
            }

            return names.Count == 0
                ? RuleResult.NeedsAttention(
                    $"SOC {soc} cannot be checked for demand because no existing Workforce Development Area is chosen.",
                    "Choose the Workforce Development Area(s) the program serves.")
                : RuleResult.NeedsAttention(
                    $"SOC {soc} is not listed as in demand in {string.Join(", ", names)}.",
                    "Check the occupation and the areas chosen. If the occupation is in demand on other evidence, give it under "
                    + "labor-market evidence and acknowledge this warning with a note.");
        },
    };

    private static string Describe(WorkforceAreaFacts area) =>
        string.Create(EvidenceText.Culture, $"WDA {area.Number} ({area.Name})");
}
