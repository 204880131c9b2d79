using System.Text;

namespace IetPortal.Domain.Workflow;

/// <summary>The plain-language names the workflow's refusals and documentation use.</summary>
internal static class WorkflowText
{
    /// <summary>"InReview" → "In review", so a new enum value reads well without a new case here.</summary>
    public static string Humanize<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
            {
                text.Append(' ').Append(char.ToLowerInvariant(name[i]));
            }
            else
            {
                text.Append(name[i]);
            }
        }

        return text.ToString();
    }

    public static string List<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, Enum => string.Join(", ", values.Select(Humanize));

    /// <summary>Completes "it is ...".</summary>
    public static string StatusPhrase(ProposalStatus status) => status switch
    {
        ProposalStatus.Draft => "a draft",
        ProposalStatus.Returned => "returned to the college",
        ProposalStatus.Superseded => "superseded by an approved amendment",
        _ => LowerFirst(Humanize(status)),
    };

    private static string LowerFirst(string text) => string.Concat(char.ToLowerInvariant(text[0]).ToString(), text.AsSpan(1));

    /// <summary>Completes "Only ... can": the parties in a sentence.</summary>
    public static string PartiesPhrase(WorkflowParty parties) => JoinParties(parties, "staff of the owning college", "state reviewers", "administrators", " or ");

    /// <summary>The parties for the "Who" column of the transition table.</summary>
    public static string PartiesColumn(WorkflowParty parties) => JoinParties(parties, "Staff of the owning college", "State reviewer", "Administrator", ", ");

    private static string JoinParties(WorkflowParty parties, string staff, string reviewer, string administrator, string separator)
    {
        var names = new List<string>();
        if (parties.HasFlag(WorkflowParty.OwningCollegeStaff))
        {
            names.Add(staff);
        }

        if (parties.HasFlag(WorkflowParty.StateReviewer))
        {
            names.Add(reviewer);
        }

        if (parties.HasFlag(WorkflowParty.Administrator))
        {
            names.Add(administrator);
        }

        return names.Count == 0 ? "nobody" : string.Join(separator, names);
    }
}
