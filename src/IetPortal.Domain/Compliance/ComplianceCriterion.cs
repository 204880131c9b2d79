using System.Text.Json.Serialization;

namespace IetPortal.Domain.Compliance;

/// <summary>
/// How rules are grouped for the reviewer's checklist: the three required components (34 CFR 463.36), the six
/// integration criteria of the WTCS IET page (34 CFR 463.37, 463.38(b)), content standards (463.38(a)), state
/// policy and data integrity.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ComplianceCriterion>))]
public enum ComplianceCriterion
{
    AdultEducation,
    WorkforcePreparation,
    WorkforceTraining,
    IntensityAndQuality,
    Research,
    Simultaneous,
    Materials,
    LearningObjectives,
    CareerPathway,
    ContentStandards,
    StatePolicy,
    DataIntegrity,
}
