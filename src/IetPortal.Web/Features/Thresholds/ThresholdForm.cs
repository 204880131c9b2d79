using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace IetPortal.Web.Features.Thresholds;

/// <summary>
/// One threshold's edit: the new value as typed (parsed here, so a malformed number gets a message in words rather
/// than a binding error) and the concurrency stamp of the value the administrator saw.
/// </summary>
public sealed class ThresholdForm
{
    public string? Value { get; set; }
    public string? ConcurrencyStamp { get; set; }

    /// <summary>The unit of the threshold being edited, set by the controller (never posted) for the range check.</summary>
    [BindNever]
    public string Unit { get; set; } = "";

    public static bool TryParse(string? text, out decimal value) =>
        decimal.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
}

/// <summary>What a value of a unit may be: thresholds are minimums, so never negative, and within what the unit allows.</summary>
public sealed record ThresholdLimits(decimal Maximum, bool WholeNumber)
{
    public static ThresholdLimits For(string unit) => unit switch
    {
        "percent" => new(100, WholeNumber: false),
        "hours" => new(2_000, WholeNumber: false),
        "objectives" => new(100, WholeNumber: true),
        "years" => new(99, WholeNumber: true),
        "days" => new(365, WholeNumber: true),
        _ => new(1_000_000, WholeNumber: false),
    };

    public string Hint(string unit) => string.Create(
        CultureInfo.GetCultureInfo("en-US"),
        $"{(WholeNumber ? "A whole number" : "A number")} of {unit} from 0 to {Maximum:N0}.");
}

public sealed class ThresholdFormValidator : AbstractValidator<ThresholdForm>
{
    public ThresholdFormValidator()
    {
        RuleFor(f => f.Value).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the new value.")
            .Must(v => ThresholdForm.TryParse(v, out _)).WithMessage("Enter the new value as a number, like 50 or 62.5.")
            .Must(v => Parse(v) >= 0).WithMessage("The value cannot be negative: thresholds are minimums.")
            .Must((f, v) => Parse(v) <= ThresholdLimits.For(f.Unit).Maximum)
            .WithMessage(f => string.Create(CultureInfo.GetCultureInfo("en-US"), $"Enter at most {ThresholdLimits.For(f.Unit).Maximum:N0} {f.Unit}."))
            .Must((f, v) => !ThresholdLimits.For(f.Unit).WholeNumber || decimal.IsInteger(Parse(v)))
            .WithMessage(f => $"Enter a whole number of {f.Unit}.")
            .Must(v => decimal.Round(Parse(v), 2) == Parse(v)).WithMessage("Enter at most two decimal places.");
        RuleFor(f => f.ConcurrencyStamp).Must(s => Guid.TryParse(s, out _))
            .WithMessage("The form was incomplete: reload the page and enter the value again.");
    }

    private static decimal Parse(string? text) => ThresholdForm.TryParse(text, out var value) ? value : 0;
}
