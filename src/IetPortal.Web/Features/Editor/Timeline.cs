using System.Globalization;
using IetPortal.Domain.Proposals;
using IetPortal.Web.Shared;

namespace IetPortal.Web.Features.Editor;

/// <summary>A bar of the server-rendered timeline: where it sits (in SVG units) and what it says.</summary>
public sealed record TimelineBar(string Label, double X, double Width, double Y, string Start, string End, int Days);

/// <summary>
/// The three components' date ranges drawn side by side as SVG, with a text alternative stating the dates and the
/// overlap share in words, so a reviewer sees at once whether the components run simultaneously.
/// </summary>
public sealed record Timeline(IReadOnlyList<TimelineBar> Bars, string Summary, double OverlapX, double OverlapWidth)
{
    public const double ChartWidth = 560;
    public const double LabelWidth = 200;
    public const double RowHeight = 36;

    public double Height => (Bars.Count * RowHeight) + 30;

    public static string ComponentName(ComponentKind kind) => kind switch
    {
        ComponentKind.AdultEducation => "Adult education and literacy",
        ComponentKind.WorkforcePreparation => "Workforce preparation",
        _ => "Workforce training",
    };

    public static Timeline Of(IetProposal proposal)
    {
        var timeline = ComponentTimeline.Of(proposal);
        if (timeline.Start is not { } start || timeline.End is not { } end)
        {
            return new Timeline([], "No component has both a start and an end date yet, so there is no timeline to draw.", 0, 0);
        }

        double Scale(DateOnly date) => LabelWidth + ((date.DayNumber - start.DayNumber) * (ChartWidth - LabelWidth) / timeline.SpanDays);
        double Right(DateOnly date) => Scale(date.AddDays(1));

        var bars = timeline.Spans.Select((s, i) => new TimelineBar(
            ComponentName(s.Kind), Scale(s.Start), Math.Max(2, Right(s.End) - Scale(s.Start)), (i * RowHeight) + 8,
            DisplayText.Date(s.Start), DisplayText.Date(s.End), s.Days)).ToList();

        string summary;
        double overlapX = 0, overlapWidth = 0;
        if (!timeline.IsComplete)
        {
            summary = $"Only {timeline.Spans.Count} of the three components have dates, so the overlap cannot be measured yet.";
        }
        else if (timeline.OverlapDays == 0)
        {
            summary = "The three components never run at the same time: they are sequential or staggered, so the overlap is 0%.";
        }
        else
        {
            var latestStart = timeline.Spans.Max(s => s.Start);
            var earliestEnd = timeline.Spans.Min(s => s.End);
            overlapX = Scale(latestStart);
            overlapWidth = Right(earliestEnd) - overlapX;
            summary = string.Create(
                CultureInfo.GetCultureInfo("en-US"),
                $"All three components run together from {DisplayText.Date(latestStart)} to {DisplayText.Date(earliestEnd)}: {timeline.OverlapDays} of the program's {timeline.SpanDays} days, an overlap of {timeline.OverlapPercent:0.#}%.");
        }

        return new Timeline(bars, summary, overlapX, overlapWidth);
    }
}
