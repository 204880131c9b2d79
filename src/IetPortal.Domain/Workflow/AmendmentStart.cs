using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Workflow;

/// <summary>The answer to StartAmendment: the transition result and, when allowed, the new draft to add to the context.</summary>
public sealed record AmendmentStart(TransitionResult Result, IetProposal? Amendment);
