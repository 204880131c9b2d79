using AngleSharp.Html.Dom;
using IetPortal.Web.Tests.Infrastructure;

namespace IetPortal.Web.Tests.Compliance;

/// <summary>What the compliance tests share: a signed-in staff member of MATC and a check that a Fix link lands on an element.</summary>
internal static class ComplianceWebTests
{
    public static async Task<AppClient> StaffClientAsync(IetPortalFactory app)
    {
        var client = app.CreateAppClient();
        await client.SignInAsync(await app.CreateStaffAsync("MATC"));
        return client;
    }

    /// <summary>Loads the page of a Fix link and returns the element its fragment names (null when there is none).</summary>
    public static async Task<AngleSharp.Dom.IElement?> TargetOfAsync(AppClient client, string href, Dictionary<string, IHtmlDocument>? pages = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(href);
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        Assert.True(hash > 0, $"{href} names no element");
        var path = href[..hash];
        if (pages is null || !pages.TryGetValue(path, out var page))
        {
            page = await client.GetDocumentAsync(path);
            pages?.Add(path, page);
        }

        return page.GetElementById(href[(hash + 1)..]);
    }
}
