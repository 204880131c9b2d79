using FluentValidation;
using IetPortal.Domain.Common;
using IetPortal.Web.Features.AdminShared;
using IetPortal.Web.Features.Editor;

namespace IetPortal.Web.Features.AdminWorkforceAreas;

/// <summary>
/// A Workforce Development Area's local board and plan priorities: the text the career-pathway criterion shows reviewers
/// next to a proposal (34 CFR 463.20(d)).
/// </summary>
public sealed class WorkforceAreaForm
{
    public Guid? ConcurrencyStamp { get; set; }
    public string? Name { get; set; }
    public string? BoardName { get; set; }
    public string? Counties { get; set; }
    public string? PlanPrioritySectors { get; set; }
    public string? PlanPriorityOccupations { get; set; }

    public IEnumerable<FieldValue> Describe()
    {
        yield return new("Name", Name);
        yield return new("Local workforce board", BoardName);
        yield return new("Counties", Counties);
        yield return new("Plan-priority sectors", PlanPrioritySectors);
        yield return new("Plan-priority occupations", PlanPriorityOccupations);
    }
}

public sealed class WorkforceAreaFormValidator : AbstractValidator<WorkforceAreaForm>
{
    public WorkforceAreaFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Enter the name of the Workforce Development Area.").Text("Name", FieldLengths.ShortText);
        RuleFor(f => f.BoardName).NotEmpty().WithMessage("Enter the name of the local workforce board.").Text("Local workforce board", FieldLengths.Name);
        RuleFor(f => f.Counties).Text("Counties", FieldLengths.MediumText);
        RuleFor(f => f.PlanPrioritySectors).Text("Plan-priority sectors", FieldLengths.LongText);
        RuleFor(f => f.PlanPriorityOccupations).Text("Plan-priority occupations", FieldLengths.LongText);
    }
}
