namespace IetPortal.Domain.Workflow;

/// <summary>
/// What an approval records besides the checklist (PRODUCT.md "Approve"). Every part is nullable because it comes
/// from a form: the approval guard says which part is missing instead of the binder failing.
/// </summary>
public sealed record ApprovalDetails(string? ApprovalNumber, DateOnly? ApprovedOn, DateOnly? EffectiveFrom, DateOnly? EffectiveTo);
