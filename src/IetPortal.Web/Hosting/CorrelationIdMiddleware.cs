using System.Text.RegularExpressions;
using Serilog.Context;

namespace IetPortal.Web.Hosting;

/// <summary>
/// Gives every request a correlation id (the caller's <c>X-Correlation-ID</c> when it is well-formed, otherwise a new
/// one), adds it to every log event of the request and echoes it in the response, so a user can quote it.
/// </summary>
internal sealed partial class CorrelationIdMiddleware(RequestDelegate next)
{
    public const string HeaderName = "X-Correlation-ID";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[HeaderName].ToString();
        var correlationId = WellFormed().IsMatch(incoming) ? incoming : Guid.NewGuid().ToString("N");
        context.TraceIdentifier = correlationId;
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = correlationId;
            return Task.CompletedTask;
        });

        using (LogContext.PushProperty("CorrelationId", correlationId))
        {
            await next(context);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{8,64}$")]
    private static partial Regex WellFormed();
}
