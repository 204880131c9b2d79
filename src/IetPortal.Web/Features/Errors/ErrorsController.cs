using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IetPortal.Web.Features.Errors;

public sealed record ErrorPage(int StatusCode, string Heading, string Message, string CorrelationId);

/// <summary>Friendly error and status pages: never a stack trace, always the correlation id to quote.</summary>
[AllowAnonymous]
// A failed POST is re-executed here as a POST; the error page itself must not fail the antiforgery check again.
[IgnoreAntiforgeryToken]
[Route("error")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController : Controller
{
    [Route("")]
    public IActionResult Index() => Render(StatusCodes.Status500InternalServerError);

    // From the route only: a re-executed POST whose form could not be read must still get its own status page.
    [Route("{statusCode:int}")]
    public IActionResult Status([FromRoute] int statusCode) => Render(statusCode is >= 400 and < 600 ? statusCode : StatusCodes.Status404NotFound);

    private ViewResult Render(int statusCode)
    {
        var (heading, message) = statusCode switch
        {
            StatusCodes.Status400BadRequest => ("The request could not be processed",
                "Something in the request was not valid, or the form had expired. Go back, reload the page and try again."),
            StatusCodes.Status403Forbidden => ("You do not have access to this page",
                "Your account does not allow this. College staff see only their own college's proposals. If you think you should have access, contact a WTCS administrator."),
            StatusCodes.Status404NotFound => ("Page not found",
                "The page or record does not exist, or has been moved. Check the address, or start again from the home page."),
            StatusCodes.Status429TooManyRequests => ("Too many requests", "Wait a minute, then try again."),
            _ => ("Sorry, something went wrong",
                "The problem has been logged. Try again in a few minutes; if it keeps happening, contact the WTCS System Office and quote the reference below."),
        };
        Response.StatusCode = statusCode;
        return View("Error", new ErrorPage(statusCode, heading, message, HttpContext.TraceIdentifier));
    }
}
