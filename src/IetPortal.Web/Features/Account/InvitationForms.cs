using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace IetPortal.Web.Features.Account;

/// <summary>The invitee chooses a password; the email and code come from the invitation link.</summary>
public sealed class AcceptInvitationForm
{
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    public string? Code { get; set; }

    [Display(Name = "Password")]
    public string? Password { get; set; }

    [Display(Name = "Confirm password")]
    public string? ConfirmPassword { get; set; }
}

public sealed class AcceptInvitationFormValidator : AbstractValidator<AcceptInvitationForm>
{
    public AcceptInvitationFormValidator()
    {
        RuleFor(f => f.Email).ValidEmail();
        RuleFor(f => f.Code).NotEmpty().WithMessage("This invitation link is incomplete. Open the link from the invitation email again.").MaximumLength(2_000);
        RuleFor(f => f.Password).NewPassword();
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage("Enter the same password in both fields.");
    }
}
