using IetPortal.Domain.Workflow;

namespace IetPortal.Domain.Tests.Workflow;

/// <summary>The definition itself is well formed: one transition per action, every state reachable, the diagram complete.</summary>
public class WorkflowDefinitionTests
{
    [Fact]
    public void Every_action_has_exactly_one_transition()
    {
        Assert.Equal(Enum.GetValues<WorkflowAction>(), ReviewWorkflow.Transitions.Select(t => t.Action).Order());
    }

    [Fact]
    public void Every_state_can_be_reached_from_a_new_draft()
    {
        var reached = new HashSet<ProposalStatus> { ReviewWorkflow.InitialStatus };
        var grew = true;
        while (grew)
        {
            var next = ReviewWorkflow.Transitions.Where(t => t.From.Any(reached.Contains)).Select(t => t.To).ToList();
            grew = next.Any(reached.Add);
        }

        Assert.Equal(Enum.GetValues<ProposalStatus>(), reached.Order());
    }

    [Fact]
    public void Only_supersede_is_automatic()
    {
        Assert.Equal([WorkflowAction.Supersede], ReviewWorkflow.Transitions.Where(t => t.IsAutomatic).Select(t => t.Action));
    }

    [Fact]
    public void The_diagram_draws_every_transition_from_every_state_it_starts_in()
    {
        var lines = ReviewWorkflow.ToMermaid().Split('\n');

        Assert.Equal("stateDiagram-v2", lines[0]);
        Assert.Contains("    state \"In review\" as InReview", lines);
        foreach (var transition in ReviewWorkflow.Transitions)
        {
            foreach (var from in transition.From)
            {
                Assert.Contains(lines, l => l.StartsWith($"    {from} --> {transition.To} : ", StringComparison.Ordinal)
                    && l.Contains(transition.Action.ToString(), StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void The_diagram_ends_in_the_final_states()
    {
        var diagram = ReviewWorkflow.ToMermaid();

        Assert.Contains("    Withdrawn --> [*]\n", diagram, StringComparison.Ordinal);
        Assert.Contains("    Superseded --> [*]\n", diagram, StringComparison.Ordinal);
        Assert.Contains("    [*] --> Draft : ", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_has_a_row_per_transition()
    {
        var rows = ReviewWorkflow.ToMarkdownTable().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(ReviewWorkflow.Transitions.Count + 2, rows.Length);
        Assert.Contains("| Withdraw | Draft, Submitted, Returned | Withdrawn | Staff of the owning college | None |", rows[^3], StringComparison.Ordinal);
    }
}
