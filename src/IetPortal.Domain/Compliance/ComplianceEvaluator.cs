using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance;

/// <summary>
/// Runs every rule of the catalogue against a proposal. A pure function: the same proposal, reference data and
/// thresholds always give the same report, so the editor panel, submission and the reviewer's view agree.
/// </summary>
public static class ComplianceEvaluator
{
    public static ComplianceReport Evaluate(
        IetProposal proposal,
        ComplianceReferenceData referenceData,
        ComplianceThresholds thresholds)
    {
        var input = new ComplianceInput(proposal, referenceData, thresholds);
        var rules = RuleCatalogue.All;
        var findings = new RuleFinding[rules.Count];
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            findings[i] = RuleFinding.From(rule, rule.Evaluate(input));
        }

        return new ComplianceReport(RuleCatalogue.RuleSetVersion, findings, thresholds);
    }
}
