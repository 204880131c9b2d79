using System.Globalization;

namespace IetPortal.Domain.Compliance.Rules;

/// <summary>Formats the plain-language evidence of the rules: dates, hours, counts and short quotes.</summary>
internal static class EvidenceText
{
    private const int QuoteLength = 80;

    public static CultureInfo Culture => CultureInfo.InvariantCulture;

    /// <summary>"Jan 12–May 1, 2026", or "Nov 3, 2025–Feb 1, 2026" across a year end.</summary>
    public static string DateRange(DateOnly start, DateOnly end) => start.Year == end.Year
        ? string.Create(Culture, $"{start:MMM d}–{end:MMM d, yyyy}")
        : string.Create(Culture, $"{start:MMM d, yyyy}–{end:MMM d, yyyy}");

    public static string Date(DateOnly date) => date.ToString("MMM d, yyyy", Culture);

    public static string Number(decimal value) => value.ToString("0.##", Culture);

    public static string Count(int count, string singular, string plural) =>
        string.Create(Culture, $"{count} {(count == 1 ? singular : plural)}");

    public static string Count(decimal count, string singular, string plural) =>
        string.Concat(Number(count), " ", count == 1 ? singular : plural);

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string JoinAsSentence(IReadOnlyList<string> parts) => parts.Count switch
    {
        0 => string.Empty,
        1 => parts[0],
        _ => string.Concat(string.Join(", ", parts.Take(parts.Count - 1)), " and ", parts[^1]),
    };

    /// <summary>The start of a user's text in quotes, so the evidence shows what was written.</summary>
    public static string Quote(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length <= QuoteLength
            ? string.Concat("“", trimmed, "”")
            : string.Concat("“", trimmed[..QuoteLength].TrimEnd(), "…”");
    }

    public static string Capitalize(string text) =>
        text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    public static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);
}
