using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance;

/// <summary>
/// What every rule reads: the proposal, the reference-data facts and the thresholds. The three components are
/// looked up once here rather than by each rule.
/// </summary>
public sealed class ComplianceInput
{
    private readonly int _adultEducationCount;
    private readonly int _workforcePreparationCount;
    private readonly int _workforceTrainingCount;

    public ComplianceInput(IetProposal proposal, ComplianceReferenceData referenceData, ComplianceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(referenceData);
        ArgumentNullException.ThrowIfNull(thresholds);
        Proposal = proposal;
        ReferenceData = referenceData;
        Thresholds = thresholds;

        foreach (var component in proposal.Components)
        {
            switch (component)
            {
                case AdultEducationComponent adultEducation:
                    AdultEducation ??= adultEducation;
                    _adultEducationCount++;
                    break;
                case WorkforcePreparationComponent workforcePreparation:
                    WorkforcePreparation ??= workforcePreparation;
                    _workforcePreparationCount++;
                    break;
                case WorkforceTrainingComponent workforceTraining:
                    WorkforceTraining ??= workforceTraining;
                    _workforceTrainingCount++;
                    break;
                default:
                    break;
            }
        }
    }

    public IetProposal Proposal { get; }
    public ComplianceReferenceData ReferenceData { get; }
    public ComplianceThresholds Thresholds { get; }

    /// <summary>The first adult education and literacy component (34 CFR 463.36(a)), if any.</summary>
    public AdultEducationComponent? AdultEducation { get; }

    /// <summary>The first workforce preparation component (34 CFR 463.36(b)), if any.</summary>
    public WorkforcePreparationComponent? WorkforcePreparation { get; }

    /// <summary>The first workforce training component (34 CFR 463.36(c)), if any.</summary>
    public WorkforceTrainingComponent? WorkforceTraining { get; }

    public IetComponent? Component(ComponentKind kind) => kind switch
    {
        ComponentKind.AdultEducation => AdultEducation,
        ComponentKind.WorkforcePreparation => WorkforcePreparation,
        ComponentKind.WorkforceTraining => WorkforceTraining,
        _ => null,
    };

    /// <summary>How many components of a kind the proposal holds (the editor keeps exactly one of each).</summary>
    public int CountOf(ComponentKind kind) => kind switch
    {
        ComponentKind.AdultEducation => _adultEducationCount,
        ComponentKind.WorkforcePreparation => _workforcePreparationCount,
        ComponentKind.WorkforceTraining => _workforceTrainingCount,
        _ => 0,
    };
}
