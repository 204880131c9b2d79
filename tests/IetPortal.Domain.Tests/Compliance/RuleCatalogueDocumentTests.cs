using IetPortal.Domain.Compliance;
using IetPortal.Domain.Proposals;

namespace IetPortal.Domain.Tests.Compliance;

/// <summary>docs/compliance-rules.md and <see cref="RuleCatalogue"/> describe the same rules.</summary>
public class RuleCatalogueDocumentTests
{
    private const string DocumentPath = "docs/compliance-rules.md";

    private sealed record DocumentedRule(string Id, string Title, string Citation, string Origin, string Severity, string Section);

    [Fact]
    public void The_rule_catalogue_document_lists_every_rule_of_the_catalogue_and_no_other()
    {
        var documented = ReadTable();
        var problems = new List<string>();

        foreach (var rule in RuleCatalogue.All)
        {
            if (!documented.TryGetValue(rule.Id, out var row))
            {
                problems.Add($"{rule.Id} is missing from {DocumentPath}; add the row: {ExpectedRow(rule)}");
                continue;
            }

            Compare(problems, rule.Id, "title", rule.Title, row.Title);
            Compare(problems, rule.Id, "citation", rule.Citation, row.Citation);
            Compare(problems, rule.Id, "origin", OriginText(rule.Origin), row.Origin);
            Compare(problems, rule.Id, "severity", rule.Severity.ToString(), row.Severity);
            Compare(problems, rule.Id, "section", rule.Section.ToString(), row.Section);
        }

        foreach (var id in documented.Keys)
        {
            if (RuleCatalogue.Find(id) is null)
            {
                problems.Add($"{id} is in {DocumentPath} but not in RuleCatalogue; remove the row or add the rule.");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_rule_catalogue_document_names_the_rule_set_version()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), DocumentPath));

        Assert.Contains(RuleCatalogue.RuleSetVersion, text, StringComparison.Ordinal);
    }

    private static void Compare(List<string> problems, string id, string column, string expected, string documented)
    {
        if (!string.Equals(expected, documented, StringComparison.Ordinal))
        {
            problems.Add($"{id}: the {column} in {DocumentPath} is \"{documented}\" but the code says \"{expected}\".");
        }
    }

    private static string OriginText(RuleOrigin origin) => origin switch
    {
        RuleOrigin.Federal => "Federal",
        RuleOrigin.StatePolicy => "State policy",
        RuleOrigin.DataIntegrity => "Data integrity",
        _ => origin.ToString(),
    };

    private static string ExpectedRow(ComplianceRule rule) =>
        $"| {rule.Id} | {rule.Title} | {rule.Citation} | {OriginText(rule.Origin)} | {rule.Severity} | {rule.Section} | {rule.Requirement} |";

    /// <summary>The catalogue table's rows, keyed by rule id; a duplicated id fails the test.</summary>
    private static Dictionary<string, DocumentedRule> ReadTable()
    {
        var rows = new Dictionary<string, DocumentedRule>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(RepositoryRoot(), DocumentPath)))
        {
            if (!line.StartsWith("| IET-", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            Assert.True(cells.Length == 7, $"{DocumentPath}: expected 7 columns in: {line}");
            var row = new DocumentedRule(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]);
            Assert.True(rows.TryAdd(row.Id, row), $"{DocumentPath} lists {row.Id} twice.");
            Assert.True(Enum.TryParse<ProposalSection>(row.Section, out _), $"{row.Id}: unknown section \"{row.Section}\" in {DocumentPath}.");
        }

        Assert.NotEmpty(rows);
        return rows;
    }

    /// <summary>The folder holding IetPortal.sln, found by walking up from the test binaries.</summary>
    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "IetPortal.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No IetPortal.sln above {AppContext.BaseDirectory}.");
    }
}
