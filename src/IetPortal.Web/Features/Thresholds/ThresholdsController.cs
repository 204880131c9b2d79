using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.Compliance;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using IetPortal.Web.Features.Compliance;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Thresholds;

/// <summary>
/// Thresholds are data, not code: Wisconsin publishes no numeric minimums, so the System Office sets them here. Each
/// change is recorded (who, when, old and new value) in the same save as the change, a stale edit is refused with
/// the current value, and a change the rules read re-checks every open draft.
/// </summary>
[Route("admin/thresholds")]
[Authorize(Policy = Policies.Administrator)]
public sealed class ThresholdsController(
    IetPortalDbContext db, ComplianceService compliance, ICurrentUser currentUser, TimeProvider clock, IValidator<ThresholdForm> validator)
    : Controller
{
    private const int HistoryLimit = 100;

    [HttpGet("")]
    public async Task<IActionResult> Index() => View(await LoadAsync());

    [HttpPost("{key}")]
    public async Task<IActionResult> Save(string key, ThresholdForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ct = HttpContext.RequestAborted;
        var threshold = await db.ComplianceThresholds.SingleOrDefaultAsync(t => t.Key == key, ct);
        if (threshold is null)
        {
            return NotFound();
        }

        form.Unit = threshold.Unit;
        (await validator.ValidateAsync(form, ct)).AddToModelState(ModelState, ThresholdsPage.Prefix(key));
        if (!ModelState.IsValid)
        {
            return View(nameof(Index), await LoadAsync(key, form));
        }

        // The validator has checked that both parse.
        var newValue = ThresholdForm.TryParse(form.Value, out var parsed) ? parsed : threshold.Value;
        var seenStamp = Guid.Parse(form.ConcurrencyStamp!);
        if (seenStamp != threshold.ConcurrencyStamp)
        {
            return await StaleAsync(key, form, newValue);
        }

        var oldValue = threshold.Value;
        if (newValue == oldValue)
        {
            TempData["Status"] = $"{threshold.Label}: still {ThresholdsPage.WithUnit(oldValue, threshold.Unit)}, nothing changed.";
            return Redirect("/admin/thresholds");
        }

        // The stamp the administrator saw is the one the update must find, or another save won in between.
        db.Entry(threshold).Property(t => t.ConcurrencyStamp).OriginalValue = seenStamp;
        var now = clock.GetUtcNow().UtcDateTime;
        var userId = currentUser.UserId ?? throw new InvalidOperationException("An administrator is signed in.");
        threshold.Value = newValue;
        threshold.UpdatedAtUtc = now;
        threshold.UpdatedByUserId = userId;
        db.ThresholdChanges.Add(new ThresholdChange
        {
            ThresholdKey = key,
            OldValue = oldValue,
            NewValue = newValue,
            ChangedAtUtc = now,
            ChangedByUserId = userId,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await StaleAsync(key, form, newValue);
        }

        var change = $"{threshold.Label}: changed from {ThresholdsPage.Number(oldValue)} to {ThresholdsPage.WithUnit(newValue, threshold.Unit)}.";
        if (ThresholdsPage.ComplianceKeys.Contains(key))
        {
            var recheck = await compliance.RecheckOpenDraftsAsync(
                $"Threshold '{threshold.Label}' changed from {ThresholdsPage.Number(oldValue)} to {ThresholdsPage.WithUnit(newValue, threshold.Unit)}", ct);
            change += $" {ComplianceText.Count(recheck.Checked, "open draft was", "open drafts were")} re-checked: "
                + $"{ComplianceText.Count(recheck.Changed, "draft", "drafts")} changed compliance state.";
        }

        TempData["Status"] = change;
        return Redirect("/admin/thresholds");
    }

    /// <summary>Someone else saved this threshold since the form was loaded: refuse, show the current value, keep ours.</summary>
    private async Task<IActionResult> StaleAsync(string key, ThresholdForm form, decimal attempted)
    {
        var current = await db.ComplianceThresholds.AsNoTracking().Where(t => t.Key == key)
            .Select(t => new { t.Value, t.Unit, t.ConcurrencyStamp, t.UpdatedAtUtc, By = db.Users.Where(u => u.Id == t.UpdatedByUserId).Select(u => u.DisplayName).FirstOrDefault() })
            .SingleAsync(HttpContext.RequestAborted);
        ModelState.AddModelError(
            ThresholdsPage.Prefix(key) + "." + nameof(ThresholdForm.Value),
            $"Someone else changed this threshold while you were editing: it is now {ThresholdsPage.WithUnit(current.Value, current.Unit)} "
            + $"(set {Shared.DisplayText.Date(current.UpdatedAtUtc)}{(current.By is null ? "" : $" by {current.By}")}). "
            + $"Your value, {ThresholdsPage.Number(attempted)}, was not saved: save it again if it should still replace the current value.");

        // The next save starts from the value now stored, which the page shows.
        form.ConcurrencyStamp = current.ConcurrencyStamp.ToString();
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(nameof(Index), await LoadAsync(key, form));
    }

    private async Task<ThresholdsPage> LoadAsync(string? editedKey = null, ThresholdForm? posted = null)
    {
        var ct = HttpContext.RequestAborted;
        var thresholds = await db.ComplianceThresholds.AsNoTracking()
            .OrderBy(t => t.Id)
            .Select(t => new ThresholdRow(
                t.Key, t.Label, t.Unit, t.Value, t.Description, t.ConcurrencyStamp, t.UpdatedAtUtc,
                db.Users.Where(u => u.Id == t.UpdatedByUserId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);
        var history = await db.ThresholdChanges.AsNoTracking()
            .OrderByDescending(c => c.ChangedAtUtc).ThenByDescending(c => c.Id)
            .Take(HistoryLimit)
            .Select(c => new ThresholdHistoryRow(
                c.ChangedAtUtc,
                db.ComplianceThresholds.Where(t => t.Key == c.ThresholdKey).Select(t => t.Label).FirstOrDefault() ?? c.ThresholdKey,
                db.ComplianceThresholds.Where(t => t.Key == c.ThresholdKey).Select(t => t.Unit).FirstOrDefault() ?? "",
                c.OldValue,
                c.NewValue,
                db.Users.Where(u => u.Id == c.ChangedByUserId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(ct);
        return new ThresholdsPage(thresholds, history, editedKey, posted);
    }
}
