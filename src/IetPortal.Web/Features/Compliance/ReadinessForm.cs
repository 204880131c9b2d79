using FluentValidation;
using IetPortal.Domain.Common;
using IetPortal.Web.Features.Editor;

namespace IetPortal.Web.Features.Compliance;

/// <summary>The acknowledgement note of one warning, as the check page posts it.</summary>
public sealed class AcknowledgementRow
{
    public string? RuleId { get; set; }
    public string? Note { get; set; }
}

/// <summary>The check page's form: a note per warning, checked against the submission gate.</summary>
public sealed class ReadinessForm
{
    public List<AcknowledgementRow> Acknowledgements { get; set; } = [];
}

/// <summary>Shape only: whether each warning has a note is the submission gate's question, not the validator's.</summary>
public sealed class ReadinessFormValidator : AbstractValidator<ReadinessForm>
{
    public ReadinessFormValidator()
    {
        RuleFor(f => f.Acknowledgements).Rows("acknowledgement notes");
        RuleForEach(f => f.Acknowledgements).ChildRules(row =>
        {
            row.RuleFor(r => r.RuleId).MaximumLength(100).WithMessage("Reload the page: the form names an unknown rule.");
            row.RuleFor(r => r.Note).Text("The acknowledgement note", FieldLengths.MediumText);
        });
    }
}
