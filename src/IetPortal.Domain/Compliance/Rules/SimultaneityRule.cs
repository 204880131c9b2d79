using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Compliance.Rules;

/// <summary>
/// Integration criterion 3: the three components occur simultaneously within the overall scope of the program
/// (34 CFR 463.37(a)(2)). OCTAE's preamble: they "should occur simultaneously and not sequentially"; staggered or
/// sequential components do not meet 463.37. The overlap share is (latest start to earliest end) divided by
/// (earliest start to latest end), counting days inclusively, and its minimum is an administrator-set threshold.
/// </summary>
internal static class SimultaneityRule
{
    // 34 CFR 463.37(a)(2): "Occur simultaneously".
    public static ComplianceRule Simultaneous { get; } = new()
    {
        Id = "IET-463.37-a2-SIMULTANEOUS",
        Title = "Components occur simultaneously",
        Requirement = "The three components' date ranges overlap, and the share of the span during which all three run at once is at least the administrator-set minimum; sequential components fail.",
        Citation = "34 CFR 463.37(a)(2)",
        Origin = RuleOrigin.Federal,
        Severity = RuleSeverity.Error,
        Criterion = ComplianceCriterion.Simultaneous,
        Section = ProposalSection.Integration,
        Field = "Timeline",
        Evaluate = Evaluate,
    };

    private static RuleResult Evaluate(ComplianceInput input)
    {
        var earliestStart = DateOnly.MaxValue;
        var latestStart = DateOnly.MinValue;
        var earliestEnd = DateOnly.MaxValue;
        var latestEnd = DateOnly.MinValue;
        var latestStarter = ComponentKind.AdultEducation;
        var earliestEnder = ComponentKind.AdultEducation;

        foreach (var kind in ComponentKindText.All)
        {
            var component = input.Component(kind);
            if (component is null)
            {
                return kind.Missing();
            }

            if (component.StartDate is not { } start || component.EndDate is not { } end)
            {
                var missing = component.StartDate is null ? "StartDate" : "EndDate";
                return RuleResult.NotMet(
                        $"The {kind.Name()} component has no {(component.StartDate is null ? "start" : "end")} date, so the overlap cannot be measured.",
                        "Enter the start and end dates of every component so the timeline shows whether they run together.")
                    .At(kind.Section(), $"{kind.FieldPrefix()}.{missing}");
            }

            if (end < start)
            {
                return RuleResult.NotMet(
                        $"The {kind.Name()} component ends ({EvidenceText.Date(end)}) before it starts ({EvidenceText.Date(start)}).",
                        $"Correct the {kind.Name()} dates so the end date follows the start date.")
                    .At(kind.Section(), $"{kind.FieldPrefix()}.EndDate");
            }

            if (start < earliestStart)
            {
                earliestStart = start;
            }

            if (start > latestStart)
            {
                latestStart = start;
                latestStarter = kind;
            }

            if (end < earliestEnd)
            {
                earliestEnd = end;
                earliestEnder = kind;
            }

            if (end > latestEnd)
            {
                latestEnd = end;
            }
        }

        var spanDays = latestEnd.DayNumber - earliestStart.DayNumber + 1;
        var overlapDays = earliestEnd.DayNumber - latestStart.DayNumber + 1;
        var timeline = Timeline(input);
        var minimum = input.Thresholds.MinimumOverlapPercent;

        if (overlapDays <= 0)
        {
            return RuleResult.NotMet(
                    string.Create(
                        EvidenceText.Culture,
                        $"{timeline}: {latestStarter.ShortName()} starts {EvidenceText.Date(latestStart)}, after {earliestEnder.ShortName()} ends {EvidenceText.Date(earliestEnd)}, so the three never run together (overlap 0%)."),
                    "The components run one after another. 34 CFR 463.37(a)(2) requires them to occur simultaneously, not "
                    + "sequentially: schedule all three over the same timeline (they need not have the same number of hours).")
                .At(latestStarter.Section(), $"{latestStarter.FieldPrefix()}.StartDate");
        }

        // The share shown is the share compared, to one decimal, as the editor's timeline shows it.
        var share = Math.Round(overlapDays * 100m / spanDays, 1);
        var evidence = string.Create(
            EvidenceText.Culture,
            $"{timeline}: all three run together {overlapDays} of {spanDays} days, overlap {EvidenceText.Number(share)}% (minimum {EvidenceText.Number(minimum)}%).");
        if (share >= minimum)
        {
            return RuleResult.Met(evidence);
        }

        // Point at the date whose change closes the larger gap: the late start or the early end.
        var lateStartGap = latestStart.DayNumber - earliestStart.DayNumber;
        var earlyEndGap = latestEnd.DayNumber - earliestEnd.DayNumber;
        var fix = (lateStartGap > 0, earlyEndGap > 0) switch
        {
            (true, true) => $"Start {latestStarter.ShortName()} earlier or end {earliestEnder.ShortName()} later",
            (true, false) => $"Start {latestStarter.ShortName()} earlier",
            _ => $"End {earliestEnder.ShortName()} later",
        };
        var message = string.Create(
            EvidenceText.Culture,
            $"The components are staggered: they run together for only {EvidenceText.Number(share)}% of their span, below the minimum of {EvidenceText.Number(minimum)}%. "
            + $"{fix} so all three run over about the same timeline (34 CFR 463.37(a)(2)).");
        return lateStartGap >= earlyEndGap
            ? RuleResult.NotMet(evidence, message).At(latestStarter.Section(), $"{latestStarter.FieldPrefix()}.StartDate")
            : RuleResult.NotMet(evidence, message).At(earliestEnder.Section(), $"{earliestEnder.FieldPrefix()}.EndDate");
    }

    /// <summary>"Adult education runs Jan 12–May 1, 2026, workforce preparation Jan 12–May 1, 2026 and ..."</summary>
    private static string Timeline(ComplianceInput input) => string.Concat(
        EvidenceText.Capitalize(ComponentKind.AdultEducation.ShortName()),
        " runs ",
        Range(input.AdultEducation!),
        ", workforce preparation ",
        Range(input.WorkforcePreparation!),
        " and workforce training ",
        Range(input.WorkforceTraining!));

    private static string Range(IetComponent component) =>
        EvidenceText.DateRange(component.StartDate!.Value, component.EndDate!.Value);
}
