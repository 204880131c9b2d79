using System.Collections.Frozen;
using IetPortal.Domain.Compliance.Rules;

namespace IetPortal.Domain.Compliance;

/// <summary>
/// The one list of compliance rules. The editor panel, submission and the reviewer's view all evaluate this list,
/// and <c>docs/compliance-rules.md</c> is kept in step with it by a test.
/// </summary>
public static class RuleCatalogue
{
    /// <summary>
    /// The version of the rule set, stored with every report. Change it whenever a rule is added, removed or its
    /// logic changes (a new or changed message alone does not require it), so a stored report says which rules
    /// produced it. Form: year.month.sequence.
    /// </summary>
    public const string RuleSetVersion = "2026.11.1";

    /// <summary>Every rule, in the order the report lists them: components, integration criteria, state policy, data.</summary>
    public static IReadOnlyList<ComplianceRule> All { get; } =
    [
        // Three required components: 34 CFR 463.36.
        AdultEducationRules.ActivityType,
        AdultEducationRules.Skills,
        AdultEducationRules.Contextualization,
        AdultEducationRules.TargetPopulation,
        WorkforcePreparationRules.Activities,
        WorkforcePreparationRules.Areas,
        WorkforceTrainingRules.TrainingType,
        WorkforceTrainingRules.OccupationalCourses,
        WorkforceTrainingRules.Occupation,

        // 1. Sufficient intensity and quality: 34 CFR 463.37(a)(1).
        IntensityAndQualityRules.AdultEducation,
        IntensityAndQualityRules.WorkforcePreparation,
        IntensityAndQualityRules.WorkforceTraining,

        // 2. Based on the most rigorous research available: 34 CFR 463.37(a)(1).
        ResearchRules.AdultEducation,
        ResearchRules.WorkforcePreparation,
        ResearchRules.WorkforceTraining,

        // 3. Occur simultaneously: 34 CFR 463.37(a)(2).
        SimultaneityRule.Simultaneous,

        // 4. Occupationally relevant instructional materials: 34 CFR 463.37(a)(3).
        MaterialsRules.AdultEducation,
        MaterialsRules.WorkforcePreparation,
        MaterialsRules.WorkforceTraining,

        // 5. A single set of learning objectives, activities functioning cooperatively: 34 CFR 463.37(b).
        LearningObjectiveRules.Count,
        LearningObjectiveRules.Linked,
        LearningObjectiveRules.Cooperative,

        // 6. Part of a career pathway (34 CFR 463.38(b)) supporting local WDA board plans (WTCS policy).
        CareerPathwayRules.Pathway,
        CareerPathwayRules.EntryStep,
        CareerPathwayRules.Credential,
        CareerPathwayRules.OccupationOnPathway,
        WorkforceAreaRules.WorkforceArea,
        WorkforceAreaRules.PlanAlignment,
        WorkforceAreaRules.InDemand,

        // Aligned to state adult education content standards: 34 CFR 463.38(a).
        AdultEducationRules.ContentStandards,

        // Wisconsin state policy.
        StatePolicyRules.EligibleAge,
        StatePolicyRules.EligibleAgeStated,
        StatePolicyRules.Recruitment,
        StatePolicyRules.LearnerSupports,
        StatePolicyRules.CredentialApproved,

        // Data integrity.
        DataIntegrityRules.ProgramDates,
        DataIntegrityRules.ComponentDates,
        DataIntegrityRules.Capacity,
        DataIntegrityRules.CipCode,
        DataIntegrityRules.SocCode,
        DataIntegrityRules.WtcsProgramNumber,
        DataIntegrityRules.OneOfEachComponent,
    ];

    private static readonly FrozenDictionary<string, ComplianceRule> ById =
        All.ToFrozenDictionary(rule => rule.Id, StringComparer.Ordinal);

    public static ComplianceRule? Find(string id) => ById.GetValueOrDefault(id);
}
