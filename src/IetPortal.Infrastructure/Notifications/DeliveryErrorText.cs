using System.Text.RegularExpressions;

namespace IetPortal.Infrastructure.Notifications;

/// <summary>
/// The short, single-line description of a delivery failure that is stored in <c>LastError</c> and logged. Mail
/// server replies often quote the recipient, so addresses are masked; credentials never appear in MailKit's
/// exception messages, and the stack trace (which can hold anything) is left out.
/// </summary>
internal static partial class DeliveryErrorText
{
    public const int MaxLength = 1_000;

    public static string Describe(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var text = $"{exception.GetType().Name}: {exception.Message}";
        if (exception.InnerException is { } inner)
        {
            text += $" ({inner.GetType().Name}: {inner.Message})";
        }

        return Truncate(MaskAddresses(Whitespace().Replace(text, " ").Trim()), MaxLength);
    }

    public static string Truncate(string text, int maxLength) =>
        text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "…");

    /// <summary><c>jane.doe@college.edu</c> becomes <c>j***@college.edu</c>: enough to tell recipients apart.</summary>
    public static string MaskAddresses(string text) =>
        Address().Replace(text, m => $"{m.Groups["first"].Value}***@{m.Groups["domain"].Value}");

    [GeneratedRegex(@"(?<first>[A-Za-z0-9!#$%&'*+/=?^_`{|}~-])[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]*@(?<domain>[A-Za-z0-9.-]+)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Address();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();
}
