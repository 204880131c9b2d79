using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Tests.Compliance;

/// <summary>The stored compliance state of a draft: what counts as a change, and the note that explains it.</summary>
public class ComplianceStateTests
{
    private static readonly DateTime Monday = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Tuesday = Monday.AddDays(1);

    /// <summary>A report with the first <paramref name="errors"/> error rules and <paramref name="warnings"/> warning rules unmet.</summary>
    private static ComplianceReport Report(int errors, int warnings)
    {
        var failing = RuleCatalogue.All.Where(r => r.Severity == RuleSeverity.Error).Take(errors)
            .Concat(RuleCatalogue.All.Where(r => r.Severity == RuleSeverity.Warning).Take(warnings))
            .ToHashSet();
        var findings = RuleCatalogue.All.Select(rule => RuleFinding.From(
                rule,
                !failing.Contains(rule) ? RuleResult.Met("Met.")
                : rule.Severity == RuleSeverity.Error ? RuleResult.NotMet("Not met.", "Fix it.")
                : RuleResult.NeedsAttention("Unclear.", "Check it.")))
            .ToList();
        return new ComplianceReport(RuleCatalogue.RuleSetVersion, findings, ComplianceThresholds.Defaults);
    }

    [Fact]
    public void A_first_check_records_the_counts_and_no_change()
    {
        var state = ComplianceState.After(null, Report(2, 1), Monday, "Overview saved");

        Assert.Equal(new ComplianceState(2, 1, Monday, null, null), state);
    }

    [Fact]
    public void The_same_counts_move_only_the_check_time_and_keep_the_last_change()
    {
        var earlier = new ComplianceState(1, 0, Monday, Monday, "Overview saved: now 1 error and no warnings (was no errors or warnings).");

        var state = ComplianceState.After(earlier, Report(1, 0), Tuesday, "Threshold changed");

        Assert.Equal(earlier with { CheckedAtUtc = Tuesday }, state);
        Assert.True(state.HasSameCountsAs(earlier));
    }

    [Fact]
    public void Other_counts_are_a_change_dated_now_and_explained_by_its_cause()
    {
        var earlier = new ComplianceState(0, 0, Monday, null, null);

        var state = ComplianceState.After(earlier, Report(1, 2), Tuesday, "Threshold 'Minimum overlap' changed from 50 to 60 percent.");

        Assert.Equal((1, 2, Tuesday, (DateTime?)Tuesday), (state.ErrorCount, state.WarningCount, state.CheckedAtUtc, state.ChangedAtUtc));
        Assert.Equal("Threshold 'Minimum overlap' changed from 50 to 60 percent: now 1 error and 2 warnings (was no errors or warnings).", state.ChangeNote);
        Assert.True(state.ChangedAfter(Monday));
        Assert.False(state.ChangedAfter(Tuesday));
    }

    [Fact]
    public void A_long_cause_is_cut_to_the_stored_length()
    {
        var state = ComplianceState.After(new ComplianceState(0, 0, Monday, null, null), Report(3, 0), Tuesday, new string('x', 1_000));

        Assert.Equal(ComplianceState.MaxNoteLength, state.ChangeNote!.Length);
        Assert.EndsWith("…", state.ChangeNote, StringComparison.Ordinal);
    }

    [Fact]
    public void The_state_round_trips_through_the_proposal()
    {
        var proposal = IetProposal.StartDraft(1, "CNA");
        var state = new ComplianceState(4, 1, Monday, Tuesday, "Career pathway retired: now 4 errors and 1 warning (was 3 errors and 1 warning).");

        Assert.Null(ComplianceState.Of(proposal));
        state.ApplyTo(proposal);

        Assert.Equal(state, ComplianceState.Of(proposal));
    }

    [Theory]
    [InlineData(0, 0, "no errors or warnings")]
    [InlineData(1, 0, "1 error and no warnings")]
    [InlineData(0, 1, "no errors and 1 warning")]
    [InlineData(1200, 3, "1,200 errors and 3 warnings")]
    public void Counts_read_as_words(int errors, int warnings, string expected) =>
        Assert.Equal(expected, ComplianceState.Describe(errors, warnings));
}
