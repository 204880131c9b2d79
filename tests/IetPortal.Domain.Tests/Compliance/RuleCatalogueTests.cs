using System.Text.RegularExpressions;
using IetPortal.Domain.Compliance;

namespace IetPortal.Domain.Tests.Compliance;

public partial class RuleCatalogueTests
{
    [GeneratedRegex(@"^IET-(?:463\.\d{2}(?:-[a-z0-9]+)?|WIOA-\d+|WI|DATA)(?:-[A-Z0-9]+)+\z")]
    private static partial Regex RuleIdShape();

    [GeneratedRegex(@"^\d{4}\.\d{1,2}\.\d+\z")]
    private static partial Regex VersionShape();

    [Fact]
    public void Every_rule_id_is_unique()
    {
        var duplicates = RuleCatalogue.All.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_rule_id_has_the_stable_shape()
    {
        Assert.All(RuleCatalogue.All, rule => Assert.Matches(RuleIdShape(), rule.Id));
    }

    [Fact]
    public void Every_rule_describes_itself_and_where_to_fix_it()
    {
        Assert.All(RuleCatalogue.All, rule =>
        {
            Assert.False(string.IsNullOrWhiteSpace(rule.Title), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Requirement), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Citation), rule.Id);
            Assert.False(string.IsNullOrWhiteSpace(rule.Field), rule.Id);
            Assert.DoesNotContain("|", rule.Title + rule.Citation + rule.Requirement, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Federal_rules_cite_the_regulation_and_state_rules_cite_WTCS()
    {
        Assert.All(RuleCatalogue.All, rule =>
        {
            switch (rule.Origin)
            {
                case RuleOrigin.Federal:
                    Assert.True(rule.Citation.StartsWith("34 CFR", StringComparison.Ordinal) || rule.Citation.StartsWith("WIOA", StringComparison.Ordinal), rule.Id);
                    break;
                case RuleOrigin.StatePolicy:
                    Assert.StartsWith("WTCS", rule.Citation, StringComparison.Ordinal);
                    Assert.StartsWith("IET-WI-", rule.Id, StringComparison.Ordinal);
                    break;
                default:
                    Assert.StartsWith("IET-DATA-", rule.Id, StringComparison.Ordinal);
                    break;
            }
        });
    }

    [Fact]
    public void Every_criterion_of_the_wtcs_page_and_463_36_has_rules()
    {
        var covered = RuleCatalogue.All.Select(r => r.Criterion).ToHashSet();

        Assert.All(Enum.GetValues<ComplianceCriterion>(), criterion => Assert.Contains(criterion, covered));
    }

    [Fact]
    public void The_rule_set_version_is_year_month_sequence()
    {
        Assert.Matches(VersionShape(), RuleCatalogue.RuleSetVersion);
    }

    [Fact]
    public void Rules_are_found_by_id()
    {
        Assert.Same(RuleCatalogue.All[0], RuleCatalogue.Find(RuleCatalogue.All[0].Id));
        Assert.Null(RuleCatalogue.Find("IET-NOT-A-RULE"));
    }
}
