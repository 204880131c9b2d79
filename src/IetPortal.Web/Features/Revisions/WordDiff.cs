using System.Text.RegularExpressions;

namespace IetPortal.Web.Features.Revisions;

/// <summary>
/// Word by word, what changed in a text (longest common subsequence of words and the spaces between them), so a
/// reviewer reading a long description sees the edited words rather than two near-identical paragraphs.
/// </summary>
public static partial class WordDiff
{
    /// <summary>Above this many word pairs the comparison costs more than it helps; both texts are shown whole instead.</summary>
    public const int MaxCells = 1_000_000;

    /// <summary>The segments of <paramref name="after"/> with the removed words of <paramref name="before"/> in place; null when too long.</summary>
    public static IReadOnlyList<TextSegment>? Of(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = Tokens(before);
        var b = Tokens(after);
        if ((long)a.Count * b.Count > MaxCells)
        {
            return null;
        }

        // lengths[i, j]: the longest common subsequence of a[i..] and b[j..].
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal)
                    ? lengths[i + 1, j + 1] + 1
                    : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var segments = new List<TextSegment>();
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                Append(segments, TextSegmentKind.Same, a[x++]);
                y++;
            }
            else if (y < b.Count && (x == a.Count || lengths[x, y + 1] >= lengths[x + 1, y]))
            {
                Append(segments, TextSegmentKind.Added, b[y++]);
            }
            else
            {
                Append(segments, TextSegmentKind.Removed, a[x++]);
            }
        }

        return segments;
    }

    private static List<string> Tokens(string text) => [.. WordsAndSpaces().Matches(text).Select(m => m.Value)];

    /// <summary>Neighbouring tokens of one kind read as one run ("removed: three long-term care employers").</summary>
    private static void Append(List<TextSegment> segments, TextSegmentKind kind, string token)
    {
        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + token };
        }
        else
        {
            segments.Add(new TextSegment(kind, token));
        }
    }

    [GeneratedRegex(@"\S+|\s+")]
    private static partial Regex WordsAndSpaces();
}
