using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace IetPortal.LoadDriver;

/// <summary>
/// Every request's latency and status by kind, the errors (transport failures, 5xx, answers the scenario did not
/// expect) with their messages, and the expected non-success outcomes (a colleague's conflicting save, a claim lost to
/// another reviewer) counted apart from errors.
/// </summary>
internal sealed class Metrics
{
    private const int KeptMessages = 40;
    private readonly ConcurrentDictionary<string, KindStats> _kinds = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _messages = new();
    private int _errors;

    public int ErrorCount => Volatile.Read(ref _errors);

    public int ServerErrorCount => _kinds.Values.Sum(k => k.ServerErrors);

    public int RequestCount => _kinds.Values.Sum(k => k.Count);

    public IReadOnlyCollection<string> Messages => _messages;

    public void Record(string kind, TimeSpan elapsed, int status) => Stats(kind).Add(elapsed.TotalMilliseconds, status);

    public void Error(string kind, string message)
    {
        Interlocked.Increment(ref _errors);
        Stats(kind).AddError();
        if (_messages.Count < KeptMessages)
        {
            _messages.Enqueue($"[{kind}] {message}");
        }
    }

    /// <summary>An expected outcome other than plain success, e.g. "conflict (409)" or "claimed by another tab".</summary>
    public void Outcome(string kind, string outcome) => Stats(kind).AddOutcome(outcome);

    public string Report(TimeSpan duration)
    {
        var text = new StringBuilder();
        var total = RequestCount;
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{total} requests in {duration.TotalSeconds:0.0} s: {total / Math.Max(duration.TotalSeconds, 0.001):0.0} requests/s; errors: {ErrorCount}; 5xx: {ServerErrorCount}"));
        text.AppendLine();
        text.AppendLine("| Request kind | Count | p50 ms | p95 ms | p99 ms | Max ms | 3xx | 4xx | 5xx | Errors | Other outcomes |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (kind, stats) in _kinds.OrderByDescending(k => k.Value.Count).ThenBy(k => k.Key, StringComparer.Ordinal))
        {
            text.AppendLine(stats.Row(kind));
        }

        if (!_messages.IsEmpty)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"First errors (at most {KeptMessages}):");
            foreach (var message in _messages)
            {
                text.AppendLine("  " + message);
            }
        }

        return text.ToString();
    }

    private KindStats Stats(string kind) => _kinds.GetOrAdd(kind, _ => new KindStats());

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    private sealed class KindStats
    {
        private readonly Lock _lock = new();
        private readonly List<double> _latencies = [];
        private readonly Dictionary<string, int> _outcomes = new(StringComparer.Ordinal);
        private int _redirects;
        private int _clientErrors;
        private int _errors;

        public int Count { get; private set; }
        public int ServerErrors { get; private set; }

        public void Add(double milliseconds, int status)
        {
            lock (_lock)
            {
                Count++;
                _latencies.Add(milliseconds);
                if (status is >= 300 and < 400)
                {
                    _redirects++;
                }
                else if (status is >= 400 and < 500)
                {
                    _clientErrors++;
                }
                else if (status >= 500)
                {
                    ServerErrors++;
                }
            }
        }

        public void AddError()
        {
            lock (_lock)
            {
                _errors++;
            }
        }

        public void AddOutcome(string outcome)
        {
            lock (_lock)
            {
                _outcomes[outcome] = _outcomes.GetValueOrDefault(outcome) + 1;
            }
        }

        public string Row(string kind)
        {
            lock (_lock)
            {
                var sorted = _latencies.Order().ToList();
                var outcomes = string.Join(", ", _outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}: {o.Value}"));
                return string.Create(CultureInfo.InvariantCulture,
                    $"| {kind} | {Count} | {Percentile(sorted, 50):0} | {Percentile(sorted, 95):0} | {Percentile(sorted, 99):0} | {(sorted.Count == 0 ? 0 : sorted[^1]):0} | {_redirects} | {_clientErrors} | {ServerErrors} | {_errors} | {outcomes} |");
            }
        }
    }
}
