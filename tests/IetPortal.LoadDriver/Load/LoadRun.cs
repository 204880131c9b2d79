using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using IetPortal.LoadDriver.Http;
using IetPortal.LoadDriver.Scenario;

namespace IetPortal.LoadDriver.Load;

internal sealed record LoadOptions(Uri BaseUrl, int Clients, TimeSpan Duration, int Seed, string? ReportPath);

/// <summary>
/// The load of tests/load.sh: college staff (three in four clients, both demo colleges) list, read, edit sections, check,
/// copy a complete proposal and submit it, and resubmit returned ones; reviewers (one in four) read the queue, claim,
/// open the review page, rate the checklist, comment, and return or approve. Every client has its own cookie jar and
/// signs in once with its college's demo account. Errors are transport failures, 5xx and any answer the step did not
/// expect; a colleague's conflicting save (409) or a claim another reviewer won are expected outcomes, counted apart.
/// </summary>
internal sealed partial class LoadRun(LoadOptions options)
{
    private static readonly string[] EditedSections =
        [Editor.Overview, Editor.Integration, Editor.Equity, Editor.LearningObjectives, Editor.AdultEducation];

    private readonly Metrics _metrics = new();
    private readonly Metrics _setupMetrics = new();
    private readonly Dictionary<DemoAccount, (int Id, string Title)> _templates = [];
    private readonly string _runId = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
    private int _approvals;
    private long _deadline;

    public async Task<int> RunAsync()
    {
        Console.WriteLine($"Load: {options.Clients} clients for {options.Duration.TotalSeconds:0} s against {options.BaseUrl}");
        await SetUpAsync();

        var reviewers = Math.Max(1, options.Clients / 4);
        var clients = Enumerable.Range(0, options.Clients).Select(i => i < reviewers
            ? (Account: DemoAccount.Reviewer, Name: $"reviewer-{i + 1}")
            : (Account: DemoAccount.Staff[i % 2], Name: $"staff-{DemoAccount.Staff[i % 2].CollegeCode.ToLowerInvariant()}-{i + 1}")).ToList();

        var started = Stopwatch.GetTimestamp();
        _deadline = started + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
        await Task.WhenAll(clients.Select((c, i) => Task.Run(() => RunClientAsync(c.Account, c.Name, options.Seed * 1000 + i))));
        var elapsed = Stopwatch.GetElapsedTime(started);

        var report = _metrics.Report(elapsed);
        Console.WriteLine();
        Console.WriteLine(report);
        if (options.ReportPath is { } path)
        {
            await File.WriteAllTextAsync(path, report);
        }

        var failed = _metrics.ErrorCount > 0 || _metrics.ServerErrorCount > 0;
        Console.WriteLine(failed
            ? $"LOAD FAILED: {_metrics.ErrorCount} errors, {_metrics.ServerErrorCount} responses 5xx"
            : "LOAD PASSED: no errors, no 5xx");
        return failed ? 1 : 0;
    }

    private bool TimeLeft => Stopwatch.GetTimestamp() < _deadline;

    /// <summary>One complete proposal per college, written through the editor, that staff clients copy and submit.</summary>
    private async Task SetUpAsync()
    {
        await Task.WhenAll(DemoAccount.Staff.Select(async account =>
        {
            using var client = new PortalClient(options.BaseUrl, _setupMetrics, "setup-" + account.CollegeCode);
            await client.SignInAsync(account, CancellationToken.None);
            var title = $"Load template {account.CollegeCode} {_runId}";
            var id = await ProposalActions.PostNewAsync(client, await ProposalActions.PrepareNewAsync(client, title, default), default);
            foreach (var step in CompleteProposal.Steps(account))
            {
                await Editor.SaveAsync(client, id, step.Slug, step.Fill, default);
            }

            var check = await client.GetAsync("check", $"/proposals/{id}/check", default);
            check.Expect(200, "check page of the template");
            lock (_templates)
            {
                _templates[account] = (id, title);
            }
        }));
        Console.WriteLine($"Set up: complete proposals {string.Join(", ", _templates.Select(t => $"{t.Key.CollegeCode} #{t.Value.Id}"))}");
    }

    private async Task RunClientAsync(DemoAccount account, string name, int seed)
    {
        var random = new Random(seed);
        using var client = new PortalClient(options.BaseUrl, _metrics, name);
        try
        {
            await client.SignInAsync(account, default);
        }
        catch (Exception e) when (e is DriverException or TransportException)
        {
            _metrics.Error("sign in", $"{name}: {e.Message}");
            return;
        }

        var staff = account == DemoAccount.Reviewer ? null : new StaffState(account);
        while (TimeLeft)
        {
            try
            {
                if (staff is null)
                {
                    await ReviewerStepAsync(client, random);
                }
                else
                {
                    await StaffStepAsync(client, staff, random);
                }
            }
            catch (DriverException e)
            {
                _metrics.Error("scenario", $"{name}: {e.Message}");
            }
            catch (TransportException)
            {
                // Already recorded as an error; carry on with the next step.
            }
        }
    }

    private sealed class StaffState(DemoAccount account)
    {
        public DemoAccount Account { get; } = account;
        public List<int> Drafts { get; } = [];
        public List<int> Seen { get; } = [];
        public int Edits { get; set; }
    }

    private async Task StaffStepAsync(PortalClient client, StaffState me, Random random)
    {
        if (me.Drafts.Count == 0)
        {
            await CopyTemplateAsync(client, me);
            return;
        }

        var roll = random.Next(100);
        var draft = me.Drafts[random.Next(me.Drafts.Count)];
        switch (roll)
        {
            case < 15:
                await ListAsync(client, me, random);
                break;
            case < 30:
                await ReadAsync(client, me, random, draft);
                break;
            case < 70:
                await EditAsync(client, me, random, draft);
                break;
            case < 80:
                (await client.GetAsync("check", $"/proposals/{draft}/check", default)).Expect(200, "check page");
                break;
            case < 90:
                await SubmitAsync(client, me, draft);
                break;
            case < 95:
                await ResubmitReturnedAsync(client, random);
                break;
            default:
                if (me.Drafts.Count < 3)
                {
                    await CopyTemplateAsync(client, me);
                }
                else
                {
                    await ListAsync(client, me, random);
                }

                break;
        }
    }

    private static async Task ListAsync(PortalClient client, StaffState me, Random random)
    {
        var query = random.Next(4) switch
        {
            0 => "",
            1 => "?status=Draft",
            2 => "?q=cohort",
            _ => "?page=2",
        };
        var page = await client.GetAsync("list", "/proposals" + query, default);
        page.Expect(200, "proposal list");
        foreach (var id in ProposalLinks(page).Where(id => !me.Seen.Contains(id)))
        {
            me.Seen.Add(id);
        }
    }

    /// <summary>The read view of one of the client's drafts, or of another proposal of its college seen in a list.</summary>
    private static async Task ReadAsync(PortalClient client, StaffState me, Random random, int draft)
    {
        var id = me.Seen.Count > 0 && random.Next(2) == 0 ? me.Seen[random.Next(me.Seen.Count)] : draft;
        var response = await client.GetAsync("read view", $"/proposals/{id}", default);
        response.Expect(200, "read view");
    }

    private async Task EditAsync(PortalClient client, StaffState me, Random random, int draft)
    {
        var slug = EditedSections[random.Next(EditedSections.Length)];
        var marker = $"{client.Name} edit {++me.Edits}";
        var save = await Editor.PrepareAsync(client, draft, slug, (form, _) => ChangeSection(form, slug, marker, random), default);
        if (save is null)
        {
            me.Drafts.Remove(draft);
            _metrics.Outcome("editor page", "not editable any more");
            return;
        }

        var result = await Editor.PostAsync(client, save, default);
        switch (result)
        {
            case SaveResult.Conflict:
                _metrics.Outcome("section save", "conflict (409)");
                break;
            case SaveResult.ReadOnly:
                me.Drafts.Remove(draft);
                _metrics.Outcome("section save", "not editable any more");
                break;
        }
    }

    /// <summary>A realistic edit that keeps a complete proposal complete: one text changed, or the objectives rewritten.</summary>
    private static void ChangeSection(FormValues form, string slug, string marker, Random random)
    {
        switch (slug)
        {
            case Editor.Overview:
                form.Set("Form.Summary", $"A 16-week hybrid cohort preparing English language learners for the Nurse Aide Registry ({marker}).");
                break;
            case Editor.Integration:
                form.Set("Form.IntegrationDescription", $"Every clinical skill is taught with its language and its employability habit in the same week ({marker}).");
                break;
            case Editor.Equity:
                form.Set("Form.RecruitmentStrategies", $"Multilingual flyers and referrals from resettlement agencies ({marker}).");
                break;
            case Editor.LearningObjectives:
                CompleteProposal.Objectives(form, 1 + random.Next(3), marker);
                break;
            default:
                form.Set("Form.Contextualization", $"Reading care plans, charting vocabulary and resident communication role-plays ({marker}).");
                break;
        }
    }

    private async Task CopyTemplateAsync(PortalClient client, StaffState me)
    {
        var (id, title) = _templates[me.Account];
        var copy = await ProposalActions.PostCopyAsync(client, await ProposalActions.PrepareCopyAsync(client, id, title, default), default);
        me.Drafts.Add(copy);

        // The new cohort gets its own name, as a college renames "Copy of ..." (and the copy stops matching the template's search).
        await Editor.SaveAsync(client, copy, Editor.Overview, (form, _) => form.Set("Form.Title", $"CNA cohort {client.Name} #{++me.Edits}"), default);
    }

    private async Task SubmitAsync(PortalClient client, StaffState me, int draft)
    {
        (await client.GetAsync("check", $"/proposals/{draft}/check", default)).Expect(200, "check page");
        var post = await ProposalActions.PrepareSubmitAsync(client, draft, default);
        if (post is null)
        {
            me.Drafts.Remove(draft);
            _metrics.Outcome("submit page", "not submittable any more");
            return;
        }

        if (await ProposalActions.PostSubmitAsync(client, post, draft, default))
        {
            me.Drafts.Remove(draft);
        }
        else
        {
            throw new DriverException($"{client.Name}: submitting the complete proposal {draft} was refused");
        }
    }

    private async Task ResubmitReturnedAsync(PortalClient client, Random random)
    {
        var list = await client.GetAsync("list", "/proposals?status=Returned", default);
        list.Expect(200, "list of returned proposals");
        var returned = ProposalLinks(list).ToList();
        if (returned.Count == 0)
        {
            return;
        }

        var id = returned[random.Next(returned.Count)];
        var post = await ProposalActions.PrepareSubmitAsync(client, id, default);
        if (post is null)
        {
            _metrics.Outcome("submit page", "resubmitted by a colleague first");
            return;
        }

        if (!await ProposalActions.PostSubmitAsync(client, post, id, default))
        {
            // A colleague resubmitted or edited it at the same moment: the app says so and asks to confirm again.
            _metrics.Outcome("submit", "changed by a colleague meanwhile");
        }
    }

    private async Task ReviewerStepAsync(PortalClient client, Random random)
    {
        if (random.Next(100) < 30)
        {
            // The unassigned queue; claim one of its proposals about every other visit.
            var queue = await client.GetAsync("review queue", "/review", default);
            queue.Expect(200, "review queue");
            var claimable = queue.Document.Forms
                .Select(f => f.GetAttribute("action") ?? "")
                .Where(a => ClaimAction().IsMatch(a))
                .ToList();
            if (claimable.Count > 0 && random.Next(2) == 0)
            {
                var action = claimable[random.Next(claimable.Count)];
                var response = await client.PostAsync("claim", action, FormValues.Of(queue.Form(action)), default);
                response.ExpectRedirect("claim");
            }

            return;
        }

        var mine = await client.GetAsync("review queue (mine)", "/review?tab=mine&status=InReview", default);
        mine.Expect(200, "my review queue");
        var inReview = ReviewLinks(mine).ToList();
        if (inReview.Count == 0)
        {
            return;
        }

        var id = inReview[random.Next(inReview.Count)];
        var page = await client.GetAsync("review page", $"/review/{id}", default);
        page.Expect(200, "review page");
        if (page.FindForm($"/review/{id}/ratings") is not { } ratingsForm)
        {
            // Decided by another of the reviewer's tabs a moment ago.
            _metrics.Outcome("review page", "decided meanwhile");
            return;
        }

        var ratings = FormValues.Of(ratingsForm);
        var criteria = ratings.Names.Where(n => n.EndsWith(".Criterion", StringComparison.Ordinal)).ToList();
        var rated = criteria.All(c => ratings.Get(c[..^".Criterion".Length] + ".Rating") is { Length: > 0 });
        var roll = random.Next(100);
        if (!rated && roll < 70)
        {
            foreach (var row in criteria)
            {
                ratings.Set(row[..^".Criterion".Length] + ".Rating", "Meets");
            }

            var saved = await client.PostAsync("ratings", $"/review/{id}/ratings", ratings, default);
            ExpectRedirectOrPageAgain(saved, "ratings", "saved from another tab meanwhile");
        }
        else if (roll < 85)
        {
            // A required change for the college, then (about every other time) the return that releases it.
            var comment = FormValues.Of(page.Form($"/review/{id}/comments"))
                .Set("Comment.Section", "Overview")
                .Set("Comment.Body", $"Please state the clinical site's capacity ({client.Name}).")
                .Set("Comment.Visibility", "ForCollege")
                .Set("Comment.IsRequiredChange", "true");
            var added = await client.PostAsync("comment", $"/review/{id}/comments", comment, default);
            ExpectRedirectOrRefused(added, "comment");
            if (random.Next(2) == 0 && page.FindForm($"/review/{id}/return") is { } returnForm)
            {
                var returned = await client.PostAsync("return", $"/review/{id}/return",
                    FormValues.Of(returnForm).Set("Return.Summary", "Please address the required change."), default);
                ExpectRedirectOrPageAgain(returned, "return", "refused on the page");
            }
        }
        else
        {
            var approvePage = await client.GetAsync("approve page", $"/review/{id}/approve", default);
            if (approvePage.IsRedirect)
            {
                _metrics.Outcome("approve page", "decided meanwhile");
                return;
            }

            approvePage.Expect(200, "approve page");
            var number = $"IET-LOAD-{_runId}-{Interlocked.Increment(ref _approvals)}";
            var approve = FormValues.Of(approvePage.Form($"/review/{id}/approve"))
                .Set("Approve.ApprovalNumber", number)
                .Set("Approve.EffectiveFrom", "2027-01-01")
                .Set("Approve.EffectiveTo", "2029-12-31");
            var approved = await client.PostAsync("approve", $"/review/{id}/approve", approve, default);
            ExpectRedirectOrPageAgain(approved, "approve", "checklist not complete yet");
        }
    }

    /// <summary>A redirect (the comment list, or the review page with the reason when the proposal was decided meanwhile).</summary>
    private void ExpectRedirectOrRefused(PortalResponse response, string kind)
    {
        response.ExpectRedirect(kind);
        if (response.LocationPath is { } path && !path.StartsWith("/review/", StringComparison.Ordinal))
        {
            _metrics.Outcome(kind, "refused: " + path);
        }
    }

    /// <summary>A redirect, or the same page again with a message (an expected refusal, counted as an outcome).</summary>
    private void ExpectRedirectOrPageAgain(PortalResponse response, string kind, string outcome)
    {
        if (response.IsRedirect)
        {
            return;
        }

        if (response.Status == 200 && response.ErrorSummary().Count > 0)
        {
            _metrics.Outcome(kind, outcome);
            return;
        }

        response.ExpectRedirect(kind);
    }

    private static IEnumerable<int> ProposalLinks(PortalResponse page) => Links(page, ProposalLink());

    private static IEnumerable<int> ReviewLinks(PortalResponse page) => Links(page, ReviewLink());

    private static IEnumerable<int> Links(PortalResponse page, Regex pattern) =>
        page.Document.QuerySelectorAll("a[href]")
            .Select(a => pattern.Match(a.GetAttribute("href") ?? ""))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .Distinct();

    [GeneratedRegex(@"^/proposals/(\d+)$")]
    private static partial Regex ProposalLink();

    [GeneratedRegex(@"^/review/(\d+)$")]
    private static partial Regex ReviewLink();

    [GeneratedRegex(@"^/review/\d+/claim$")]
    private static partial Regex ClaimAction();
}
