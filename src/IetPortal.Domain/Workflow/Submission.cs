using IetPortal.Domain.Compliance;

namespace IetPortal.Domain.Workflow;

/// <summary>
/// What the college sends with Submit or Resubmit: the compliance report of the proposal as it is now, the notes
/// acknowledging its warnings (rule id → note), and the proposal serialized as the immutable snapshot of this version.
/// </summary>
public sealed record Submission(ComplianceReport Report, IReadOnlyDictionary<string, string> Acknowledgements, string SnapshotJson);
