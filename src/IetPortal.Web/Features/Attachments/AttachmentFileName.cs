using System.Globalization;
using System.Text;
using IetPortal.Domain.Common;

namespace IetPortal.Web.Features.Attachments;

/// <summary>
/// Makes the name a browser sent safe to store, show and offer back as a download name: no folders, no control
/// characters, no bidirectional overrides (which can make "report{U+202E}fdp.exe" display as "reportexe.pdf"), no characters
/// Windows refuses in file names, at most <see cref="FieldLengths.FileName"/> characters, and the extension kept.
/// </summary>
public static class AttachmentFileName
{
    private const string Fallback = "attachment";

    public static string Sanitize(string? rawName)
    {
        var name = rawName ?? "";

        // Old browsers send the full client path ("C:\Users\...\syllabus.pdf"); only the last segment is the name.
        var lastSeparator = name.LastIndexOfAny(['/', '\\']);
        if (lastSeparator >= 0)
        {
            name = name[(lastSeparator + 1)..];
        }

        var clean = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsControl(rune) || IsBidiControl(rune.Value) || rune == Rune.ReplacementChar)
            {
                continue;
            }

            clean.Append(rune.Value is '<' or '>' or ':' or '"' or '|' or '?' or '*' ? "_" : rune.ToString());
        }

        // Trailing dots and spaces are dropped by Windows; leading dots would hide the file on Unix.
        name = clean.ToString().Trim().TrimEnd('.', ' ');
        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length].Trim().TrimStart('.').TrimEnd('.', ' ');
        if (stem.Length == 0)
        {
            stem = Fallback;
        }

        var room = FieldLengths.FileName - extension.Length;
        if (room < 1)
        {
            // An "extension" longer than the limit is not one we accept anyway; keep a readable prefix.
            return Truncate(stem + extension, FieldLengths.FileName);
        }

        return Truncate(stem, room) + extension;
    }

    private static bool IsBidiControl(int codePoint) => codePoint is
        0x061C or 0x200E or 0x200F // Arabic letter mark, left-to-right and right-to-left marks
        or (>= 0x202A and <= 0x202E) // embeddings and overrides
        or (>= 0x2066 and <= 0x2069); // isolates

    /// <summary>Cuts at a text-element boundary so a surrogate pair or combining sequence is never split.</summary>
    private static string Truncate(string value, int maxLength)
    {
        if (value.Length <= maxLength)
        {
            return value;
        }

        var length = 0;
        var elements = StringInfo.GetTextElementEnumerator(value);
        while (elements.MoveNext())
        {
            var next = elements.GetTextElement().Length;
            if (length + next > maxLength)
            {
                break;
            }

            length += next;
        }

        return value[..length];
    }
}
