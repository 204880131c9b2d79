using FluentValidation;
using IetPortal.Domain.Common;
using IetPortal.Domain.Reviews;
using IetPortal.Web.Features.Editor;

namespace IetPortal.Web.Features.Review;

// Input shape only. Whether the proposal may be assigned, rated or commented on now is the workflow's question.

public sealed class AssignFormValidator : AbstractValidator<AssignForm>
{
    public AssignFormValidator()
    {
        // An empty choice is left to the workflow's guard, which says "Choose the reviewer to assign.".
        RuleFor(f => f.ReviewerId).MaximumLength(FieldLengths.UserId).WithMessage("Choose a reviewer from the list.");
    }
}

public sealed class RatingsFormValidator : AbstractValidator<RatingsForm>
{
    public RatingsFormValidator()
    {
        RuleFor(f => f.Rows)
            .Must(rows => rows.Count <= CriterionText.All.Count).WithMessage("The checklist has one row per criterion.")
            .Must(rows => rows.Select(r => r.Criterion).Distinct(StringComparer.Ordinal).Count() == rows.Count)
                .WithMessage("Each criterion can be rated once.");
        RuleForEach(f => f.Rows).ChildRules(row =>
        {
            row.RuleFor(r => r.Criterion).Must((r, _) => r.CriterionValue is not null)
                .WithMessage("The checklist lists a criterion IetPortal does not know; reload the page.");
            row.RuleFor(r => r.Rating)
                .Must((r, rating) => string.IsNullOrEmpty(rating) || r.RatingValue is not null)
                .WithMessage("Choose Meets or Needs revision.");
            row.RuleFor(r => r.Comment).Text("The comment", FieldLengths.LongText);

            // A rating of Needs revision tells the college nothing without a reason.
            row.RuleFor(r => r.Comment)
                .Must(comment => !string.IsNullOrWhiteSpace(comment))
                .When(r => r.RatingValue == CriterionRatingValue.NeedsRevision)
                .WithMessage((r, _) => $"Say what needs revision: {(r.CriterionValue is { } c ? CriterionText.Title(c) : "this criterion")}.");
        });
    }
}

public sealed class CommentFormValidator : AbstractValidator<CommentForm>
{
    public CommentFormValidator()
    {
        RuleFor(f => f.Section).Must((f, _) => f.SectionValue is not null).WithMessage("Choose the section the comment is about.");
        RuleFor(f => f.Body)
            .Cascade(CascadeMode.Stop)
            .Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage("Write the comment.")
            .Text("The comment", FieldLengths.LongText);
        RuleFor(f => f.Visibility).Must((f, _) => f.VisibilityValue is not null)
            .WithMessage("Choose who sees the comment: reviewers only, or the college.");

        // A required change is a to-do for the college, so an internal note cannot be one.
        RuleFor(f => f.IsRequiredChange)
            .Must(required => !required)
            .When(f => f.VisibilityValue == CommentVisibility.Internal)
            .WithMessage("A required change is for the college: choose \u201cFor the college\u201d, or untick \u201cRequired change\u201d.");
    }
}
