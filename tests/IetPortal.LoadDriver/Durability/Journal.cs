using System.Text.Json;
using System.Text.Json.Serialization;

namespace IetPortal.LoadDriver.Durability;

/// <summary>What the app answered to a request that changes data.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Outcome>))]
internal enum Outcome
{
    /// <summary>Sent, no answer (the server died, or the connection broke): it may or may not have been committed.</summary>
    InFlight,

    /// <summary>The app acknowledged it (the redirect that follows a successful save): it must be in the database.</summary>
    Acknowledged,

    /// <summary>The app answered that nothing was saved (a conflict or a validation message): it must not be.</summary>
    Refused,
}

/// <summary>A proposal the durability run created or works on.</summary>
internal sealed class JournalProposal
{
    public int Id { get; set; }

    /// <summary>main (a client's own, sections written by two clients), extra (started, maybe withdrawn), template, copy.</summary>
    public required string Kind { get; set; }

    public required string Client { get; set; }
    public required string CollegeCode { get; set; }

    /// <summary>The title it was started with: the overview's value before any save.</summary>
    public required string InitialTitle { get; set; }
}

/// <summary>One section save: which fields it set to what (the fields the check compares), and what the app answered.</summary>
internal sealed class JournalSave
{
    public required string Client { get; set; }
    public int Sequence { get; set; }
    public int ProposalId { get; set; }
    public required string Section { get; set; }
    public Dictionary<string, string> Values { get; set; } = [];

    /// <summary>False for the template's sections, whose values are not compared (their audit events are counted).</summary>
    public bool Compared { get; set; }

    public Outcome Outcome { get; set; }
}

/// <summary>A change of state: new (a proposal started), copy, submit, withdraw.</summary>
internal sealed class JournalAction
{
    public required string Client { get; set; }
    public int Sequence { get; set; }
    public required string Kind { get; set; }

    /// <summary>The proposal acted on; for new and copy, the proposal created (0 while unknown: in flight).</summary>
    public int ProposalId { get; set; }

    public int? SourceId { get; set; }
    public string? Title { get; set; }
    public string? Reason { get; set; }

    /// <summary>For a copy: the source's sections as its own (sequential) writer last saved them before copying.</summary>
    public Dictionary<string, Dictionary<string, string>> ExpectedSections { get; set; } = [];

    public Outcome Outcome { get; set; }
}

/// <summary>Everything one durability round sent and what the app answered, written when the round ends.</summary>
internal sealed class Journal
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly Lock _lock = new();

    public required string Label { get; set; }
    public List<JournalProposal> Proposals { get; set; } = [];
    public List<JournalSave> Saves { get; set; } = [];
    public List<JournalAction> Actions { get; set; } = [];

    /// <summary>Answers the run did not expect while the server was up (5xx, a refused complete submission, ...).</summary>
    public List<string> Errors { get; set; } = [];

    public void Add(JournalProposal proposal)
    {
        lock (_lock)
        {
            Proposals.Add(proposal);
        }
    }

    public void Add(JournalSave save)
    {
        lock (_lock)
        {
            Saves.Add(save);
        }
    }

    public void Add(JournalAction action)
    {
        lock (_lock)
        {
            Actions.Add(action);
        }
    }

    public void Error(string message)
    {
        lock (_lock)
        {
            Errors.Add(message);
        }
    }

    public async Task WriteAsync(string path)
    {
        string text;
        lock (_lock)
        {
            text = JsonSerializer.Serialize(this, Json);
        }

        await File.WriteAllTextAsync(path, text);
    }

    public static async Task<Journal> ReadAsync(string path) =>
        JsonSerializer.Deserialize<Journal>(await File.ReadAllTextAsync(path), Json)
        ?? throw new InvalidOperationException($"{path} holds no journal");
}
