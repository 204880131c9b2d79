using IetPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace IetPortal.Web.Features.Catalog;

/// <summary>
/// The public catalog of approved IET programs (PRODUCT.md "Public (anonymous)"): search by career pathway, college,
/// occupation and Workforce Development Area, and a page per program with what a learner or advisor needs. Open to
/// everybody, signed in or not; a program that is not approved (or no longer is) is simply not found.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = CatalogCaching.PolicyName)]
[Route("catalog")]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class CatalogController(IetPortalDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] CatalogQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var choices = await CatalogQueries.ChoicesAsync(db, cancellationToken);
        var notes = new List<string>();
        var filter = query.ToFilter(choices, notes);
        var results = await CatalogQueries.PageAsync(db, filter, cancellationToken);
        if (results.TotalCount > 0 && filter.Page > results.TotalPages)
        {
            notes.Add($"There is no page {filter.Page}, so the last page, {results.TotalPages}, is shown.");
            filter = filter with { Page = results.TotalPages };
            results = await CatalogQueries.PageAsync(db, filter, cancellationToken);
        }

        return View(new CatalogPage(filter, choices, results, notes));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken)
    {
        var program = await CatalogQueries.DetailAsync(db, id, cancellationToken);
        return program is null ? NotFound() : View(program);
    }
}
