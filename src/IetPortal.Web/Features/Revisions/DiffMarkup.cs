using Microsoft.AspNetCore.Html;

namespace IetPortal.Web.Features.Revisions;

/// <summary>
/// The markup of removed and added text: <c>&lt;del&gt;</c> and <c>&lt;ins&gt;</c> (struck through and underlined by
/// default) each with a visually hidden "[removed: …]" or "[added: …]", because screen readers do not announce the
/// elements themselves. Built in one piece, so the text keeps its own line breaks and gains none from the template.
/// </summary>
public static class DiffMarkup
{
    public static IHtmlContent Removed(string? text) => Wrap("del", "removed", text ?? "");

    public static IHtmlContent Added(string? text) => Wrap("ins", "added", text ?? "");

    /// <summary>A changed text with its removed and added words in place.</summary>
    public static IHtmlContent Inline(IReadOnlyList<TextSegment> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var content = new HtmlContentBuilder();
        content.AppendHtml("<span class=\"ietportal-text\">");
        foreach (var segment in segments)
        {
            content.AppendHtml(segment.Kind switch
            {
                TextSegmentKind.Removed => Removed(segment.Text),
                TextSegmentKind.Added => Added(segment.Text),
                _ => new HtmlString(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(segment.Text)),
            });
        }

        content.AppendHtml("</span>");
        return content;
    }

    private static HtmlContentBuilder Wrap(string element, string word, string text)
    {
        var content = new HtmlContentBuilder();
        content.AppendHtml($"<{element} class=\"ietportal-text\"><span class=\"usa-sr-only\">[{word}: </span>");
        content.Append(text);
        content.AppendHtml($"<span class=\"usa-sr-only\">]</span></{element}>");
        return content;
    }
}
