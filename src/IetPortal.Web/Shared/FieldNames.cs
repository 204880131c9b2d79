using System.Text;

namespace IetPortal.Web.Shared;

/// <summary>Property names as words for model-binding messages: "ContactHours" reads "contact hours".</summary>
public static class FieldNames
{
    public static string Words(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "value";
        }

        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }

    /// <summary>What the user typed, cut short so a huge value does not flood the error summary.</summary>
    public static string Shorten(string? value) =>
        value is null ? "" : value.Length <= 40 ? value : value[..40] + "…";
}
