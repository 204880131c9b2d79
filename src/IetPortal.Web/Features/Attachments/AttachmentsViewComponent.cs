using System.Globalization;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Attachments;

public sealed record AttachmentRow(
    int Id, string FileName, AttachmentKind Kind, string? Description, long SizeBytes, DateTime UploadedAtUtc, string? UploadedBy);

public sealed record AttachmentsPanel(
    int ProposalId, bool CanEdit, string ReturnUrl, IReadOnlyList<AttachmentRow> Attachments, string? Error, string? ErrorField)
{
    public const string FileInputId = "attachment-file";

    // The return URL rides in the query string, not a hidden field: when an upload is too large to parse, the form's
    // fields are lost but the query string still says where to send the user back (see OversizedUploadAttribute).
    public string UploadAction => $"/proposals/{ProposalId}/attachments?returnUrl={Uri.EscapeDataString(ReturnUrl)}";

    public string RemoveAction(int attachmentId) =>
        $"/proposals/{ProposalId}/attachments/{attachmentId}/delete?returnUrl={Uri.EscapeDataString(ReturnUrl)}";

    public string DownloadUrl(int attachmentId) => $"/proposals/{ProposalId}/attachments/{attachmentId}";

    public bool FileHasError => Error is not null && CanEdit && ErrorField == nameof(AttachmentUploadForm.File);

    public bool KindHasError => Error is not null && CanEdit && ErrorField == nameof(AttachmentUploadForm.Kind);

    public bool DescriptionHasError => Error is not null && CanEdit && ErrorField == nameof(AttachmentUploadForm.Description);

    /// <summary>The field the error summary links to; none when the form is not shown (the proposal is read-only).</summary>
    public string? ErrorTarget =>
        FileHasError ? FileInputId : KindHasError ? "attachment-kind" : DescriptionHasError ? "attachment-description" : null;

    /// <summary>"12 KB", "3.4 MB": kilobytes rounded up, so a non-empty file never reads "0 KB".</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (bytes + 1023) / 1024)} KB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024d):0.#} MB");
}

/// <summary>
/// The attachments of one proposal: a table of files and, when the proposal can be edited, the upload form and a
/// Remove button per file. Embedded by other pages with
/// <c>@await Component.InvokeAsync("Attachments", new { proposalId = Model.Id, canEdit = true, returnUrl = "/proposals/5/edit/partners" })</c>,
/// outside any other form (forms cannot nest).
/// </summary>
public sealed class AttachmentsViewComponent(IetPortalDbContext db) : ViewComponent
{
    // An absolute path: the feature view-location expander only searches the invoking controller's folder and Shared.
    private const string ViewPath = "/Features/Attachments/_AttachmentsPanel.cshtml";

    public async Task<IViewComponentResult> InvokeAsync(int proposalId, bool canEdit, string? returnUrl)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var proposal = await db.Proposals.AsNoTracking()
            .Where(p => p.Id == proposalId)
            .Select(p => new { p.CollegeId, p.Status })
            .SingleOrDefaultAsync(cancellationToken);

        // The host page has already checked access; this keeps the panel from ever listing another college's files.
        if (proposal is null || !CollegeScope.MaySee(UserClaimsPrincipal, proposal.CollegeId))
        {
            return Content("");
        }

        // Never load AttachmentContent here: the list projects metadata only.
        var rows = await db.ProposalAttachments.AsNoTracking()
            .Where(a => a.IetProposalId == proposalId)
            .OrderBy(a => a.UploadedAtUtc).ThenBy(a => a.Id)
            .Select(a => new AttachmentRow(
                a.Id,
                a.FileName,
                a.Kind,
                a.Description,
                a.SizeBytes,
                a.UploadedAtUtc,
                db.Users.Where(u => u.Id == a.UploadedByUserId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);

        // The upload and remove actions refuse read-only proposals and non-staff users; do not offer what would be refused.
        // (Draft and Returned are IetProposal.IsEditable, which EF cannot translate from a projection.)
        var editable = canEdit
            && proposal.Status is ProposalStatus.Draft or ProposalStatus.Returned
            && UserClaimsPrincipal.IsInRole(RoleNames.CollegeStaff);
        var back = PanelReturnUrl.Resolve(Url, proposalId, returnUrl);
        var error = TempData[AttachmentsController.ErrorKey] as string;
        var errorField = TempData[AttachmentsController.ErrorFieldKey] as string;
        return View(ViewPath, new AttachmentsPanel(proposalId, editable, back, rows, error, errorField));
    }
}
