using FluentValidation;
using IetPortal.Domain.Common;
using IetPortal.Web.Features.AdminShared;
using IetPortal.Web.Features.Editor;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace IetPortal.Web.Features.AdminColleges;

/// <summary>A college's details and the Workforce Development Areas its district serves.</summary>
public sealed class CollegeForm
{
    public Guid? ConcurrencyStamp { get; set; }
    public string? Name { get; set; }
    public string? Code { get; set; }
    public string? City { get; set; }
    public string? Counties { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public string? Website { get; set; }
    public List<int> WorkforceAreaIds { get; set; } = [];

    public IEnumerable<FieldValue> Describe(IReadOnlyList<SelectListItem> areas)
    {
        ArgumentNullException.ThrowIfNull(areas);
        yield return new("Name", Name);
        yield return new("Code", Code);
        yield return new("City", City);
        yield return new("Counties", Counties);
        yield return new("Contact email", ContactEmail);
        yield return new("Contact phone", ContactPhone);
        yield return new("Website", Website);
        var ids = WorkforceAreaIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        yield return new("Workforce Development Areas served", string.Join(", ", areas.Where(a => ids.Contains(a.Value)).Select(a => a.Text)));
    }
}

public sealed class CollegeFormValidator : AbstractValidator<CollegeForm>
{
    public const int MaxPhoneLength = FieldLengths.Code + 10;

    public CollegeFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the name of the college.").Text("Name", FieldLengths.Name);
        RuleFor(f => f.Code).NotEmpty().WithMessage("Enter the college's code, like MATC.")
            .Matches(@"^[A-Za-z0-9-]{2,20}\z").WithMessage("Enter a code of 2 to 20 letters, digits or hyphens, like MATC.");
        RuleFor(f => f.City).Text("City", FieldLengths.ShortText);
        RuleFor(f => f.Counties).Text("Counties", FieldLengths.MediumText);
        RuleFor(f => f.ContactEmail).MaximumLength(FieldLengths.Email).WithMessage($"Enter an email address of at most {FieldLengths.Email} characters.")
            .EmailAddress().WithMessage("Enter the contact email in the correct format, like iet@college.edu.")
            .Must(TextRules.BeCleanText).WithMessage("The contact email contains control or hidden formatting characters: remove them.");
        RuleFor(f => f.ContactPhone).Matches(@"^[0-9 ()+.\-extEXT]{7,30}\z")
            .WithMessage("Enter the contact phone with digits, spaces, brackets or hyphens, like 414-297-6600.")
            .MaximumLength(MaxPhoneLength).WithMessage($"Contact phone must be {MaxPhoneLength} characters or fewer.");
        RuleFor(f => f.Website).Must(BeWebAddress).WithMessage("Enter the website as a full address starting with https://, like https://www.matc.edu.")
            .Text("Website", FieldLengths.ShortText);
        RuleFor(f => f.WorkforceAreaIds).Must(ids => ids.Count <= 11).WithMessage("Choose at most the 11 Workforce Development Areas.");
    }

    private static bool BeWebAddress(string? text) =>
        string.IsNullOrWhiteSpace(text)
        || (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !string.IsNullOrEmpty(uri.Host));
}
