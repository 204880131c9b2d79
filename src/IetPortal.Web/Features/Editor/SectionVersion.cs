using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace IetPortal.Web.Features.Editor;

/// <summary>
/// Optimistic concurrency per section: the version of a section is a hash of its stored content. A save whose form
/// was loaded from another version means a colleague saved this section in between, and is refused with both
/// values shown. Saves of different sections never conflict.
/// </summary>
public static class SectionVersion
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter(), new NormalizedDecimalConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Of(SectionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Serialize(form)));
        return Convert.ToHexString(hash, 0, 12);
    }

    /// <summary>Field by field, where the two forms differ: (field path, value in the first, value in the second).</summary>
    public static IReadOnlyList<FieldDifference> Compare(SectionForm mine, SectionForm theirs)
    {
        var a = Flatten(mine);
        var b = Flatten(theirs);
        return a.Keys.Union(b.Keys)
            .Where(key => a.GetValueOrDefault(key) != b.GetValueOrDefault(key))
            .Select(key => new FieldDifference(key, FieldLabels.For(key), a.GetValueOrDefault(key), b.GetValueOrDefault(key)))
            .ToList();
    }

    private static string Serialize(SectionForm form)
    {
        var node = JsonSerializer.SerializeToNode(form, form.GetType(), Json)!.AsObject();
        node.Remove(nameof(SectionForm.Version));
        node.Remove(nameof(SectionForm.Command));
        return node.ToJsonString();
    }

    private static Dictionary<string, string?> Flatten(SectionForm form)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal);
        Walk(JsonNode.Parse(Serialize(form)), "", result);
        return result;
    }

    private static void Walk(JsonNode? node, string path, Dictionary<string, string?> into)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    Walk(child, path.Length == 0 ? key : $"{path}.{key}", into);
                }

                break;
            case JsonArray array when array.All(item => item is JsonValue):
                into[path] = string.Join(", ", array.Select(item => item!.ToString()));
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i.ToString(CultureInfo.InvariantCulture)}]", into);
                }

                break;
            default:
                var text = node?.ToString();
                into[path] = string.IsNullOrEmpty(text) || text == "false" ? null : text;
                break;
        }
    }
}

/// <summary>
/// Writes 96, 96.0 and 96.00 alike: databases hand decimals back with their own scale (SQLite stores "96.0"), which
/// must not read as a change.
/// </summary>
internal sealed class NormalizedDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDecimal();

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.ToString("0.############################", CultureInfo.InvariantCulture));
}

public sealed record FieldDifference(string Path, string Label, string? Mine, string? Theirs);

/// <summary>Readable names for form field paths: "Objectives[1].Statement" reads "Objective 2: statement".</summary>
public static class FieldLabels
{
    public static string For(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return string.Join(": ", path.Split('.').Select(Part));
    }

    private static string Part(string part)
    {
        var bracket = part.IndexOf('[', StringComparison.Ordinal);
        if (bracket < 0)
        {
            return Words(part);
        }

        var index = int.Parse(part[(bracket + 1)..^1], CultureInfo.InvariantCulture) + 1;
        var name = Words(part[..bracket]);
        var singular = name.EndsWith("ies", StringComparison.Ordinal) ? name[..^3] + "y" : name.TrimEnd('s');
        return $"{singular} {index.ToString(CultureInfo.InvariantCulture)}";
    }

    private static string Words(string pascal)
    {
        var text = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(text.Length == 0 ? char.ToUpperInvariant(c) : c);
            }
        }

        return text.ToString();
    }
}
