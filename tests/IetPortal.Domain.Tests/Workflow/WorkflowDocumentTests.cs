using IetPortal.Domain.Workflow;

namespace IetPortal.Domain.Tests.Workflow;

/// <summary>docs/workflow.md shows the diagram and transition table that <see cref="ReviewWorkflow"/> generates.</summary>
public class WorkflowDocumentTests
{
    private const string DocumentPath = "docs/workflow.md";

    /// <summary>Set to 1 to rewrite the generated blocks of the document instead of failing.</summary>
    private const string UpdateVariable = "IETPORTAL_UPDATE_WORKFLOW_DOC";

    [Fact]
    public void The_workflow_document_shows_the_diagram_the_code_generates()
    {
        AssertGeneratedBlock("workflow-diagram", "```mermaid\n" + ReviewWorkflow.ToMermaid() + "```\n");
    }

    [Fact]
    public void The_workflow_document_shows_the_transition_table_the_code_generates()
    {
        AssertGeneratedBlock("workflow-transitions", ReviewWorkflow.ToMarkdownTable());
    }

    private static void AssertGeneratedBlock(string name, string generated)
    {
        var path = Path.Combine(RepositoryRoot.Find(), DocumentPath);
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var begin = $"<!-- {name}:begin -->\n";
        var end = $"<!-- {name}:end -->";
        var start = text.IndexOf(begin, StringComparison.Ordinal);
        var stop = start < 0 ? -1 : text.IndexOf(end, start, StringComparison.Ordinal);
        Assert.True(start >= 0 && stop > start, $"{DocumentPath} needs the lines {begin.Trim()} and {end} around the generated {name}.");

        var documented = text[(start + begin.Length)..stop];
        if (string.Equals(documented, generated, StringComparison.Ordinal))
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, string.Concat(text.AsSpan(0, start + begin.Length), generated, text.AsSpan(stop)));
            return;
        }

        Assert.Fail(
            $"The {name} in {DocumentPath} differs from what ReviewWorkflow generates. Regenerate it with "
            + $"`{UpdateVariable}=1 dotnet test tests/IetPortal.Domain.Tests --filter FullyQualifiedName~WorkflowDocumentTests` "
            + $"and review the diff, or paste this between the markers:{Environment.NewLine}{generated}");
    }
}
