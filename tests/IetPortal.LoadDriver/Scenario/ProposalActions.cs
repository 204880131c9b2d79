using IetPortal.LoadDriver.Http;

namespace IetPortal.LoadDriver.Scenario;

/// <summary>A form loaded and filled in, ready to post (so a caller can record that it is about to send it).</summary>
internal sealed record PreparedPost(string Kind, string Action, FormValues Values);

/// <summary>
/// The college's proposal actions as a browser performs them: start a proposal, copy one from the list, submit from the
/// confirmation page, withdraw from its confirmation page. Each is prepared (page loaded, form filled) and posted
/// separately; the post's answer says whether the app acknowledged it.
/// </summary>
internal static class ProposalActions
{
    public static async Task<PreparedPost> PrepareNewAsync(PortalClient client, string title, CancellationToken ct)
    {
        var page = await client.GetAsync("new proposal page", "/proposals/new", ct);
        page.Expect(200, "new proposal page");
        return new("new proposal", "/proposals/new", FormValues.Of(page.Form("/proposals/new")).Set("Title", title));
    }

    /// <summary>The new proposal's id: the app answers a start with a redirect to its overview.</summary>
    public static async Task<int> PostNewAsync(PortalClient client, PreparedPost post, CancellationToken ct)
    {
        var response = await client.PostAsync(post.Kind, post.Action, post.Values, ct);
        response.ExpectRedirect("start a proposal");
        return response.ProposalIdInLocation();
    }

    /// <summary>
    /// Finds the draft in the list by searching its title (its copies match too, so it may be on a later page), and
    /// takes the row's Copy form.
    /// </summary>
    public static async Task<PreparedPost> PrepareCopyAsync(PortalClient client, int sourceId, string title, CancellationToken ct)
    {
        var action = $"/proposals/{sourceId}/copy";
        for (var number = 1; number <= 20; number++)
        {
            var page = await client.GetAsync("list", $"/proposals?status=Draft&q={Uri.EscapeDataString(title)}&page={number}", ct);
            page.Expect(200, "proposal list");
            if (page.FindForm(action) is { } form)
            {
                return new("copy", action, FormValues.Of(form));
            }

            if (page.Document.QuerySelectorAll("form[action$='/copy']").Length < 20)
            {
                break;
            }
        }

        throw new DriverException($"proposal {sourceId} \"{title}\" is not in the list of drafts");
    }

    public static async Task<int> PostCopyAsync(PortalClient client, PreparedPost post, CancellationToken ct)
    {
        var response = await client.PostAsync(post.Kind, post.Action, post.Values, ct);
        response.ExpectRedirect("copy a proposal");
        if (response.LocationPath?.EndsWith("/edit/overview", StringComparison.Ordinal) != true)
        {
            throw new DriverException($"copy redirected to {response.Location}, not to the new draft's overview");
        }

        return response.ProposalIdInLocation();
    }

    /// <summary>
    /// The submission's confirmation page, confirmed, with a note for any warning; null when the app refuses to show it
    /// (the proposal is not a draft or returned proposal any more).
    /// </summary>
    public static async Task<PreparedPost?> PrepareSubmitAsync(PortalClient client, int id, CancellationToken ct)
    {
        var path = $"/proposals/{id}/submit";
        var page = await client.GetAsync("submit page", path, ct);
        if (page.IsRedirect)
        {
            return null;
        }

        page.Expect(200, "submit page");
        var values = FormValues.Of(page.Form(path));
        foreach (var name in values.Names.Where(n => n.EndsWith(".RuleId", StringComparison.Ordinal)).ToList())
        {
            values.Set(name[..^".RuleId".Length] + ".Note", "Known and accepted for this cohort (load driver).");
        }

        values.Set("Form.Confirmed", "true").Set("Form.Command", "submit");
        return new("submit", path, values);
    }

    /// <summary>True when submitted: the app redirects to the read view, whose status message says it was sent.</summary>
    public static async Task<bool> PostSubmitAsync(PortalClient client, PreparedPost post, int id, CancellationToken ct)
    {
        var response = await client.PostAsync(post.Kind, post.Action, post.Values, ct);
        if (response.Status == 200)
        {
            // The confirmation page again: a colleague changed the proposal after it was opened, or a check failed.
            return false;
        }

        response.ExpectRedirect("submit");
        if (response.LocationPath != $"/proposals/{id}")
        {
            throw new DriverException($"submit redirected to {response.Location}");
        }

        var view = await client.GetAsync("read view", $"/proposals/{id}", ct);
        view.Expect(200, "read view after submit");
        return view.StatusMessage().Contains("was sent to the WTCS System Office", StringComparison.Ordinal);
    }

    /// <summary>The withdrawal confirmation with a reason; null when the app refuses it (not withdrawable now).</summary>
    public static async Task<PreparedPost?> PrepareWithdrawAsync(PortalClient client, int id, string reason, CancellationToken ct)
    {
        var path = $"/proposals/{id}/withdraw";
        var page = await client.GetAsync("withdraw page", path, ct);
        if (page.IsRedirect)
        {
            return null;
        }

        page.Expect(200, "withdraw page");
        return new("withdraw", path, FormValues.Of(page.Form(path)).Set("Form.Reason", reason));
    }

    /// <summary>Posts the withdrawal; the app acknowledges with a redirect to the read view.</summary>
    public static async Task PostWithdrawAsync(PortalClient client, PreparedPost post, int id, CancellationToken ct)
    {
        var response = await client.PostAsync(post.Kind, post.Action, post.Values, ct);
        response.ExpectRedirect("withdraw");
        if (response.LocationPath != $"/proposals/{id}")
        {
            throw new DriverException($"withdraw redirected to {response.Location}");
        }
    }
}
