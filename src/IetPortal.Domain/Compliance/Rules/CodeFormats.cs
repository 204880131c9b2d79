using System.Text.RegularExpressions;

namespace IetPortal.Domain.Compliance.Rules;

/// <summary>
/// The shapes of the codes a proposal carries, and the course titles that mark a general course. Digits are ASCII
/// and <c>\z</c> ends the match so a trailing line break is not accepted.
/// </summary>
internal static partial class CodeFormats
{
    /// <summary>CIP code, e.g. 51.3902 (Nursing Assistant/Aide).</summary>
    [GeneratedRegex(@"^[0-9]{2}\.[0-9]{4}\z", RegexOptions.CultureInvariant)]
    public static partial Regex CipCode();

    /// <summary>SOC code, e.g. 31-1131 (Nursing Assistants); the O*NET suffix .00 is not part of it.</summary>
    [GeneratedRegex(@"^[0-9]{2}-[0-9]{4}\z", RegexOptions.CultureInvariant)]
    public static partial Regex SocCode();

    /// <summary>WTCS program number: aid code, program, suffix, e.g. 30-543-1.</summary>
    [GeneratedRegex(@"^[0-9]{2}-[0-9]{3}-[0-9]{1,2}\z", RegexOptions.CultureInvariant)]
    public static partial Regex WtcsProgramNumber();

    /// <summary>
    /// Titles of general courses that count as workforce preparation, not training for a specific occupation
    /// (state practice under WIOA sec. 134(c)(3)(D): computer basics, keyboarding, Microsoft Office, financial
    /// literacy, First Aid/CPR, OSHA 10 or career readiness).
    /// </summary>
    [GeneratedRegex(
        @"\b(?:OSHA[ -]?(?:10|30)|CPR|first[ -]aid|computer basics|basic computer skills|digital literacy|keyboarding|employability|soft skills|Microsoft Office|financial literacy|career readiness|job readiness|work readiness)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex GeneralCourseTitle();
}
