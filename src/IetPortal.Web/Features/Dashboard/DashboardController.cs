using System.Globalization;
using System.Text;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using IetPortal.Web.Shared.Csv;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace IetPortal.Web.Features.Dashboard;

/// <summary>
/// The statewide dashboard of PRODUCT.md ("Administration and reporting") for the System Office: proposals by status,
/// college and career pathway, days in review, approvals per year, and each table as a CSV download. Read-only.
/// </summary>
[Route("dashboard")]
[Authorize(Policy = Policies.ReviewerOrAdministrator)]
public sealed class DashboardController(IetPortalDbContext db, TimeProvider clock, DashboardCache cache) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] DashboardQuery query, CancellationToken cancellationToken) =>
        View(await LoadAsync(query, cancellationToken));

    /// <summary>One table as CSV (see <see cref="CsvWriter"/>), with the page's college filter; an unknown table is a 404.</summary>
    [HttpGet("export/{table}.csv")]
    public async Task<IActionResult> Export(string table, [FromQuery] DashboardQuery query, CancellationToken cancellationToken)
    {
        if (!DashboardPage.TableKeys.Contains(table, StringComparer.Ordinal))
        {
            return NotFound();
        }

        var page = await LoadAsync(query, cancellationToken);
        Response.Headers.CacheControl = "private, no-store";
        return File(CsvWriter.ToBytes(page.Table(table).CsvRecords), CsvWriter.ContentType, FileName(table, page));
    }

    /// <summary>"ietportal-status-2026-03-05.csv", or "ietportal-status-matc-2026-03-05.csv" for one college.</summary>
    private static string FileName(string table, DashboardPage page)
    {
        var name = new StringBuilder("ietportal-").Append(table);
        if (page.Filter.CollegeId is { } id)
        {
            var code = page.Colleges.First(c => c.Id == id).Code;
            var slug = new string([.. code.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]).Trim('-');
            if (slug.Length > 0)
            {
                name.Append('-').Append(slug);
            }
        }

        return name.Append('-').Append(page.AsOfUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(".csv").ToString();
    }

    private async Task<DashboardPage> LoadAsync(DashboardQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var colleges = await DashboardQueries.CollegesAsync(db, cancellationToken);
        var filter = DashboardFilter.From(query, colleges.Select(c => c.Id).ToHashSet());
        var page = await cache.GetAsync(
            filter.CollegeId,
            async () => DashboardPage.Of(await DashboardQueries.LoadAsync(db, filter with { Notes = [] }, colleges, clock.GetUtcNow().UtcDateTime, cancellationToken)),
            cancellationToken);
        return page.WithFilter(filter, colleges);
    }
}
