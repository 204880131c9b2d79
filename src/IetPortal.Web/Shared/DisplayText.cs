using System.Globalization;
using System.Text;

namespace IetPortal.Web.Shared;

/// <summary>Readable text for enum values and dates shown on pages.</summary>
public static class DisplayText
{
    /// <summary>"InReview" becomes "In review".</summary>
    public static string Humanize(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(name[i - 1]))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    public static string Role(string role) => role switch
    {
        IetPortal.Domain.Common.RoleNames.CollegeStaff => "College staff",
        IetPortal.Domain.Common.RoleNames.StateReviewer => "State reviewers",
        IetPortal.Domain.Common.RoleNames.Administrator => "Administrators",
        _ => role,
    };

    public static string Date(DateTime? utc) =>
        utc is { } value ? value.ToString("MMM d, yyyy", CultureInfo.GetCultureInfo("en-US")) : "";

    public static string Date(DateOnly? date) =>
        date is { } value ? value.ToString("MMM d, yyyy", CultureInfo.GetCultureInfo("en-US")) : "";
}
