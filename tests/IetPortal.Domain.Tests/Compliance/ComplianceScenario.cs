using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Tests.Compliance;

/// <summary>
/// A proposal with its reference data and thresholds, starting from the complete CNA IET, for a test to change one
/// thing and evaluate.
/// </summary>
public sealed class ComplianceScenario
{
    public IetProposal Proposal { get; } = RealisticProposals.Cna();
    public ComplianceReferenceData ReferenceData { get; set; } = RealisticProposals.CnaReferenceData();
    public ComplianceThresholds Thresholds { get; set; } = ComplianceThresholds.Defaults;

    public AdultEducationComponent AdultEducation => Proposal.AdultEducation!;
    public WorkforcePreparationComponent WorkforcePreparation => Proposal.WorkforcePreparation!;
    public WorkforceTrainingComponent WorkforceTraining => Proposal.WorkforceTraining!;

    public static ComplianceScenario Cna() => new();

    public ComplianceReport Evaluate() => ComplianceEvaluator.Evaluate(Proposal, ReferenceData, Thresholds);

    /// <summary>Evaluates and returns one rule's finding.</summary>
    public RuleFinding Check(string ruleId) =>
        Evaluate().Find(ruleId) ?? throw new ArgumentException($"No rule '{ruleId}' in the catalogue.", nameof(ruleId));

    /// <summary>Replaces the pathway facts (e.g. to retire the pathway).</summary>
    public void ChangePathway(Func<CareerPathwayFacts, CareerPathwayFacts> change) =>
        ReferenceData = ReferenceData with { Pathway = change(ReferenceData.Pathway!) };

    public void ChangeCredential(int credentialId, Func<CredentialFacts, CredentialFacts> change)
    {
        var credentials = ReferenceData.Credentials.Select(c => c.Id == credentialId ? change(c) : c).ToList();
        ReferenceData = ReferenceData with { Credentials = credentials };
    }
}
