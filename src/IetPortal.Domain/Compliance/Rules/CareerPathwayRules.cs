using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance.Rules;

/// <summary>
/// Integration criterion 6, federal part: the IET is part of a career pathway (34 CFR 463.38(b); WIOA sec. 3(7)),
/// entered at a named step and leading to a recognized postsecondary credential on that pathway.
/// </summary>
internal static class CareerPathwayRules
{
    // 34 CFR 463.38(b): "The integrated education and training program is part of a career pathway." Pathways are
    // administrator-managed; a retired pathway takes no new programs.
    public static ComplianceRule Pathway { get; } = new()
    {
        Id = "IET-463.38-b-PATHWAY",
        Title = "Part of an active career pathway",
        Requirement = "The proposal belongs to an existing, active (not retired) career pathway.",
        Citation = "34 CFR 463.38(b); WIOA sec. 3(7)",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.CareerPathway,
        Section = ProposalSection.CareerPathway,
        Field = "CareerPathwayId",
        Evaluate = static input =>
        {
            if (input.Proposal.CareerPathwayId is null)
            {
                return RuleResult.NotMet(
                    "No career pathway is chosen.",
                    "Choose the career pathway the program belongs to (34 CFR 463.38(b)).");
            }

            var pathway = ChosenPathway(input);
            if (pathway is null)
            {
                return RuleResult.NotMet(
                    "The chosen career pathway no longer exists.",
                    "Choose one of the current career pathways.");
            }

            return pathway.IsActive
                ? RuleResult.Met($"Part of the {pathway.Name} career pathway (active).")
                : RuleResult.NotMet(
                    $"The {pathway.Name} career pathway is retired.",
                    "Choose an active career pathway: a retired pathway takes no new programs. Ask the System Office if this pathway should be reinstated.");
        },
    };

    // 34 CFR 463.38(b): the program is a named entry point (rung) of its career pathway.
    public static ComplianceRule EntryStep { get; } = new()
    {
        Id = "IET-463.38-b-ENTRY-STEP",
        Title = "Entry step on the pathway named",
        Requirement = "The proposal names the step of its career pathway at which learners enter.",
        Citation = "34 CFR 463.38(b)",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.CareerPathway,
        Section = ProposalSection.CareerPathway,
        Field = "EntryStepId",
        Evaluate = static input =>
        {
            if (input.Proposal.EntryStepId is not { } stepId)
            {
                return RuleResult.NotMet(
                    "No entry step is named.",
                    "Choose the step of the career pathway at which learners enter the program.");
            }

            var pathway = ChosenPathway(input);
            if (pathway is null)
            {
                return RuleResult.NotMet(
                    "The entry step cannot be confirmed because no existing career pathway is chosen.",
                    "Choose the career pathway first, then the step learners enter.");
            }

            var step = pathway.FindStep(stepId);
            return step is null
                ? RuleResult.NotMet(
                    $"The chosen entry step is not a step of the {pathway.Name} pathway.",
                    $"Choose the entry step among the steps of the {pathway.Name} pathway.")
                : RuleResult.Met(string.Create(
                    EvidenceText.Culture,
                    $"Enters at step {step.Position} of {pathway.Steps.Count} of the {pathway.Name} pathway: {step.Title}."));
        },
    };

    // WIOA sec. 3(7)(F): a career pathway enables attainment of "at least 1 recognized postsecondary credential";
    // 34 CFR 463.38(b): the credential lies on the program's pathway.
    public static ComplianceRule Credential { get; } = new()
    {
        Id = "IET-463.38-b-CREDENTIAL",
        Title = "Leads to a credential on the pathway",
        Requirement = "The proposal leads to at least one credential, and every credential chosen is on its career pathway.",
        Citation = "34 CFR 463.38(b); WIOA sec. 3(7)(F)",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.CareerPathway,
        Section = ProposalSection.CareerPathway,
        Field = "Credentials",
        Evaluate = static input =>
        {
            var chosen = input.Proposal.Credentials;
            if (chosen.Count == 0)
            {
                return RuleResult.NotMet(
                    "No credential is chosen.",
                    "Choose the credential(s) the program leads to from those of its career pathway.");
            }

            var pathway = ChosenPathway(input);
            if (pathway is null)
            {
                return RuleResult.NotMet(
                    "The credentials cannot be confirmed because no existing career pathway is chosen.",
                    "Choose the career pathway first, then the credential(s) on it.");
            }

            string? first = null;
            foreach (var link in chosen)
            {
                var name = CredentialName(input, link.CredentialId);
                if (!pathway.HasCredential(link.CredentialId))
                {
                    return RuleResult.NotMet(
                        $"{name} is not a credential of the {pathway.Name} pathway.",
                        $"Choose credentials on the {pathway.Name} pathway, or ask the System Office to add this credential to it.");
                }

                first ??= name;
            }

            return RuleResult.Met(chosen.Count == 1
                ? $"Leads to {first} on the {pathway.Name} pathway."
                : string.Create(EvidenceText.Culture, $"Leads to {chosen.Count} credentials on the {pathway.Name} pathway, e.g. {first}."));
        },
    };

    // WIOA sec. 3(7)(G): the pathway helps an individual enter or advance within a specific occupation or cluster;
    // a target occupation the pathway does not list needs a second look.
    public static ComplianceRule OccupationOnPathway { get; } = new()
    {
        Id = "IET-463.38-b-OCCUPATION-ON-PATHWAY",
        Title = "Target occupation is one the pathway leads to",
        Requirement = "The target occupation's SOC code is among the occupations the chosen career pathway leads to.",
        Citation = "34 CFR 463.38(b); WIOA sec. 3(7)(G)",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Warning,
        Criterion = ComplianceCriterion.CareerPathway,
        Section = ProposalSection.CareerPathway,
        Field = "OccupationSocCode",
        Evaluate = static input =>
        {
            var soc = WellFormedSocCode(input.Proposal);
            if (soc is null)
            {
                return RuleResult.NeedsAttention(
                    "No well-formed SOC code is given, so the occupation cannot be compared with the pathway's occupations.",
                    "Give the target occupation's SOC code (NN-NNNN), or acknowledge with a note how the occupational cluster fits the pathway.");
            }

            var pathway = ChosenPathway(input);
            if (pathway is null)
            {
                return RuleResult.NeedsAttention(
                    $"SOC {soc} cannot be compared because no existing career pathway is chosen.",
                    "Choose the career pathway the program belongs to.");
            }

            return pathway.LeadsTo(soc)
                ? RuleResult.Met($"SOC {soc} is one of the occupations of the {pathway.Name} pathway.")
                : RuleResult.NeedsAttention(
                    $"SOC {soc} is not among the occupations of the {pathway.Name} pathway ({string.Join(", ", pathway.SocCodes)}).",
                    "Check the target occupation and the pathway; if they fit, acknowledge with a note, or ask the System Office to add the occupation to the pathway.");
        },
    };

    /// <summary>The pathway facts for the proposal's chosen pathway, or null when none is chosen or it no longer exists.</summary>
    internal static CareerPathwayFacts? ChosenPathway(ComplianceInput input) =>
        input.ReferenceData.Pathway is { } pathway && pathway.Id == input.Proposal.CareerPathwayId ? pathway : null;

    /// <summary>The proposal's SOC code, trimmed, when it is well-formed; otherwise null.</summary>
    internal static string? WellFormedSocCode(IetProposal proposal)
    {
        var soc = proposal.OccupationSocCode?.Trim();
        return soc is not null && CodeFormats.SocCode().IsMatch(soc) ? soc : null;
    }

    private static string CredentialName(ComplianceInput input, int credentialId) =>
        input.ReferenceData.FindCredential(credentialId) is { } credential
            ? credential.Name
            : string.Create(EvidenceText.Culture, $"Credential {credentialId}");
}
