using System.Diagnostics;
using IetPortal.Domain.Proposals;
using IetPortal.LoadDriver.Http;
using IetPortal.LoadDriver.Scenario;

namespace IetPortal.LoadDriver.Durability;

internal sealed record DurabilityLoadOptions(
    Uri BaseUrl, string JournalPath, string ReadyPath, int Clients, TimeSpan MaxDuration, int Seed, string Label);

/// <summary>
/// The write load of tests/durability.sh, run until the script kills the server. Each client (half on each demo
/// college) owns one main proposal whose overview and learning objectives only it saves, and saves the adult
/// education, integration and equity sections of a colleague's main proposal; between saves it starts proposals,
/// withdraws them, copies its main proposal, and copies a complete proposal and submits it. Every request that changes
/// data is written to the journal before it is sent (in flight) and marked acknowledged or refused when the answer
/// comes. A client stops at its first transport failure (the server is gone), so at most one of its requests is in
/// flight, and it is its last.
/// </summary>
internal sealed class DurabilityLoad(DurabilityLoadOptions options)
{
    private readonly Journal _journal = new() { Label = options.Label };
    private readonly Metrics _metrics = new();
    private readonly Dictionary<DemoAccount, JournalProposal> _templates = [];
    private readonly List<ClientState> _clients = [];
    private volatile bool _serverGone;

    public async Task<int> RunAsync()
    {
        for (var i = 0; i < options.Clients; i++)
        {
            var account = DemoAccount.Staff[i % 2];
            _clients.Add(new ClientState($"c{i}", account, new PortalClient(options.BaseUrl, _metrics, $"c{i}")));
        }

        try
        {
            await SetUpAsync();
            await File.WriteAllTextAsync(options.ReadyPath, "ready\n");
            Console.WriteLine($"[{options.Label}] {_clients.Count} clients writing; waiting for the server to be killed");

            var deadline = Stopwatch.GetTimestamp() + (long)(options.MaxDuration.TotalSeconds * Stopwatch.Frequency);
            await Task.WhenAll(_clients.Select((c, i) => Task.Run(() => RunClientAsync(c, new Random(options.Seed * 1000 + i), deadline))));
        }
        finally
        {
            await _journal.WriteAsync(options.JournalPath);
            foreach (var client in _clients)
            {
                client.Http.Dispose();
            }
        }

        var saves = _journal.Saves.GroupBy(s => s.Outcome).ToDictionary(g => g.Key, g => g.Count());
        var actions = _journal.Actions.GroupBy(a => a.Outcome).ToDictionary(g => g.Key, g => g.Count());
        Console.WriteLine($"[{options.Label}] journal: {_journal.Saves.Count} saves (acknowledged {saves.GetValueOrDefault(Outcome.Acknowledged)}, " +
            $"refused {saves.GetValueOrDefault(Outcome.Refused)}, in flight {saves.GetValueOrDefault(Outcome.InFlight)}); " +
            $"{_journal.Actions.Count} state changes (acknowledged {actions.GetValueOrDefault(Outcome.Acknowledged)}, in flight {actions.GetValueOrDefault(Outcome.InFlight)}); " +
            $"{_metrics.RequestCount} requests; {_journal.Errors.Count} unexpected answers");
        if (!_serverGone)
        {
            Console.WriteLine($"[{options.Label}] note: the server was never killed (stopped after {options.MaxDuration.TotalSeconds:0} s)");
        }

        return 0;
    }

    private sealed class ClientState(string name, DemoAccount account, PortalClient http)
    {
        public string Name { get; } = name;
        public DemoAccount Account { get; } = account;
        public PortalClient Http { get; } = http;
        public JournalProposal? Main { get; set; }
        public JournalProposal? PartnerMain { get; set; }
        public List<int> Drafts { get; } = [];
        public int Sequence { get; set; }

        /// <summary>The last acknowledged values of this client's own sections, by proposal and section.</summary>
        public Dictionary<(int, string), Dictionary<string, string>> Acknowledged { get; } = [];
    }

    /// <summary>Sign in; one complete proposal per college (to copy and submit); every client's main proposal.</summary>
    private async Task SetUpAsync()
    {
        foreach (var client in _clients)
        {
            await client.Http.SignInAsync(client.Account, default);
        }

        foreach (var client in _clients.Take(2))
        {
            var template = await StartAsync(client, "template", $"Durability template {options.Label} {client.Account.CollegeCode}");
            foreach (var step in CompleteProposal.Steps(client.Account))
            {
                var save = await Editor.PrepareAsync(client.Http, template.Id, step.Slug, step.Fill, default)
                    ?? throw new DriverException("the template is not editable");
                var entry = new JournalSave { Client = client.Name, ProposalId = template.Id, Section = step.Slug, Outcome = Outcome.InFlight };
                _journal.Add(entry);
                entry.Outcome = await Editor.PostAsync(client.Http, save, default) == SaveResult.Saved
                    ? Outcome.Acknowledged
                    : throw new DriverException($"saving {step.Slug} of the template was refused");
            }

            _templates[client.Account] = template;
        }

        foreach (var client in _clients)
        {
            client.Main = await StartAsync(client, "main", $"Durability {options.Label} {client.Name} main");
        }

        for (var i = 0; i < _clients.Count; i++)
        {
            // The colleague two places on has the same college (clients alternate between the two).
            _clients[i].PartnerMain = _clients[(i + 2) % _clients.Count].Main;
        }
    }

    private async Task<JournalProposal> StartAsync(ClientState client, string kind, string title)
    {
        var post = await ProposalActions.PrepareNewAsync(client.Http, title, default);
        var action = new JournalAction { Client = client.Name, Sequence = ++client.Sequence, Kind = "new", Title = title, Outcome = Outcome.InFlight };
        _journal.Add(action);
        var id = await ProposalActions.PostNewAsync(client.Http, post, default);
        action.ProposalId = id;
        action.Outcome = Outcome.Acknowledged;
        var proposal = new JournalProposal { Id = id, Kind = kind, Client = client.Name, CollegeCode = client.Account.CollegeCode, InitialTitle = title };
        _journal.Add(proposal);
        return proposal;
    }

    private async Task RunClientAsync(ClientState client, Random random, long deadline)
    {
        while (!_serverGone && Stopwatch.GetTimestamp() < deadline)
        {
            try
            {
                var roll = random.Next(100);
                if (roll < 45)
                {
                    await SaveAsync(client, client.Main!, DurableSections.OwnerSections[random.Next(DurableSections.OwnerSections.Length)]);
                }
                else if (roll < 80)
                {
                    await SaveAsync(client, client.PartnerMain!, DurableSections.PartnerSections[random.Next(DurableSections.PartnerSections.Length)]);
                }
                else if (roll < 86 || (roll < 90 && client.Drafts.Count == 0))
                {
                    await NewAsync(client);
                }
                else if (roll < 90)
                {
                    await WithdrawAsync(client, client.Drafts[random.Next(client.Drafts.Count)]);
                }
                else if (roll < 95)
                {
                    await CopyMainAsync(client);
                }
                else
                {
                    await CopyAndSubmitAsync(client);
                }
            }
            catch (TransportException)
            {
                // The server is gone (or did not answer): whatever was being sent stays in flight; this client stops.
                _serverGone = true;
                return;
            }
            catch (DriverException e)
            {
                _journal.Error($"{client.Name}: {e.Message}");
            }
        }
    }

    private async Task SaveAsync(ClientState client, JournalProposal proposal, string slug)
    {
        var sequence = ++client.Sequence;
        var marker = $"{options.Label} {client.Name} s{sequence}";
        Dictionary<string, string> values = [];
        var save = await Editor.PrepareAsync(client.Http, proposal.Id, slug, (form, _) => values = DurableSections.Fill(form, slug, marker, sequence), default)
            ?? throw new DriverException($"main proposal {proposal.Id} is not editable");
        var entry = new JournalSave
        {
            Client = client.Name,
            Sequence = sequence,
            ProposalId = proposal.Id,
            Section = slug,
            Values = values,
            Compared = true,
            Outcome = Outcome.InFlight,
        };
        _journal.Add(entry);
        var result = await Editor.PostAsync(client.Http, save, default);
        entry.Outcome = result == SaveResult.Saved ? Outcome.Acknowledged : Outcome.Refused;
        if (result == SaveResult.Saved)
        {
            client.Acknowledged[(proposal.Id, slug)] = values;
        }
        else
        {
            // Every section has one writer, so nobody else can have saved it in between: a refusal is a finding.
            _journal.Error($"{client.Name}: save {sequence} of {slug} of proposal {proposal.Id} was refused ({result}) although nobody else writes that section");
        }
    }

    private async Task NewAsync(ClientState client)
    {
        var sequence = ++client.Sequence;
        var title = $"Durability {options.Label} {client.Name} s{sequence} new";
        var post = await ProposalActions.PrepareNewAsync(client.Http, title, default);
        var action = new JournalAction { Client = client.Name, Sequence = sequence, Kind = "new", Title = title, Outcome = Outcome.InFlight };
        _journal.Add(action);
        var id = await ProposalActions.PostNewAsync(client.Http, post, default);
        action.ProposalId = id;
        action.Outcome = Outcome.Acknowledged;
        _journal.Add(new JournalProposal { Id = id, Kind = "extra", Client = client.Name, CollegeCode = client.Account.CollegeCode, InitialTitle = title });
        client.Drafts.Add(id);
    }

    private async Task WithdrawAsync(ClientState client, int id)
    {
        var sequence = ++client.Sequence;
        var reason = $"Withdrawn by {options.Label} {client.Name} s{sequence}";
        var post = await ProposalActions.PrepareWithdrawAsync(client.Http, id, reason, default)
            ?? throw new DriverException($"withdrawing the draft {id} was refused");
        var action = new JournalAction { Client = client.Name, Sequence = sequence, Kind = "withdraw", ProposalId = id, Reason = reason, Outcome = Outcome.InFlight };
        _journal.Add(action);
        client.Drafts.Remove(id);
        await ProposalActions.PostWithdrawAsync(client.Http, post, id, default);
        action.Outcome = Outcome.Acknowledged;
    }

    private async Task CopyMainAsync(ClientState client)
    {
        var main = client.Main!;
        var expected = DurableSections.OwnerSections.ToDictionary(
            slug => slug,
            slug => client.Acknowledged.GetValueOrDefault((main.Id, slug)) ?? DurableSections.Initial(slug, main.InitialTitle));
        var title = expected[Editor.Overview]["Title"];
        var post = await ProposalActions.PrepareCopyAsync(client.Http, main.Id, title, default);
        await PostCopyAsync(client, post, main, expected);
    }

    private async Task<int> PostCopyAsync(ClientState client, PreparedPost post, JournalProposal source, Dictionary<string, Dictionary<string, string>> expected)
    {
        var sequence = ++client.Sequence;
        var title = expected.TryGetValue(Editor.Overview, out var overview) ? ProposalCopy.TitleFor(overview["Title"]) : null;
        var action = new JournalAction
        {
            Client = client.Name,
            Sequence = sequence,
            Kind = "copy",
            SourceId = source.Id,
            Title = title,
            ExpectedSections = expected,
            Outcome = Outcome.InFlight,
        };
        _journal.Add(action);
        var id = await ProposalActions.PostCopyAsync(client.Http, post, default);
        action.ProposalId = id;
        action.Outcome = Outcome.Acknowledged;
        _journal.Add(new JournalProposal { Id = id, Kind = "copy", Client = client.Name, CollegeCode = client.Account.CollegeCode, InitialTitle = title ?? "" });
        return id;
    }

    private async Task CopyAndSubmitAsync(ClientState client)
    {
        var template = _templates[client.Account];
        var post = await ProposalActions.PrepareCopyAsync(client.Http, template.Id, template.InitialTitle, default);
        var copy = await PostCopyAsync(client, post, template, new() { [Editor.Overview] = new(StringComparer.Ordinal) { ["Title"] = template.InitialTitle } });

        var submit = await ProposalActions.PrepareSubmitAsync(client.Http, copy, default)
            ?? throw new DriverException($"the copy {copy} of the complete proposal cannot be submitted");
        var action = new JournalAction { Client = client.Name, Sequence = ++client.Sequence, Kind = "submit", ProposalId = copy, Outcome = Outcome.InFlight };
        _journal.Add(action);
        var response = await client.Http.PostAsync(submit.Kind, submit.Action, submit.Values, default);
        if (response.IsRedirect && response.LocationPath == $"/proposals/{copy}")
        {
            action.Outcome = Outcome.Acknowledged;
        }
        else
        {
            action.Outcome = Outcome.Refused;
            throw new DriverException($"submitting the complete copy {copy} answered {response.Status}: {string.Join(" | ", response.Status == 200 ? response.ErrorSummary() : [])}");
        }
    }
}
