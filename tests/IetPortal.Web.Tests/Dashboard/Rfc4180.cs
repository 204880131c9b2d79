using System.Text;

namespace IetPortal.Web.Tests.Dashboard;

/// <summary>
/// A strict RFC 4180 reader for the tests, written apart from the app's writer so a round trip proves something:
/// records end with CRLF (a bare CR or LF is allowed only inside a quoted field), a quoted field doubles its quotes and
/// is followed by a comma or the end of the record, and an unquoted field holds no quote, CR or LF.
/// </summary>
internal static class Rfc4180
{
    public static List<List<string>> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length)
                    {
                        throw new FormatException("A quoted field is not closed.");
                    }

                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i]);
                    i++;
                }

                if (i < text.Length && text[i] != ',' && text[i] != '\r')
                {
                    throw new FormatException($"Text after a closing quote at {i}.");
                }
            }
            else
            {
                while (i < text.Length && text[i] != ',' && text[i] != '\r')
                {
                    if (text[i] is '"' or '\n')
                    {
                        throw new FormatException($"An unquoted field holds a quote or a line feed at {i}.");
                    }

                    field.Append(text[i]);
                    i++;
                }
            }

            record.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
            {
                throw new FormatException("The last record does not end with CRLF.");
            }

            if (text[i] == ',')
            {
                i++;
                continue;
            }

            if (i + 1 >= text.Length || text[i + 1] != '\n')
            {
                throw new FormatException($"A record ends with a bare CR at {i}.");
            }

            i += 2;
            records.Add(record);
            record = [];
        }

        return records;
    }
}
