using System.Text;

namespace IetPortal.Domain.Workflow;

/// <summary>
/// The workflow drawn from its one definition, for docs/workflow.md: a test fails when the document and these differ,
/// so the diagram cannot drift from the code.
/// </summary>
public static partial class ReviewWorkflow
{
    /// <summary>A Mermaid <c>stateDiagram-v2</c> of every state and transition, edges grouped by from- and to-state.</summary>
    public static string ToMermaid()
    {
        var diagram = new StringBuilder();
        diagram.Append("stateDiagram-v2\n");
        foreach (var status in Enum.GetValues<ProposalStatus>())
        {
            var name = WorkflowText.Humanize(status);
            if (!string.Equals(name, status.ToString(), StringComparison.Ordinal))
            {
                diagram.Append($"    state \"{name}\" as {status}\n");
            }
        }

        // A new proposal and an amendment of an approved one both start as a draft.
        diagram.Append($"    [*] --> {InitialStatus} : new proposal or amendment\n");
        foreach (var from in Enum.GetValues<ProposalStatus>())
        {
            var edges = Transitions
                .Where(t => t.From.Contains(from))
                .GroupBy(t => t.To)
                .Select(g => (To: g.Key, Label: string.Join(", ", g.Select(EdgeLabel))));
            foreach (var (to, label) in edges)
            {
                diagram.Append($"    {from} --> {to} : {label}\n");
            }
        }

        foreach (var status in Enum.GetValues<ProposalStatus>().Where(IsFinal))
        {
            diagram.Append($"    {status} --> [*]\n");
        }

        return diagram.ToString();
    }

    /// <summary>A Markdown table with one row per transition: action, from, to, who, guards, effect.</summary>
    public static string ToMarkdownTable()
    {
        var table = new StringBuilder();
        table.Append("| Action | From | To | Who | Guards | Effect |\n");
        table.Append("|---|---|---|---|---|---|\n");
        foreach (var transition in Transitions)
        {
            var who = transition.IsAutomatic
                ? $"Automatic, when {transition.Trigger}"
                : WorkflowText.PartiesColumn(transition.Who);
            var guards = transition.Guards.Count == 0
                ? "None"
                : string.Join(" ", transition.Guards.Select(g => g.Description + "."));
            table.Append($"| {transition.Action} | {string.Join(", ", transition.From)} | {transition.To} | {who} | {guards} | {transition.Effect}. |\n");
        }

        return table.ToString();
    }

    private static string EdgeLabel(WorkflowTransition transition) =>
        transition.IsAutomatic ? $"{transition.Action} (automatic)" : transition.Action.ToString();
}
