using IetPortal.Domain.Reviews;

namespace IetPortal.Web.Features.Review;

/// <summary>Assign a reviewer, from the queue or the review page. Where to go back is a local address only.</summary>
public sealed class AssignForm
{
    public string? ReviewerId { get; set; }
    public string? ReturnUrl { get; set; }
}

/// <summary>The checklist: one row per criterion, posted together, with the review's concurrency stamp.</summary>
public sealed class RatingsForm
{
    public List<RatingRow> Rows { get; set; } = [];

    /// <summary>The review's concurrency stamp when the page was loaded; empty before the first save.</summary>
    public string? Stamp { get; set; }

    public static RatingsForm For(Domain.Reviews.Review? review) => new()
    {
        Stamp = review?.ConcurrencyStamp.ToString("N"),
        Rows =
        [
            .. CriterionText.All.Select(criterion =>
            {
                var rating = review?.Ratings.FirstOrDefault(r => r.Criterion == criterion);
                return new RatingRow { Criterion = criterion.ToString(), Rating = rating?.Rating.ToString(), Comment = rating?.Comment };
            }),
        ],
    };
}

/// <summary>
/// One criterion's rating. Strings, so a tampered value is a validation message rather than a binding failure; an
/// empty rating means "not rated yet".
/// </summary>
public sealed class RatingRow
{
    public string? Criterion { get; set; }
    public string? Rating { get; set; }
    public string? Comment { get; set; }

    public ReviewCriterion? CriterionValue =>
        Enum.GetNames<ReviewCriterion>().Contains(Criterion, StringComparer.Ordinal) ? Enum.Parse<ReviewCriterion>(Criterion!) : null;

    public CriterionRatingValue? RatingValue =>
        Enum.GetNames<CriterionRatingValue>().Contains(Rating, StringComparer.Ordinal) ? Enum.Parse<CriterionRatingValue>(Rating!) : null;
}

/// <summary>A comment anchored to a section: an internal note, or a comment for the college (possibly a required change).</summary>
public sealed class CommentForm
{
    public string? Section { get; set; }
    public string? Body { get; set; }
    public string? Visibility { get; set; }
    public bool IsRequiredChange { get; set; }

    /// <summary>When editing: the comment's concurrency stamp when the edit page was loaded.</summary>
    public string? Stamp { get; set; }

    public Domain.Proposals.ProposalSection? SectionValue =>
        CriterionText.CommentSections.Select(s => (Domain.Proposals.ProposalSection?)s)
            .FirstOrDefault(s => string.Equals(s.ToString(), Section, StringComparison.Ordinal));

    public CommentVisibility? VisibilityValue =>
        Enum.GetNames<CommentVisibility>().Contains(Visibility, StringComparer.Ordinal) ? Enum.Parse<CommentVisibility>(Visibility!) : null;

    public static CommentForm For(ReviewComment comment)
    {
        ArgumentNullException.ThrowIfNull(comment);
        return new()
        {
            Section = comment.Section.ToString(),
            Body = comment.Body,
            Visibility = comment.Visibility.ToString(),
            IsRequiredChange = comment.IsRequiredChange,
            Stamp = comment.ConcurrencyStamp.ToString("N"),
        };
    }
}
