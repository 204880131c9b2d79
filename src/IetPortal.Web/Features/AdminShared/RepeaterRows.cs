using IetPortal.Web.Features.Editor;

namespace IetPortal.Web.Features.AdminShared;

/// <summary>
/// The editor's row buttons (<see cref="RepeaterCommand"/>: <c>add:Steps</c>, <c>up:Steps:2</c>, ...) applied to one
/// list of an administrator form, so repeating rows work without JavaScript there too.
/// </summary>
public static class RepeaterRows
{
    public static bool ApplyTo<T>(this RepeaterCommand command, string listName, List<T> rows, Func<T> newRow)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(newRow);
        if (command.List != listName)
        {
            return false;
        }

        switch (command.Verb)
        {
            case "add":
                rows.Add(newRow());
                return true;
            case "remove" when command.Index >= 0 && command.Index < rows.Count:
                rows.RemoveAt(command.Index);
                return true;
            case "up" when command.Index > 0 && command.Index < rows.Count:
                (rows[command.Index], rows[command.Index - 1]) = (rows[command.Index - 1], rows[command.Index]);
                return true;
            case "down" when command.Index >= 0 && command.Index < rows.Count - 1:
                (rows[command.Index], rows[command.Index + 1]) = (rows[command.Index + 1], rows[command.Index]);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Trimmed text, or null when blank: what is stored, so a form rebuilt from the store equals what was saved.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
