using FluentValidation;
using IetPortal.Domain.Common;
using IetPortal.Web.Features.Editor;

namespace IetPortal.Web.Features.Submission;

/// <summary>The acknowledgement note of one warning (the same field names as the check page's readiness form).</summary>
public sealed class AcknowledgementInput
{
    public string? RuleId { get; set; }
    public string? Note { get; set; }
}

/// <summary>
/// The final confirmation before a proposal is sent (WCAG 3.3.4): a note per warning, the confirmation box, and the
/// concurrency stamp of the proposal as the page showed it. A post without the submit command (the check page's
/// readiness form posting here) only fills the page in.
/// </summary>
public sealed class SubmitForm
{
    public const string SubmitCommand = "submit";

    public List<AcknowledgementInput> Acknowledgements { get; set; } = [];
    public bool Confirmed { get; set; }
    public string? Command { get; set; }
    public Guid? Stamp { get; set; }

    public bool IsSubmit => string.Equals(Command, SubmitCommand, StringComparison.Ordinal);
}

/// <summary>Shape only; whether every warning has a note is the submission gate's question, asked by the workflow.</summary>
public sealed class SubmitFormValidator : AbstractValidator<SubmitForm>
{
    public SubmitFormValidator()
    {
        RuleFor(f => f.Acknowledgements).Rows("acknowledgement notes");
        RuleForEach(f => f.Acknowledgements).ChildRules(row =>
        {
            row.RuleFor(r => r.RuleId).MaximumLength(100).WithMessage("Reload the page: the form names an unknown rule.");
            row.RuleFor(r => r.Note).Text("The acknowledgement note", FieldLengths.MediumText);
        });
        RuleFor(f => f.Confirmed).Equal(true)
            .WithMessage("Tick the box to confirm that you have reviewed the proposal and want to send it to the WTCS System Office.");
        RuleFor(f => f.Stamp).NotNull().WithMessage("Reload the page: the form is missing the version of the proposal it showed.");
    }
}

/// <summary>Withdrawing is for good, so the page asks once more; the reason is kept in the audit trail.</summary>
public sealed class WithdrawForm
{
    public string? Reason { get; set; }
}

public sealed class WithdrawFormValidator : AbstractValidator<WithdrawForm>
{
    public WithdrawFormValidator() => RuleFor(f => f.Reason).Text("The reason", FieldLengths.MediumText);
}

/// <summary>The college's answer to one required change: addressed or not, the reply, and the comment's stamp as shown.</summary>
public sealed class ChangeReplyForm
{
    public bool Addressed { get; set; }
    public string? Reply { get; set; }
    public Guid? Stamp { get; set; }
}

public sealed class ChangeReplyFormValidator : AbstractValidator<ChangeReplyForm>
{
    public ChangeReplyFormValidator()
    {
        RuleFor(f => f.Reply)
            .Must(reply => !string.IsNullOrWhiteSpace(reply))
            .When(f => f.Addressed)
            .WithMessage("Write a reply saying how the change was made, to mark it addressed.");
        RuleFor(f => f.Reply).Text("The reply", FieldLengths.LongText);
        RuleFor(f => f.Stamp).NotNull().WithMessage("Reload the page: the form is missing the version of the comment it showed.");
    }
}
