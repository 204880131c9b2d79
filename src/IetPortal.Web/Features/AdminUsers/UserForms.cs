using FluentValidation;
using IetPortal.Domain.Common;
using IetPortal.Web.Features.Editor;

namespace IetPortal.Web.Features.AdminUsers;

/// <summary>Invite a person by email: they set their own password through the emailed link.</summary>
public sealed class InviteUserForm : IRoleAndCollege
{
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public string? Role { get; set; }
    public int? CollegeId { get; set; }
}

/// <summary>A user's role and college; the stamp is Identity's own concurrency stamp of the user row.</summary>
public sealed class UserAccessForm : IRoleAndCollege
{
    public string? ConcurrencyStamp { get; set; }
    public string? Role { get; set; }
    public int? CollegeId { get; set; }
}

public interface IRoleAndCollege
{
    string? Role { get; }
    int? CollegeId { get; }
}

internal static class UserRules
{
    /// <summary>College staff belong to exactly one college; reviewers and administrators work for the System Office.</summary>
    public static void RoleAndCollege<T>(this AbstractValidator<T> validator)
        where T : IRoleAndCollege
    {
        validator.RuleFor(f => f.Role)
            .NotEmpty().WithMessage("Choose a role.")
            .Must(r => RoleNames.All.Contains(r!)).WithMessage("Choose a role from the list.");
        validator.RuleFor(f => f.CollegeId)
            .NotNull().When(f => f.Role == RoleNames.CollegeStaff).WithMessage("Choose the college of the staff member.");
        validator.RuleFor(f => f.CollegeId)
            .Null().When(f => f.Role is RoleNames.StateReviewer or RoleNames.Administrator)
            .WithMessage("Only college staff belong to a college: choose “No college” for a state reviewer or an administrator.");
    }
}

public sealed class InviteUserFormValidator : AbstractValidator<InviteUserForm>
{
    public InviteUserFormValidator()
    {
        RuleFor(f => f.DisplayName).NotEmpty().WithMessage("Enter the person's name.").Text("Name", FieldLengths.ShortText);
        RuleFor(f => f.Email)
            .NotEmpty().WithMessage("Enter the email address of the person to invite.")
            .MaximumLength(FieldLengths.Email).WithMessage($"Enter an email address of at most {FieldLengths.Email} characters.")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.org.")
            .Must(TextRules.BeCleanText).WithMessage("The email address contains control or hidden formatting characters: remove them.");
        this.RoleAndCollege();
    }
}

public sealed class UserAccessFormValidator : AbstractValidator<UserAccessForm>
{
    public UserAccessFormValidator()
    {
        RuleFor(f => f.ConcurrencyStamp).MaximumLength(100);
        this.RoleAndCollege();
    }
}
