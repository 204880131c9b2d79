using System.Text.RegularExpressions;

namespace IetPortal.Domain.Tests.Workflow;

/// <summary>STYLE.md habit 1: state changes go through the one state machine.</summary>
public partial class StatusChangeTests
{
    /// <summary>The source folders checked; a proposal may be created as a draft anywhere, but only Workflow/ moves it on.</summary>
    private static readonly string[] CheckedFolders = ["src/IetPortal.Domain"];

    [Fact]
    public void Only_the_workflow_changes_a_proposals_status()
    {
        var root = RepositoryRoot.Find();
        var offenders = new List<string>();
        foreach (var folder in CheckedFolders)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (relative.Contains("/obj/", StringComparison.Ordinal) || relative.Contains("/bin/", StringComparison.Ordinal)
                    || relative.StartsWith("src/IetPortal.Domain/Workflow/", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (Match assignment in StatusAssignment().Matches(File.ReadAllText(file)))
                {
                    if (assignment.Groups["value"].Value.Trim() != "ProposalStatus.Draft")
                    {
                        offenders.Add($"{relative}: \"{assignment.Value.Trim()}\"");
                    }
                }
            }
        }

        Assert.True(
            offenders.Count == 0,
            "Change a proposal's status through ProposalWorkflow (which asks ReviewWorkflow.Decide), not by assignment:"
            + Environment.NewLine + string.Join(Environment.NewLine, offenders));
    }

    [GeneratedRegex(@"\bStatus\s*=(?![=>])(?<value>[^,;\r\n]*)")]
    private static partial Regex StatusAssignment();
}
