using System.Globalization;
using System.Text;

namespace IetPortal.Web.Features.Catalog;

/// <summary>Plain-language labels for the codes of the public records, as learners and advisors read them.</summary>
public static class CatalogText
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["InPerson"] = "In person",
        ["Hybrid"] = "Hybrid (in person and online)",
        ["Online"] = "Online",
        ["EnglishLanguage"] = "English language",
        ["AdultEducation"] = "Adult education",
        ["WorkplaceAdultEducationAndLiteracy"] = "Workplace adult education and literacy",
        ["EnglishLanguageAcquisition"] = "English language acquisition",
        ["IntegratedEnglishLiteracyAndCivicsEducation"] = "Integrated English literacy and civics education",
        ["TransitionToPostsecondaryOrEmployment"] = "Transition to college or employment",
        ["WtcsTechnicalDiploma"] = "WTCS technical diploma",
        ["WtcsTechnicalCertificate"] = "WTCS technical certificate",
        ["WtcsAssociateDegree"] = "WTCS associate degree",
        ["CaseManagement"] = "Case management",
        ["FinancialAssistance"] = "Financial assistance",
        ["Technology"] = "Technology (devices, internet)",
        ["CoPlanning"] = "Co-planning",
        ["OnTheJobTraining"] = "On-the-job training",
    };

    /// <summary>"OccupationalSkillsTraining" becomes "Occupational skills training", with a few words spelled out.</summary>
    public static string Label(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return "";
        }

        if (Labels.TryGetValue(code, out var label))
        {
            return label;
        }

        var text = new StringBuilder(code.Length + 8);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (i > 0 && char.IsUpper(c) && !char.IsUpper(code[i - 1]))
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

    public static string LabelList(IEnumerable<string> codes) => string.Join(", ", codes.Select(Label));

    public static string Hours(decimal? hours) => hours is { } value ? value.ToString("0.##", English) + (value == 1 ? " hour" : " hours") : "Not stated";

    public static string Dates(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        (null, null) => "Dates not set yet",
        ({ } from, null) => $"From {Shared.DisplayText.Date(from)}",
        (null, { } to) => $"Until {Shared.DisplayText.Date(to)}",
        ({ } from, { } to) => $"{Shared.DisplayText.Date(from)} to {Shared.DisplayText.Date(to)}",
    };

    /// <summary>"from Jul 1, 2027 to Jun 30, 2030", for a sentence.</summary>
    public static string Period(DateOnly? start, DateOnly? end) => (start, end) switch
    {
        ({ } from, { } to) => $"from {Shared.DisplayText.Date(from)} to {Shared.DisplayText.Date(to)}",
        ({ } from, null) => $"from {Shared.DisplayText.Date(from)}",
        (null, { } to) => $"until {Shared.DisplayText.Date(to)}",
        _ => "",
    };

    public static string Time(TimeOnly time) => time.ToString("h:mm tt", English);

    public static string Occupation(ProgramOccupation? occupation) => occupation is null
        ? "Not stated"
        : string.IsNullOrWhiteSpace(occupation.Title) ? $"SOC {occupation.SocCode}" : $"{occupation.Title} (SOC {occupation.SocCode})";

    public static string Area(ProgramWorkforceArea area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return $"WDA {area.Number.ToString(English)}: {area.Name}";
    }
}
