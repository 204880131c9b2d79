using System.ComponentModel.DataAnnotations;
using FluentValidation;

namespace IetPortal.Web.Features.Account;

/// <summary>The second sign-in step: a code from the authenticator app, or a recovery code.</summary>
public sealed class TwoFactorSignInForm
{
    [Display(Name = "Code")]
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>The first code from the newly added authenticator app, which proves it was set up right.</summary>
public sealed class TwoFactorSetupForm
{
    [Display(Name = "6-digit code")]
    public string? Code { get; set; }
}

/// <summary>Turning two-factor authentication off asks for the password again.</summary>
public sealed class TwoFactorDisableForm
{
    [Display(Name = "Your password")]
    public string? Password { get; set; }
}

/// <summary>The Account security page: password link and two-factor status.</summary>
public sealed record AccountSecurityPage(bool Enabled, int RecoveryCodesLeft, bool Required, bool Recommended, TwoFactorDisableForm Disable);

/// <summary>The setup page: the shared key to type into the app (grouped in fours), its otpauth link, and the code form.</summary>
public sealed record TwoFactorSetupPage(string SharedKey, string AuthenticatorUri, bool Required, TwoFactorSetupForm Form);

/// <summary>Codes as people type them: with spaces or hyphens, in either case.</summary>
public static class TwoFactorCodes
{
    public const int RecoveryCodeMaxLength = 64;

    /// <summary>The code without spaces and hyphens, upper case.</summary>
    public static string Compact(string code) =>
        new string((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();

    /// <summary>Six digits: a code from the authenticator app (recovery codes are ten letters and digits).</summary>
    public static bool IsAuthenticatorCode(string compact) =>
        compact is { Length: 6 } && compact.All(char.IsAsciiDigit);

    /// <summary>A recovery code in the form Identity issues it (XXXXX-XXXXX), however it was typed.</summary>
    public static string RecoveryCode(string compact) =>
        compact is { Length: 10 } ? $"{compact[..5]}-{compact[5..]}" : compact;

    /// <summary>The key grouped in fours, as authenticator apps show and accept it.</summary>
    public static string GroupKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return string.Join(' ', key.Chunk(4).Select(chunk => new string(chunk)));
    }
}

public sealed class TwoFactorSignInFormValidator : AbstractValidator<TwoFactorSignInForm>
{
    public TwoFactorSignInFormValidator()
    {
        RuleFor(f => f.Code)
            .NotEmpty().WithMessage("Enter the 6-digit code from your authenticator app, or one of your recovery codes.")
            .MaximumLength(TwoFactorCodes.RecoveryCodeMaxLength).WithMessage("Enter the 6-digit code from your authenticator app, or one of your recovery codes.");
        RuleFor(f => f.ReturnUrl).MaximumLength(2_000);
    }
}

public sealed class TwoFactorSetupFormValidator : AbstractValidator<TwoFactorSetupForm>
{
    public TwoFactorSetupFormValidator() =>
        RuleFor(f => f.Code)
            .NotEmpty().WithMessage("Enter the 6-digit code your authenticator app shows for IetPortal.")
            .Must(code => TwoFactorCodes.IsAuthenticatorCode(TwoFactorCodes.Compact(code!))).When(f => !string.IsNullOrEmpty(f.Code))
            .WithMessage("Enter the code as 6 digits, like 123456.");
}

public sealed class TwoFactorDisableFormValidator : AbstractValidator<TwoFactorDisableForm>
{
    public TwoFactorDisableFormValidator() =>
        RuleFor(f => f.Password).NotEmpty().WithMessage("Enter your password.")
            .MaximumLength(AccountRules.MaximumPasswordLength).WithMessage("Enter your password.");
}
