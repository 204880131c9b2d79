using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using IetPortal.LoadDriver.Http;

namespace IetPortal.LoadDriver.Scenario;

/// <summary>What the app answered to a section save.</summary>
internal enum SaveResult
{
    /// <summary>Redirect back to the section: saved (the app's acknowledgement).</summary>
    Saved,

    /// <summary>409: a colleague saved the same section since the form was loaded; nothing was saved.</summary>
    Conflict,

    /// <summary>Redirect to the read view: the proposal is no longer editable (submitted or withdrawn).</summary>
    ReadOnly,
}

/// <summary>A section form loaded and filled in, ready to post: what a browser holds before the user presses Save.</summary>
internal sealed record PreparedSave(int ProposalId, string Slug, FormValues Values)
{
    public string Action => $"/proposals/{ProposalId}/edit/{Slug}";
}

/// <summary>The proposal editor, as a browser uses it: load the section page, change fields, post with the version field.</summary>
internal static class Editor
{
    public const string Overview = "overview";
    public const string Pathway = "pathway";
    public const string AdultEducation = "adult-education";
    public const string WorkforcePreparation = "workforce-preparation";
    public const string WorkforceTraining = "workforce-training";
    public const string Integration = "integration";
    public const string LearningObjectives = "learning-objectives";
    public const string Materials = "materials";
    public const string Equity = "equity";
    public const string Partners = "partners";

    /// <summary>Loads the section; null when the proposal is not editable (the app redirects to its read view).</summary>
    public static async Task<PreparedSave?> PrepareAsync(
        PortalClient client, int proposalId, string slug, Action<FormValues, IHtmlDocument> change, CancellationToken ct)
    {
        var path = $"/proposals/{proposalId}/edit/{slug}";
        var page = await client.GetAsync("editor page", path, ct);
        if (page.IsRedirect && page.LocationPath == $"/proposals/{proposalId}")
        {
            return null;
        }

        page.Expect(200, "editor page");
        var values = FormValues.Of(page.Form(path));
        change(values, page.Document);
        return new PreparedSave(proposalId, slug, values);
    }

    public static async Task<SaveResult> PostAsync(PortalClient client, PreparedSave save, CancellationToken ct)
    {
        var response = await client.PostAsync("section save", save.Action, save.Values, ct);
        if (response.IsRedirect && response.LocationPath == save.Action)
        {
            return SaveResult.Saved;
        }

        if (response.Status == 409)
        {
            return SaveResult.Conflict;
        }

        if (response.IsRedirect && response.LocationPath == $"/proposals/{save.ProposalId}")
        {
            return SaveResult.ReadOnly;
        }

        response.ExpectRedirect($"save of {save.Slug}");
        throw new DriverException($"save of {save.Slug} redirected to {response.Location}");
    }

    /// <summary>Load, change, save; throws unless saved.</summary>
    public static async Task SaveAsync(PortalClient client, int proposalId, string slug, Action<FormValues, IHtmlDocument> change, CancellationToken ct)
    {
        var save = await PrepareAsync(client, proposalId, slug, change, ct)
            ?? throw new DriverException($"proposal {proposalId} is not editable");
        var result = await PostAsync(client, save, ct);
        if (result != SaveResult.Saved)
        {
            throw new DriverException($"save of {slug} of proposal {proposalId}: {result}");
        }
    }

    /// <summary>The value of the option of a select whose text starts with <paramref name="text"/>.</summary>
    public static string OptionValue(IHtmlDocument page, string selectName, string text) =>
        page.QuerySelectorAll<IHtmlSelectElement>($"select[name='{selectName}']")
            .SelectMany(s => s.Options)
            .FirstOrDefault(o => o.Text.Trim().StartsWith(text, StringComparison.Ordinal))?.Value
        ?? throw new DriverException($"no option \"{text}\" in {selectName}");

    /// <summary>The value of the checkbox whose label starts with <paramref name="label"/>.</summary>
    public static string CheckboxValue(IHtmlDocument page, string name, string label)
    {
        foreach (var box in page.QuerySelectorAll<IHtmlInputElement>($"input[name='{name}']"))
        {
            var text = page.QuerySelector($"label[for='{box.Id}']")?.TextContent.Trim() ?? "";
            if (text.StartsWith(label, StringComparison.Ordinal))
            {
                return box.Value;
            }
        }

        throw new DriverException($"no checkbox \"{label}\" in {name}");
    }

    /// <summary>The values of all checkboxes of a field.</summary>
    public static IReadOnlyList<string> CheckboxValues(IHtmlDocument page, string name) =>
        [.. page.QuerySelectorAll<IHtmlInputElement>($"input[name='{name}']").Select(b => b.Value)];
}
