using System.ComponentModel.DataAnnotations;
using FluentValidation;
using IetPortal.Domain.Common;

namespace IetPortal.Web.Features.ProposalList;

/// <summary>
/// The one field a new proposal needs. The college is deliberately absent: it always comes from the signed-in
/// user, so a posted CollegeId or Status has nothing to bind to.
/// </summary>
public sealed class NewProposalForm
{
    [Display(Name = "Proposal title")]
    public string? Title { get; set; }
}

public sealed class NewProposalFormValidator : AbstractValidator<NewProposalForm>
{
    public NewProposalFormValidator()
    {
        RuleFor(f => f.Title)
            .Cascade(CascadeMode.Stop)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage("Enter a title for the proposal.")
            .Must(t => t!.Trim().Length <= FieldLengths.ShortText)
                .WithMessage($"Enter a title of at most {FieldLengths.ShortText} characters.")
            .Must(t => !t!.Any(char.IsControl))
                .WithMessage("Enter the title on one line, without tabs or other invisible control characters.");
    }
}
