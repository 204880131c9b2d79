using System.Globalization;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace IetPortal.LoadDriver.Http;

/// <summary>A mistake of the driver or an answer of the app it cannot go on from (not a server failure).</summary>
internal sealed class DriverException(string message) : Exception(message);

/// <summary>An answer of the app: status, redirect target and body, parsed as HTML only when asked.</summary>
internal sealed class PortalResponse(string method, string path, int status, string? location, string body)
{
    private static readonly HtmlParser Parser = new();
    private IHtmlDocument? _document;

    public string Method { get; } = method;
    public string Path { get; } = path;
    public int Status { get; } = status;
    public string Body { get; } = body;

    /// <summary>The redirect target as a path (the app redirects to local paths, sometimes absolute URLs).</summary>
    public string? Location { get; } = location is null
        ? null
        : Uri.TryCreate(location, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery + absolute.Fragment : location;

    public bool IsRedirect => Status is 301 or 302 or 303 or 307 or 308;

    public IHtmlDocument Document => _document ??= Parser.ParseDocument(Body);

    /// <summary>The redirect target without its fragment (#checklist) or query.</summary>
    public string? LocationPath => Location?.Split('#', '?')[0];

    public void Expect(int status, string what)
    {
        if (Status != status)
        {
            throw new DriverException($"{Method} {Path} ({what}) answered {Status}, expected {status}{Describe()}");
        }
    }

    public void ExpectRedirect(string what)
    {
        if (!IsRedirect)
        {
            throw new DriverException($"{Method} {Path} ({what}) answered {Status}, expected a redirect{Describe()}");
        }
    }

    /// <summary>The form posting to <paramref name="action"/>.</summary>
    public IHtmlFormElement Form(string action) =>
        Document.Forms.FirstOrDefault(f => string.Equals(f.GetAttribute("action"), action, StringComparison.Ordinal))
        ?? throw new DriverException($"{Method} {Path} has no form posting to {action}");

    public IHtmlFormElement? FindForm(string action) =>
        Document.Forms.FirstOrDefault(f => string.Equals(f.GetAttribute("action"), action, StringComparison.Ordinal));

    /// <summary>The messages of the page's error summary (validation errors), empty when there is none.</summary>
    public IReadOnlyList<string> ErrorSummary() =>
        [.. Document.QuerySelectorAll("#error-summary li").Select(li => li.TextContent.Trim())];

    /// <summary>The status message shown at the top of the page (TempData "Status").</summary>
    public string StatusMessage() => Document.QuerySelector(".ietportal-status")?.TextContent.Trim() ?? "";

    /// <summary>A few words of an error page to say what went wrong (its heading and correlation id).</summary>
    public string ErrorPageHint()
    {
        var heading = Document.QuerySelector("h1")?.TextContent.Trim();
        var correlation = Document.QuerySelector("code")?.TextContent.Trim();
        return string.Join(", ", new[] { heading, correlation is null ? null : "correlation id " + correlation }.Where(s => !string.IsNullOrEmpty(s)));
    }

    /// <summary>The proposal id in a redirect like /proposals/42/edit/overview.</summary>
    public int ProposalIdInLocation()
    {
        var parts = (LocationPath ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts[0] is "proposals" or "review" && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new DriverException($"{Method} {Path} redirected to {Location}, which names no proposal");
    }

    private string Describe()
    {
        if (IsRedirect)
        {
            return $" (redirect to {Location})";
        }

        var errors = Status == 200 ? ErrorSummary() : [];
        return errors.Count > 0 ? $" (errors: {string.Join(" | ", errors)})" : Status >= 400 ? $" ({ErrorPageHint()})" : "";
    }
}
