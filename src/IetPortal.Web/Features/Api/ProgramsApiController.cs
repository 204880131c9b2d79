using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Features.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace IetPortal.Web.Features.Api;

/// <summary>
/// The read-only JSON API for approved programs (docs/api.md): the same records and the same "approved only" rule as
/// the public catalog. Open to everybody, rate limited per client IP address. Every 200 carries a strong ETag, the
/// SHA-256 of the exact body, so any change that shows (a program approved, amended, a college's contact details)
/// changes it, and a client that sends it back in If-None-Match gets 304 while nothing has changed.
/// </summary>
[ApiController]
[AllowAnonymous]
[OutputCache(PolicyName = Catalog.CatalogCaching.PolicyName)]
[Route("api/v1/programs")]
[EnableRateLimiting(PublicApi.RateLimitPolicy)]
[Tags("Programs")]
public sealed class ProgramsApiController(IetPortalDbContext db, IOptions<HttpJsonOptions> json) : ControllerBase
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    /// <summary>Approved programs, filtered and paged, in title order.</summary>
    [HttpGet("", Name = "ListPrograms")]
    [EndpointSummary("List approved programs")]
    [EndpointDescription("Approved IET programs matching every filter given, a page at a time, in title order.")]
    [ProducesResponseType<ApprovedProgramPage>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, ProblemJson)]
    public async Task<IActionResult> List(
        [FromQuery] ProgramListQuery query,
        [FromServices] IValidator<ProgramListQuery> validator,
        [FromHeader(Name = "If-None-Match")] string? ifNoneMatch,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(validator);
        _ = ifNoneMatch; // read from the typed headers below; declared so the document lists it
        (await validator.ValidateAsync(query, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return ValidationProblem(ModelState);
        }

        return Tagged(await CatalogQueries.PageAsync(db, query.ToFilter(), cancellationToken));
    }

    /// <summary>One approved program.</summary>
    [HttpGet("{id:int}", Name = "GetProgram")]
    [EndpointSummary("Get an approved program")]
    [EndpointDescription("Everything published about one approved program. 404 when there is no approved program with this id.")]
    [ProducesResponseType<ApprovedProgramDetail>(StatusCodes.Status200OK, Json)]
    [ProducesResponseType(StatusCodes.Status304NotModified)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound, ProblemJson)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests, ProblemJson)]
    public async Task<IActionResult> Get(
        int id,
        [FromHeader(Name = "If-None-Match")] string? ifNoneMatch,
        CancellationToken cancellationToken)
    {
        _ = ifNoneMatch;
        var program = await CatalogQueries.DetailAsync(db, id, cancellationToken);
        if (program is null)
        {
            // The same answer for an id that never existed and one that is not (or no longer) approved.
            return Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Program not found",
                detail: $"There is no approved program with id {id}.");
        }

        return Tagged(program);
    }

    /// <summary>The body as JSON with its ETag, or 304 when the client already holds exactly this body.</summary>
    private IActionResult Tagged<T>(T body)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, json.Value.SerializerOptions);
        var tag = new EntityTagHeaderValue("\"" + Base64Url.EncodeToString(SHA256.HashData(bytes)) + "\"");
        var headers = Response.GetTypedHeaders();
        headers.ETag = tag;
        // Caches may keep it but must revalidate every time: a withdrawn approval must not linger.
        headers.CacheControl = new CacheControlHeaderValue { Public = true, NoCache = true };

        // RFC 9110 13.1.2: If-None-Match compares weakly, and "*" matches any current representation.
        var held = Request.GetTypedHeaders().IfNoneMatch;
        if (held.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(tag, useStrongComparison: false)))
        {
            return StatusCode(StatusCodes.Status304NotModified);
        }

        return File(bytes, Json);
    }
}
