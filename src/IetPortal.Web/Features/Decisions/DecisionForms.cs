using System.Text.RegularExpressions;
using FluentValidation;
using IetPortal.Domain.Common;
using IetPortal.Web.Features.Editor;

namespace IetPortal.Web.Features.Decisions;

/// <summary>Return with required changes: the required changes are the round's comments; the form adds a summary.</summary>
public sealed class ReturnForm
{
    public string? Summary { get; set; }
}

/// <summary>
/// Approve: what the approval records besides the checklist. The approval date is today and the approver is the
/// signed-in reviewer, so neither is posted.
/// </summary>
public sealed class ApproveForm
{
    public string? ApprovalNumber { get; set; }
    public DateOnly? EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
}

public sealed class ReturnFormValidator : AbstractValidator<ReturnForm>
{
    public ReturnFormValidator()
    {
        RuleFor(f => f.Summary)
            .Cascade(CascadeMode.Stop)
            .Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage("Write a short summary of the return for the college.")
            .Text("The summary", FieldLengths.LongText);
    }
}

public sealed partial class ApproveFormValidator : AbstractValidator<ApproveForm>
{
    /// <summary>The approval number's column holds 40 characters (ReviewDecision.ApprovalNumber).</summary>
    public const int ApprovalNumberMaxLength = FieldLengths.Code * 2;

    public ApproveFormValidator()
    {
        // The System Office numbers approvals like IET-2027-0042, but any number it already uses elsewhere fits too:
        // one line of letters, digits and simple punctuation. Uniqueness is checked against the database by the action.
        RuleFor(f => f.ApprovalNumber)
            .Cascade(CascadeMode.Stop)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("Enter the approval number, like IET-2027-0042.")
            .Must(n => n!.Trim().Length <= ApprovalNumberMaxLength)
                .WithMessage($"Enter an approval number of at most {ApprovalNumberMaxLength} characters.")
            .Must(n => ApprovalNumberText().IsMatch(n!.Trim()))
                .WithMessage("Enter the approval number with letters, digits, spaces and - . / # only, like IET-2027-0042.");
        RuleFor(f => f.EffectiveFrom)
            .NotNull().WithMessage("Enter the date the approval takes effect.")
            .PlausibleDate("The date the approval takes effect");
        RuleFor(f => f.EffectiveTo)
            .NotNull().WithMessage("Enter the date the approval ends.")
            .PlausibleDate("The date the approval ends")
            .GreaterThanOrEqualTo(f => f.EffectiveFrom).When(f => f.EffectiveFrom is not null && f.EffectiveTo is not null)
                .WithMessage("The approval cannot end before it takes effect.");
    }

    [GeneratedRegex(@"^[\p{L}\p{Nd}][\p{L}\p{Nd} \-./#]*$")]
    private static partial Regex ApprovalNumberText();
}
