using System.ComponentModel.DataAnnotations;
using FluentValidation;
using IetPortal.Domain.Common;

namespace IetPortal.Web.Features.Account;

public sealed class LoginForm
{
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [Display(Name = "Password")]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class ForgotPasswordForm
{
    [Display(Name = "Email address")]
    public string? Email { get; set; }
}

public sealed class ResetPasswordForm
{
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    public string? Code { get; set; }

    [Display(Name = "New password")]
    public string? Password { get; set; }

    [Display(Name = "Confirm new password")]
    public string? ConfirmPassword { get; set; }
}

public sealed class ChangePasswordForm
{
    [Display(Name = "Current password")]
    public string? CurrentPassword { get; set; }

    [Display(Name = "New password")]
    public string? NewPassword { get; set; }

    [Display(Name = "Confirm new password")]
    public string? ConfirmPassword { get; set; }
}

internal static class AccountRules
{
    public const int MinimumPasswordLength = 12;
    public const int MaximumPasswordLength = 256;

    public static IRuleBuilderOptions<T, string?> ValidEmail<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotEmpty().WithMessage("Enter your email address.")
        .MaximumLength(FieldLengths.Email).WithMessage($"Enter an email address of at most {FieldLengths.Email} characters.")
        .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org.");

    public static IRuleBuilderOptions<T, string?> NewPassword<T>(this IRuleBuilder<T, string?> rule) => rule
        .NotEmpty().WithMessage("Enter a new password.")
        .MinimumLength(MinimumPasswordLength).WithMessage($"Enter a password of at least {MinimumPasswordLength} characters. A few unrelated words make a strong one.")
        .MaximumLength(MaximumPasswordLength).WithMessage($"Enter a password of at most {MaximumPasswordLength} characters.");
}

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator()
    {
        RuleFor(f => f.Email).ValidEmail();
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password.")
            .MaximumLength(AccountRules.MaximumPasswordLength).WithMessage("Enter your password.");
        RuleFor(f => f.ReturnUrl).MaximumLength(2_000);
    }
}

public sealed class ForgotPasswordFormValidator : AbstractValidator<ForgotPasswordForm>
{
    public ForgotPasswordFormValidator() => RuleFor(f => f.Email).ValidEmail();
}

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator()
    {
        RuleFor(f => f.Email).ValidEmail();
        RuleFor(f => f.Code).NotEmpty().WithMessage("This reset link is incomplete. Request a new one.").MaximumLength(2_000);
        RuleFor(f => f.Password).NewPassword();
        RuleFor(f => f.ConfirmPassword).Equal(f => f.Password).WithMessage("Enter the same password in both fields.");
    }
}

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator()
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("Enter your current password.")
            .MaximumLength(AccountRules.MaximumPasswordLength).WithMessage("Enter your current password.");
        RuleFor(f => f.NewPassword).NewPassword();
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage("Enter the same password in both fields.");
    }
}
