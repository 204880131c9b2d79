using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace IetPortal.Web.Tests.Performance;

/// <summary>One command the app sent to the database: its SQL and a copy of its parameters (for EXPLAIN).</summary>
public sealed record LoggedCommand(string Sql, IReadOnlyList<DbParameter> Parameters);

/// <summary>
/// Test-only interceptor on the app's DbContext options that records the commands of marked HTTP requests. A request is
/// marked by the <see cref="Header"/> header; a command counts for it only when it runs inside that request (the ambient
/// HttpContext of ASP.NET Core's accessor), so commands of background services, of other requests and of the test's own
/// setup never count. <see cref="CaptureAsync"/> records the commands of a piece of work outside any request instead.
/// </summary>
public sealed class RequestCommandLog : DbCommandInterceptor
{
    public const string Header = "X-Test-Command-Log";

    // HttpContextAccessor keeps the current context in a static AsyncLocal: any instance reads the request's context,
    // which the host sets because the app registers IHttpContextAccessor.
    private static readonly AsyncLocal<string?> Captured = new();

    private readonly HttpContextAccessor _http = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<LoggedCommand>> _requests = new(StringComparer.Ordinal);

    /// <summary>Starts recording for a new mark; the caller sends it in <see cref="Header"/>.</summary>
    public string Begin()
    {
        var mark = Guid.NewGuid().ToString("N");
        _requests[mark] = new ConcurrentQueue<LoggedCommand>();
        return mark;
    }

    /// <summary>Stops recording for the mark and returns its commands in the order they were sent.</summary>
    public IReadOnlyList<LoggedCommand> End(string mark) =>
        _requests.TryRemove(mark, out var commands) ? [.. commands] : throw new InvalidOperationException($"No request is marked {mark}.");

    /// <summary>The commands <paramref name="work"/> sends (and what it calls, in its async flow), outside any request.</summary>
    public async Task<IReadOnlyList<LoggedCommand>> CaptureAsync(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var mark = Begin();
        Captured.Value = mark;
        try
        {
            await work();
        }
        finally
        {
            Captured.Value = null;
        }

        return End(mark);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        var mark = Captured.Value ?? _http.HttpContext?.Request.Headers[Header].ToString();
        if (!string.IsNullOrEmpty(mark) && _requests.TryGetValue(mark, out var commands))
        {
            commands.Enqueue(new LoggedCommand(command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(Copy)]));
        }
    }

    private static DbParameter Copy(DbParameter parameter) =>
        parameter is ICloneable cloneable ? (DbParameter)cloneable.Clone() : parameter;
}
