namespace IetPortal.Web.Hosting;

/// <summary>
/// A request the client gave up on (closed the tab, the load balancer timed out) cancels its database work; the
/// cancellation is not a server error. It is answered 499 (the "client closed request" of nginx), which nobody receives
/// and the request log records as information, not as a 500 with a stack trace.
/// </summary>
internal sealed class ClientAbortMiddleware(RequestDelegate next)
{
    public const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = ClientClosedRequest;
            }
        }
    }
}
