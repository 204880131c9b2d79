using System.Globalization;
using IetPortal.Domain.Auditing;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Infrastructure.Persistence.Providers;
using IetPortal.LoadDriver.Http;
using IetPortal.LoadDriver.Scenario;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.LoadDriver.Durability;

/// <summary>
/// After the kill and the restart: compares the database with the journals of every round so far and checks the
/// invariants of docs/reliability.md. Reads the database through the app's own model (no tracking), and the app over
/// HTTP (every proposal of the journals must still open).
/// </summary>
internal sealed class DurabilityVerify(Uri baseUrl, string provider, string connectionString, IReadOnlyList<string> journalPaths)
{
    private const string SectionSaved = "Section saved";
    private readonly List<string> _violations = [];
    private int _checks;
    private int _committedInFlight;

    public async Task<int> RunAsync()
    {
        var journals = new List<Journal>();
        foreach (var path in journalPaths)
        {
            journals.Add(await Journal.ReadAsync(path));
        }

        await using var db = CreateContext();
        var proposals = await db.Proposals.AsNoTracking().WithWholeProposal().ToDictionaryAsync(p => p.Id);
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.IetProposalId != null).ToListAsync();
        var eventsByProposal = events.ToLookup(e => e.IetProposalId!.Value);
        var versions = (await db.ProposalVersions.AsNoTracking().Select(v => new { v.IetProposalId, v.Number }).ToListAsync())
            .ToLookup(v => v.IetProposalId, v => v.Number);
        var outbox = (await db.OutboxMessages.AsNoTracking().Where(m => m.IetProposalId != null).Select(m => m.IetProposalId!.Value).ToListAsync())
            .ToLookup(id => id);
        var colleges = await db.Colleges.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Id, StringComparer.Ordinal);

        foreach (var journal in journals)
        {
            foreach (var error in journal.Errors)
            {
                Violation($"[{journal.Label}] unexpected answer while the server was up: {error}");
            }

            CheckSaves(journal, proposals, eventsByProposal);
            CheckActions(journal, proposals, eventsByProposal, versions, outbox, colleges);
        }

        CheckUnknownProposals(journals, proposals, eventsByProposal);
        await CheckIntegrityAsync(db, proposals, eventsByProposal);
        await CheckAppAsync(journals, proposals);

        var saves = journals.SelectMany(j => j.Saves).ToList();
        var actions = journals.SelectMany(j => j.Actions).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Verified {proposals.Count} proposals, {events.Count} audit events against {journals.Count} journal(s): " +
            $"{saves.Count(s => s.Outcome == Outcome.Acknowledged)} acknowledged saves, {saves.Count(s => s.Outcome == Outcome.InFlight)} in flight at a kill ({_committedInFlight} of them stored); " +
            $"{actions.Count(a => a.Outcome == Outcome.Acknowledged)} acknowledged state changes ({Describe(actions)}), {actions.Count(a => a.Outcome == Outcome.InFlight)} in flight; " +
            $"{_checks} checks, {_violations.Count} violations."));
        foreach (var violation in _violations.Take(50))
        {
            Console.WriteLine("  VIOLATION: " + violation);
        }

        return _violations.Count == 0 ? 0 : 1;
    }

    private static string Describe(List<JournalAction> actions) => string.Join(", ", actions
        .Where(a => a.Outcome == Outcome.Acknowledged)
        .GroupBy(a => a.Kind, StringComparer.Ordinal)
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => $"{g.Key} {g.Count()}"));

    private IetPortalDbContext CreateContext()
    {
        var kind = Enum.Parse<DatabaseProvider>(provider, ignoreCase: true);
        switch (kind)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = new DbContextOptionsBuilder<SqliteIetPortalDbContext>();
                sqlite.UseIetPortalProvider(kind, connectionString);
                return new SqliteIetPortalDbContext(sqlite.Options);
            case DatabaseProvider.Postgres:
                var postgres = new DbContextOptionsBuilder<PostgresIetPortalDbContext>();
                postgres.UseIetPortalProvider(kind, connectionString);
                return new PostgresIetPortalDbContext(postgres.Options);
            default:
                throw new ArgumentException($"provider {provider} is not supported by the durability check");
        }
    }

    private void Check(bool holds, string violation)
    {
        _checks++;
        if (!holds)
        {
            Violation(violation);
        }
    }

    private void Violation(string violation) => _violations.Add(violation);

    /// <summary>
    /// Invariants 1 and 2: every acknowledged save is stored exactly (or was overwritten by its writer's one save in
    /// flight at the kill), and the "Section saved" audit events of a section are exactly the saves that are stored.
    /// </summary>
    private void CheckSaves(Journal journal, Dictionary<int, IetProposal> proposals, ILookup<int, AuditEvent> events)
    {
        foreach (var section in journal.Saves.GroupBy(s => (s.ProposalId, s.Section)))
        {
            var (id, slug) = section.Key;
            var where = $"[{journal.Label}] proposal {id}, {slug}";
            if (!proposals.TryGetValue(id, out var proposal))
            {
                Violation($"{where}: the proposal is missing");
                continue;
            }

            var saves = section.OrderBy(s => s.Sequence).ToList();
            var acknowledged = saves.Where(s => s.Outcome == Outcome.Acknowledged).ToList();
            var inFlight = saves.Where(s => s.Outcome == Outcome.InFlight).ToList();
            var writers = saves.Select(s => s.Client).Distinct(StringComparer.Ordinal).Count();
            Check(writers == 1 && inFlight.Count <= 1, $"{where}: the journal has {writers} writers and {inFlight.Count} saves in flight (the run guarantees one and at most one)");

            var committedInFlight = 0;
            var changing = acknowledged.Count;
            if (saves[0].Compared)
            {
                var stored = DurableSections.Read(proposal, slug);
                var last = acknowledged.LastOrDefault();
                var flying = inFlight.SingleOrDefault();
                Check(flying is null || last is null || flying.Sequence > last.Sequence, $"{where}: a save in flight precedes an acknowledged one");
                var expected = last?.Values ?? DurableSections.Initial(slug, InitialTitle(journal, id));

                // A save that changes nothing ("no changes to save", e.g. no objectives after none) writes no audit event.
                var previous = DurableSections.Initial(slug, InitialTitle(journal, id));
                changing = 0;
                foreach (var save in acknowledged)
                {
                    changing += DurableSections.Same(save.Values, previous) ? 0 : 1;
                    previous = save.Values;
                }

                if (flying is not null && DurableSections.Same(stored, flying.Values) && !DurableSections.Same(flying.Values, expected))
                {
                    committedInFlight = 1;
                    _committedInFlight++;
                }
                else
                {
                    Check(DurableSections.Same(stored, expected), last is null
                        ? $"{where}: stored {DurableSections.Describe(stored)}, but no save was acknowledged and the initial value was {DurableSections.Describe(expected)}"
                        : $"{where}: acknowledged save s{last.Sequence} ({DurableSections.Describe(expected)}) is not what is stored: {DurableSections.Describe(stored)}");
                }
            }

            var audited = events[id].Count(e => e.Action == SectionSaved && e.Section == DurableSections.AuditSection(slug));
            if (saves[0].Compared)
            {
                Check(audited == changing + committedInFlight,
                    $"{where}: {audited} \"Section saved\" audit events, but {changing} acknowledged saves that changed it{(committedInFlight == 1 ? " and the one in flight" : "")} are stored");
            }
            else
            {
                Check(audited >= acknowledged.Count && audited <= acknowledged.Count + inFlight.Count,
                    $"{where}: {audited} \"Section saved\" audit events for {acknowledged.Count} acknowledged and {inFlight.Count} in-flight saves");
            }
        }
    }

    private static string InitialTitle(Journal journal, int id) =>
        journal.Proposals.FirstOrDefault(p => p.Id == id)?.InitialTitle ?? "";

    /// <summary>Invariant 3: started, copied, submitted and withdrawn proposals are all there, whole, with their audit events.</summary>
    private void CheckActions(
        Journal journal,
        Dictionary<int, IetProposal> proposals,
        ILookup<int, AuditEvent> events,
        ILookup<int, int> versions,
        ILookup<int, int> outbox,
        Dictionary<string, int> colleges)
    {
        var withdrawals = journal.Actions.Where(a => a.Kind == "withdraw").ToLookup(a => a.ProposalId);
        var submissions = journal.Actions.Where(a => a.Kind == "submit").ToLookup(a => a.ProposalId);
        foreach (var action in journal.Actions.Where(a => a.Outcome == Outcome.Acknowledged && a.Kind is "new" or "copy"))
        {
            var where = $"[{journal.Label}] {action.Kind} by {action.Client} (s{action.Sequence}) of proposal {action.ProposalId}";
            if (!proposals.TryGetValue(action.ProposalId, out var proposal))
            {
                Violation($"{where}: acknowledged, but the proposal is missing");
                continue;
            }

            var college = journal.Proposals.First(p => p.Id == action.ProposalId).CollegeCode;
            Check(proposal.CollegeId == colleges[college], $"{where}: belongs to college {proposal.CollegeId}, not {college}");
            var creation = events[proposal.Id].Where(e => e.EntityType == nameof(IetProposal) && e.EntityId is null).ToList();
            var expectedAction = action.Kind == "new" ? "Created" : $"Copied from proposal {action.SourceId}";
            Check(creation.Count == 1 && creation[0].Action == expectedAction,
                $"{where}: creation audit events [{string.Join(", ", creation.Select(e => e.Action))}], expected exactly one \"{expectedAction}\"");

            var kind = journal.Proposals.First(p => p.Id == action.ProposalId).Kind;
            if (kind == "extra")
            {
                Check(proposal.Title == action.Title, $"{where}: title \"{proposal.Title}\", started as \"{action.Title}\"");
            }

            if (action.Kind == "copy")
            {
                CheckCopy(journal, action, proposal, where);
            }

            var withdrawn = withdrawals[proposal.Id].ToList();
            var submitted = submissions[proposal.Id].ToList();
            var withdrawEvents = events[proposal.Id].Count(e => e.Action == "Withdrawn");
            var submitEvents = events[proposal.Id].Count(e => e.Action.StartsWith("Submitted version", StringComparison.Ordinal));
            var versionNumbers = versions[proposal.Id].ToList();
            if (withdrawn.Any(a => a.Outcome == Outcome.Acknowledged))
            {
                var reason = withdrawn.First(a => a.Outcome == Outcome.Acknowledged).Reason;
                Check(proposal.Status == ProposalStatus.Withdrawn, $"{where}: withdrawal acknowledged, but it is {proposal.Status}");
                Check(events[proposal.Id].Count(e => e.Action == "Withdrawn" && e.Details == "Reason: " + reason) == 1 && withdrawEvents == 1,
                    $"{where}: withdrawn, but {withdrawEvents} \"Withdrawn\" audit events (expected one with the reason)");
            }
            else if (submitted.Any(a => a.Outcome == Outcome.Acknowledged))
            {
                Check(proposal.Status == ProposalStatus.Submitted, $"{where}: submission acknowledged, but it is {proposal.Status}");
                Check(versionNumbers.SequenceEqual([1]) && submitEvents == 1 && events[proposal.Id].Any(e => e.Action == "Submitted version 1"),
                    $"{where}: submitted, but versions [{string.Join(", ", versionNumbers)}] and {submitEvents} \"Submitted version\" audit events (expected version 1 and one event)");
                Check(outbox[proposal.Id].Any(), $"{where}: submitted, but no notification email is in the outbox");
            }
            else
            {
                // Not acknowledged: a withdrawal or submission in flight may or may not have been committed, but whole.
                var flying = withdrawn.Count + submitted.Count > 0;
                Check(proposal.Status == ProposalStatus.Draft
                        || (flying && proposal.Status == ProposalStatus.Withdrawn && withdrawn.Count > 0)
                        || (flying && proposal.Status == ProposalStatus.Submitted && submitted.Count > 0),
                    $"{where}: it is {proposal.Status}, but no withdrawal or submission of it was acknowledged");
                Check(withdrawEvents == (proposal.Status == ProposalStatus.Withdrawn ? 1 : 0),
                    $"{where}: {proposal.Status} with {withdrawEvents} \"Withdrawn\" audit events");
                var isSubmitted = proposal.Status == ProposalStatus.Submitted;
                Check(submitEvents == (isSubmitted ? 1 : 0) && versionNumbers.Count == (isSubmitted ? 1 : 0) && outbox[proposal.Id].Any() == isSubmitted,
                    $"{where}: {proposal.Status} with {versionNumbers.Count} versions, {submitEvents} \"Submitted version\" audit events and {outbox[proposal.Id].Count()} emails");
            }
        }
    }

    /// <summary>
    /// A copy holds the source's sections as they were at one moment: the copier's own sections exactly as it last saved
    /// them; a colleague's sections as one whole save of theirs (never half of one and half of another).
    /// </summary>
    private void CheckCopy(Journal journal, JournalAction action, IetProposal copy, string where)
    {
        foreach (var (slug, expected) in action.ExpectedSections)
        {
            var stored = DurableSections.Read(copy, slug);
            var want = new Dictionary<string, string>(expected, StringComparer.Ordinal);
            if (slug == Editor.Overview)
            {
                want["Title"] = ProposalCopy.TitleFor(expected["Title"]);
            }

            if (slug == Editor.Overview && want.Count == 1)
            {
                // The complete proposal: only its title is known.
                Check(copy.Title == want["Title"], $"{where}: title \"{copy.Title}\", expected \"{want["Title"]}\"");
                continue;
            }

            Check(DurableSections.Same(stored, want), $"{where}: {slug} is {DurableSections.Describe(stored)}, but the source held {DurableSections.Describe(want)} when it was copied");
        }

        var source = journal.Proposals.FirstOrDefault(p => p.Id == action.SourceId);
        if (source?.Kind != "main")
        {
            return;
        }

        foreach (var slug in DurableSections.PartnerSections)
        {
            var stored = DurableSections.Read(copy, slug);
            var states = journal.Saves
                .Where(s => s.ProposalId == source.Id && s.Section == slug && s.Outcome != Outcome.Refused)
                .Select(s => s.Values)
                .Append(DurableSections.Initial(slug, source.InitialTitle));
            Check(states.Any(state => DurableSections.Same(stored, state)),
                $"{where}: its {slug} ({DurableSections.Describe(stored)}) is no state the source's {slug} ever had: half of one save and half of another");
        }
    }

    /// <summary>Proposals that no journal acknowledges may only come from a start or copy in flight at a kill, and must be whole.</summary>
    private void CheckUnknownProposals(List<Journal> journals, Dictionary<int, IetProposal> proposals, ILookup<int, AuditEvent> events)
    {
        var known = journals.SelectMany(j => j.Proposals).Select(p => p.Id).ToHashSet();
        var unknown = proposals.Keys.Where(id => !known.Contains(id)).ToList();
        var inFlight = journals.SelectMany(j => j.Actions).Count(a => a.Outcome == Outcome.InFlight && a.Kind is "new" or "copy");
        Check(unknown.Count <= inFlight,
            $"{unknown.Count} proposals ({string.Join(", ", unknown.Take(10))}) were never acknowledged, but only {inFlight} starts or copies were in flight");
        foreach (var id in unknown)
        {
            var creation = events[id].Where(e => e.EntityType == nameof(IetProposal) && e.EntityId is null).ToList();
            Check(creation.Count == 1 && (creation[0].Action == "Created" || creation[0].Action.StartsWith("Copied from proposal", StringComparison.Ordinal)),
                $"proposal {id} (from a request in flight) has creation audit events [{string.Join(", ", creation.Select(e => e.Action))}]");
            Check(proposals[id].Components.Count == 3, $"proposal {id} (from a request in flight) has {proposals[id].Components.Count} components, not 3");
        }
    }

    /// <summary>
    /// Invariants 4 to 6 over the whole database: no row without its proposal, one component of each kind, positions
    /// 1..n, and each proposal's last write recorded by the audit event written in the same transaction.
    /// </summary>
    private async Task CheckIntegrityAsync(IetPortalDbContext db, Dictionary<int, IetProposal> proposals, ILookup<int, AuditEvent> events)
    {
        async Task Orphans<T>(string what, IQueryable<T> rows) where T : class
        {
            var count = await rows.CountAsync();
            Check(count == 0, $"{count} {what} belong to no proposal");
        }

        await Orphans("components", db.Components.Where(c => !db.Proposals.Any(p => p.Id == c.IetProposalId)));
        await Orphans("learning objectives", db.LearningObjectives.Where(o => !db.Proposals.Any(p => p.Id == o.IetProposalId)));
        await Orphans("partners", db.ProposalPartners.Where(o => !db.Proposals.Any(p => p.Id == o.IetProposalId)));
        await Orphans("versions", db.ProposalVersions.Where(o => !db.Proposals.Any(p => p.Id == o.IetProposalId)));
        await Orphans("credential links", db.Set<ProposalCredential>().Where(o => !db.Proposals.Any(p => p.Id == o.IetProposalId)));
        await Orphans("workforce area links", db.Set<ProposalWorkforceArea>().Where(o => !db.Proposals.Any(p => p.Id == o.IetProposalId)));
        await Orphans("audit events", db.AuditEvents.Where(e => e.IetProposalId != null && !db.Proposals.Any(p => p.Id == e.IetProposalId)));
        await Orphans("instructors", db.Set<Instructor>().Where(x => !db.Components.Any(c => c.Id == x.IetComponentId)));
        await Orphans("schedule rows", db.Set<ScheduleEntry>().Where(x => !db.Components.Any(c => c.Id == x.IetComponentId)));
        await Orphans("materials", db.Set<InstructionalMaterial>().Where(x => !db.Components.Any(c => c.Id == x.IetComponentId)));
        await Orphans("research entries", db.Set<ResearchBasis>().Where(x => !db.Components.Any(c => c.Id == x.IetComponentId)));

        var stamps = new HashSet<Guid>();
        foreach (var proposal in proposals.Values)
        {
            var where = $"proposal {proposal.Id}";
            Check(proposal.Components.Count == 3 && proposal.Components.Select(c => c.Kind).Distinct().Count() == 3,
                $"{where}: components [{string.Join(", ", proposal.Components.Select(c => c.Kind))}], expected one of each kind");
            Check(Contiguous(proposal.LearningObjectives.Select(o => o.Position)), $"{where}: objective positions [{string.Join(", ", proposal.LearningObjectives.Select(o => o.Position).Order())}] are not 1..n");
            foreach (var component in proposal.Components)
            {
                Check(Contiguous(component.Instructors.Select(i => i.Position)), $"{where}: {component.Kind} instructor positions are not 1..n");
            }

            Check(proposal.ConcurrencyStamp != Guid.Empty && stamps.Add(proposal.ConcurrencyStamp), $"{where}: its concurrency stamp is empty or shared");
            var last = events[proposal.Id].Where(e => e.EntityType == nameof(IetProposal)).MaxBy(e => e.OccurredAtUtc);
            Check(last is not null && last.OccurredAtUtc == proposal.UpdatedAtUtc && last.UserId == proposal.UpdatedByUserId,
                $"{where}: last written {proposal.UpdatedAtUtc:O} by {proposal.UpdatedByUserId}, but its latest audit event is " +
                (last is null ? "missing" : $"{last.OccurredAtUtc:O} by {last.UserId} ({last.Action})"));
        }
    }

    private static bool Contiguous(IEnumerable<int> positions) => positions.Order().Select((p, i) => p == i + 1).All(ok => ok);

    /// <summary>Invariant 7: after the restart the app is ready and opens every proposal of the journals, read view and editor.</summary>
    private async Task CheckAppAsync(List<Journal> journals, Dictionary<int, IetProposal> proposals)
    {
        var metrics = new Metrics();
        var byCollege = journals.SelectMany(j => j.Proposals).Where(p => proposals.ContainsKey(p.Id)).GroupBy(p => p.CollegeCode, StringComparer.Ordinal);
        foreach (var college in byCollege)
        {
            using var client = new PortalClient(baseUrl, metrics, "verify-" + college.Key);
            try
            {
                var ready = await client.GetAsync("ready", "/health/ready", default);
                Check(ready.Status == 200, $"/health/ready answered {ready.Status} after the restart");
                await client.SignInAsync(DemoAccount.Staff.First(a => a.CollegeCode == college.Key), default);
                foreach (var proposal in college.DistinctBy(p => p.Id))
                {
                    var view = await client.GetAsync("read view", $"/proposals/{proposal.Id}", default);
                    Check(view.Status == 200, $"GET /proposals/{proposal.Id} answered {view.Status} after the restart");
                    foreach (var slug in new[] { Editor.Overview, Editor.LearningObjectives, Editor.AdultEducation })
                    {
                        var page = await client.GetAsync("editor page", $"/proposals/{proposal.Id}/edit/{slug}", default);
                        Check(page.Status == 200 || (page.IsRedirect && proposals[proposal.Id].Status != ProposalStatus.Draft),
                            $"GET /proposals/{proposal.Id}/edit/{slug} answered {page.Status} after the restart");
                    }
                }
            }
            catch (Exception e) when (e is TransportException or DriverException)
            {
                Violation($"the app after the restart: {e.Message}");
            }
        }
    }
}
