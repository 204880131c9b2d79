using System.Collections;
using System.Globalization;
using System.Reflection;

namespace IetPortal.Web.Features.Editor;

/// <summary>
/// The buttons of repeating items, which work without JavaScript: each is a submit button whose value names what to
/// do: <c>add:Materials</c>, <c>remove:Materials:2</c>, <c>up:Materials:2</c>, <c>down:Materials:2</c>.
/// </summary>
public sealed record RepeaterCommand(string Verb, string List, int Index)
{
    public static RepeaterCommand? Parse(string? command)
    {
        if (string.IsNullOrEmpty(command) || command.Length > 100)
        {
            return null;
        }

        var parts = command.Split(':');
        if (parts.Length < 2 || parts[0] is not ("add" or "remove" or "up" or "down"))
        {
            return null;
        }

        var index = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;
        return new RepeaterCommand(parts[0], parts[1], index);
    }

    /// <summary>
    /// Applies the command to the list the path names (a form property, or a dotted path such as
    /// <c>AdultEducation.Materials</c>); an unknown list or index does nothing.
    /// </summary>
    public bool ApplyTo(SectionForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        object? owner = form;
        PropertyInfo? property = null;
        foreach (var name in List.Split('.'))
        {
            if (property is not null)
            {
                owner = property.GetValue(owner);
            }

            property = owner?.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
            if (property is null)
            {
                return false;
            }
        }

        if (property?.GetValue(owner) is not IList list || !property.PropertyType.IsGenericType)
        {
            return false;
        }

        var itemType = property.PropertyType.GetGenericArguments()[0];
        switch (Verb)
        {
            case "add" when itemType.IsClass:
                list.Add(Activator.CreateInstance(itemType));
                return true;
            case "remove" when Index >= 0 && Index < list.Count:
                list.RemoveAt(Index);
                return true;
            case "up" when Index > 0 && Index < list.Count:
                Swap(list, Index, Index - 1);
                return true;
            case "down" when Index >= 0 && Index < list.Count - 1:
                Swap(list, Index, Index + 1);
                return true;
            default:
                return false;
        }
    }

    private static void Swap(IList list, int a, int b) => (list[a], list[b]) = (list[b], list[a]);
}
