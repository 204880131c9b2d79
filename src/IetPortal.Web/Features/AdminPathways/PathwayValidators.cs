using FluentValidation;
using IetPortal.Domain.Common;
using IetPortal.Web.Features.Editor;

namespace IetPortal.Web.Features.AdminPathways;

// Input shape only (lengths, formats, hidden characters). Whether a name is taken or a row may be removed needs the
// database and is checked by the controller, reported in the same error summary.

internal static class CodeRules
{
    // ASCII digits and \z, like the compliance rules' formats, so a trailing line break or other digits do not pass.
    public const string SocCode = @"^[0-9]{2}-[0-9]{4}\z";
    public const string WtcsProgramNumber = @"^[0-9]{2}-[0-9]{3}-[0-9]{1,2}\z";

    public const string SocCodeMessage = "Enter the SOC code as NN-NNNN, like 31-1131.";
    public const string WtcsProgramNumberMessage = "Enter the WTCS program number as NN-NNN-N, like 30-543-1.";
}

public sealed class PathwayDetailsFormValidator : AbstractValidator<PathwayDetailsForm>
{
    public PathwayDetailsFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the name of the career pathway.").Text("Name", FieldLengths.Name);
        RuleFor(f => f.Description).Text("Description", FieldLengths.LongText);
        RuleFor(f => f.CareerClusterId).NotNull().WithMessage("Choose the career cluster of the pathway.");
    }
}

public sealed class PathwayStepsFormValidator : AbstractValidator<PathwayStepsForm>
{
    public PathwayStepsFormValidator()
    {
        RuleFor(f => f.Command).MaximumLength(100);
        RuleFor(f => f.Steps).Rows("steps");
        RuleForEach(f => f.Steps).Where(r => !r.IsBlank).ChildRules(row =>
        {
            row.RuleFor(r => r.Title).NotEmpty().WithMessage("Enter the title of the step.").Text("Step title", FieldLengths.ShortText);
            row.RuleFor(r => r.Description).Text("Step description", FieldLengths.MediumText);
        });
    }
}

public sealed class PathwayCredentialsFormValidator : AbstractValidator<PathwayCredentialsForm>
{
    public PathwayCredentialsFormValidator()
    {
        RuleFor(f => f.Command).MaximumLength(100);
        RuleFor(f => f.Credentials).Rows("credentials");
        RuleForEach(f => f.Credentials).Where(r => !r.IsBlank).ChildRules(row =>
        {
            row.RuleFor(r => r.Name).NotEmpty().WithMessage("Enter the name of the credential.").Text("Credential name", FieldLengths.Name);
            row.RuleFor(r => r.Issuer).NotEmpty().WithMessage("Enter who issues the credential.").Text("Issuer", FieldLengths.Name);
            row.RuleFor(r => r.Type).NotNull().WithMessage("Choose the type of credential.").IsInEnum().WithMessage("Choose the type of credential.");
            row.RuleFor(r => r.WtcsProgramNumber).Matches(CodeRules.WtcsProgramNumber).WithMessage(CodeRules.WtcsProgramNumberMessage)
                .Text("WTCS program number", FieldLengths.Code);
        });
    }
}

public sealed class PathwayOccupationsFormValidator : AbstractValidator<PathwayOccupationsForm>
{
    public PathwayOccupationsFormValidator()
    {
        RuleFor(f => f.Command).MaximumLength(100);
        RuleFor(f => f.Occupations).Rows("occupations");
        RuleForEach(f => f.Occupations).ChildRules(row =>
            row.RuleFor(r => r.InDemandAreaIds).Must(ids => ids.Count <= 11).WithMessage("Choose at most the 11 Workforce Development Areas."));
        RuleFor(f => f.NewSocCode).Empty().When(f => f.ExistingOccupationId is not null)
            .WithMessage("Choose an existing occupation or enter a new SOC code, not both.");
        RuleFor(f => f.NewSocCode).Matches(CodeRules.SocCode).WithMessage(CodeRules.SocCodeMessage).Text("SOC code", FieldLengths.SocCode);
        RuleFor(f => f.NewTitle).Text("Occupation title", FieldLengths.Name);
        RuleFor(f => f.NewSocCode).NotEmpty().When(f => f.ExistingOccupationId is null && !string.IsNullOrWhiteSpace(f.NewTitle))
            .WithMessage("Enter the SOC code of the new occupation.");
    }
}
