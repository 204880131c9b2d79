namespace IetPortal.Domain.Proposals;

/// <summary>One component's date range.</summary>
public sealed record ComponentSpan(ComponentKind Kind, DateOnly Start, DateOnly End)
{
    public int Days => End.DayNumber - Start.DayNumber + 1;
}

/// <summary>
/// The three components' date ranges side by side and how long all three run together: the overlap share is the
/// days from the latest start to the earliest end over the days from the earliest start to the latest end
/// (34 CFR 463.37(a)(2): the components occur simultaneously, not one after another).
/// </summary>
public sealed class ComponentTimeline
{
    private ComponentTimeline(IReadOnlyList<ComponentSpan> spans)
    {
        Spans = spans;
        if (spans.Count == 0)
        {
            return;
        }

        Start = spans.Min(s => s.Start);
        End = spans.Max(s => s.End);
        SpanDays = End.Value.DayNumber - Start.Value.DayNumber + 1;
        OverlapDays = Math.Max(0, spans.Min(s => s.End).DayNumber - spans.Max(s => s.Start).DayNumber + 1);
    }

    /// <summary>The components that have both dates, start before end, in AEL, preparation, training order.</summary>
    public IReadOnlyList<ComponentSpan> Spans { get; }

    public DateOnly? Start { get; }
    public DateOnly? End { get; }
    public int SpanDays { get; }
    public int OverlapDays { get; }

    /// <summary>True when all three components have valid dates, so the overlap means something.</summary>
    public bool IsComplete => Spans.Count == 3;

    public decimal OverlapPercent => SpanDays == 0 ? 0 : Math.Round(OverlapDays * 100m / SpanDays, 1);

    public static ComponentTimeline Of(IetProposal proposal)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var spans = new List<ComponentSpan>(3);
        foreach (var kind in new[] { ComponentKind.AdultEducation, ComponentKind.WorkforcePreparation, ComponentKind.WorkforceTraining })
        {
            var component = proposal.Components.FirstOrDefault(c => c.Kind == kind);
            if (component is { StartDate: { } start, EndDate: { } end } && end >= start)
            {
                spans.Add(new ComponentSpan(kind, start, end));
            }
        }

        return new ComponentTimeline(spans);
    }
}
