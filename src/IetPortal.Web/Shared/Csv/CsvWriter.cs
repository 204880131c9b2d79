using System.Text;

namespace IetPortal.Web.Shared.Csv;

/// <summary>
/// Writes tables as CSV that Excel and other spreadsheets open as they are: RFC 4180 records (CRLF after every record,
/// a field holding a comma, a double quote, CR or LF is quoted and its quotes doubled), UTF-8 with a byte-order mark so
/// Excel does not read it as the local code page, and protection against formula injection (OWASP "CSV injection"):
/// a cell beginning with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR gets a leading single quote, so a college or
/// pathway name such as <c>=HYPERLINK(...)</c> is shown as text and never evaluated.
/// </summary>
public static class CsvWriter
{
    public const string ContentType = "text/csv; charset=utf-8";

    private const string RecordEnd = "\r\n";

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The whole file: the byte-order mark, then each row (the header first) as a record ending in CRLF.</summary>
    public static byte[] ToBytes(IEnumerable<IEnumerable<string?>> rows)
    {
        var text = ToText(rows);
        var preamble = Utf8WithBom.GetPreamble();
        var bytes = new byte[preamble.Length + Utf8WithBom.GetByteCount(text)];
        preamble.CopyTo(bytes, 0);
        Utf8WithBom.GetBytes(text, 0, text.Length, bytes, preamble.Length);
        return bytes;
    }

    /// <summary>The records as text, without the byte-order mark.</summary>
    public static string ToText(IEnumerable<IEnumerable<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            AppendRecord(text, row);
        }

        return text.ToString();
    }

    /// <summary>One record: the fields separated by commas, ended by CRLF.</summary>
    public static void AppendRecord(StringBuilder text, IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(fields);
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                text.Append(',');
            }

            text.Append(Field(field));
            first = false;
        }

        text.Append(RecordEnd);
    }

    /// <summary>One field as written: protected against formula injection, then quoted if it must be. Null is empty.</summary>
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (IsFormulaTrigger(value[0]))
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    /// <summary>The characters a spreadsheet may treat as the start of a formula (or that hide one behind whitespace).</summary>
    public static bool IsFormulaTrigger(char first) => first is '=' or '+' or '-' or '@' or '\t' or '\r';
}
