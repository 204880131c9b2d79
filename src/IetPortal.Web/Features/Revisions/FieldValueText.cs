using System.Globalization;
using System.Reflection;
using IetPortal.Domain.Proposals;
using IetPortal.Web.Features.Editor;
using IetPortal.Web.Shared;

namespace IetPortal.Web.Features.Revisions;

/// <summary>
/// Puts a compared field's value into words. <see cref="SectionVersion.Compare"/> gives raw values ("TeamTeaching",
/// "2027-01-12", "true", or nothing for an unticked box); the form's property type at the field's path says how to read
/// them: enum names humanized, dates and times written out, a box read as Yes or No.
/// </summary>
public static class FieldValueText
{
    /// <summary>Readable labels where the automatic wording of a property name loses an acronym.</summary>
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["OccupationSocCode"] = "Target occupation SOC code",
        ["CipCode"] = "CIP code",
        ["WtcsProgramNumber"] = "WTCS program number",
    };

    public static string Label(string path) => Labels.TryGetValue(path, out var label) ? label : FieldLabels.For(path);

    /// <summary>The value in words; null when the field is empty (a box is never empty: it reads No).</summary>
    public static string? Format(Type formType, string path, string? raw)
    {
        ArgumentNullException.ThrowIfNull(formType);
        ArgumentNullException.ThrowIfNull(path);
        var type = PropertyTypeAt(formType, path);
        if (type == typeof(bool))
        {
            return raw is null ? "No" : "Yes";
        }

        if (raw is null || type is null)
        {
            return raw;
        }

        var element = ElementType(type) ?? type;
        element = Nullable.GetUnderlyingType(element) ?? element;
        if (element.IsEnum)
        {
            return string.Join(", ", raw.Split(", ").Select(value => EnumText(element, value)));
        }

        if (element == typeof(DateOnly) && DateOnly.TryParse(raw, CultureInfo.InvariantCulture, out var date))
        {
            return DisplayText.Date(date);
        }

        if (element == typeof(TimeOnly) && TimeOnly.TryParse(raw, CultureInfo.InvariantCulture, out var time))
        {
            return time.ToString("HH:mm", CultureInfo.InvariantCulture);
        }

        return raw;
    }

    private static string EnumText(Type enumType, string value)
    {
        if (!Enum.TryParse(enumType, value, ignoreCase: false, out var parsed) || parsed is not Enum member)
        {
            return value;
        }

        return member is FundingSources funding ? FundingText.Of(funding) : DisplayText.Humanize(member);
    }

    /// <summary>
    /// The type of the property a flattened path names: <c>Schedule[1].Day</c> on a component form is
    /// <see cref="DayOfWeek"/>?; <c>Skills</c> is a list of skills. Null for a path the form does not have.
    /// </summary>
    private static Type? PropertyTypeAt(Type formType, string path)
    {
        Type? current = formType;
        foreach (var part in path.Split('.'))
        {
            if (current is null)
            {
                return null;
            }

            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? part : part[..bracket];
            var property = current.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
            current = property?.PropertyType;
            if (bracket >= 0 && current is not null)
            {
                current = ElementType(current);
            }
        }

        return current;
    }

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>) ? type.GetGenericArguments()[0] : null;
}
