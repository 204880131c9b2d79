using System.Security.Claims;
using System.Security.Cryptography;
using FluentValidation;
using FluentValidation.AspNetCore;
using IetPortal.Domain.Proposals;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Features.Attachments;

/// <summary>
/// Upload, download and removal of a proposal's attachments. The panel that lists them
/// (<see cref="AttachmentsViewComponent"/>) sits on other pages, so the forms post here and come back to the page
/// they came from (post-redirect-get), carrying a refusal in TempData for the panel to show.
/// </summary>
[Route("proposals/{id:int}/attachments")]
public sealed partial class AttachmentsController(
    ProposalAccess access,
    IetPortalDbContext db,
    AuditScope auditScope,
    TimeProvider clock,
    ILogger<AttachmentsController> logger) : ProposalControllerBase(access)
{
    public const string ErrorKey = "AttachmentError";
    public const string ErrorFieldKey = "AttachmentErrorField";

    private const string NotEditableMessage =
        "Attachments can only be added or removed while the proposal is a draft or has been returned for changes";

    private const string ConflictMessage = "Someone else saved this proposal at the same moment: try again";

    /// <summary>Fields in the order the panel shows them, so the first error reported is the first one on the form.</summary>
    private static readonly string[] FieldOrder =
        [nameof(AttachmentUploadForm.File), nameof(AttachmentUploadForm.Kind), nameof(AttachmentUploadForm.Description)];

    [HttpPost("")]
    [Authorize(Policy = Policies.CollegeStaff)]
    [RequestSizeLimit(AttachmentLimits.UploadRequestBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = AttachmentLimits.UploadRequestBytes)]
    [OversizedUpload]
    public async Task<IActionResult> Upload(int id, AttachmentUploadForm form, [FromServices] IValidator<AttachmentUploadForm> validator)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        var cancellationToken = HttpContext.RequestAborted;
        var back = PanelReturnUrl.Resolve(Url, id, form.ReturnUrl);
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (proposal is null)
        {
            return NotFound();
        }

        if (!proposal.IsEditable)
        {
            return Refuse(id, back, NotEditableMessage, field: null);
        }

        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState);
        if (FirstError() is { } error)
        {
            return Refuse(id, back, error.Message, error.Field);
        }

        var file = form.File!;
        var content = await ReadAtMostAsync(file, ProposalAttachment.MaxSizeBytes, cancellationToken);
        if (content is null)
        {
            return Refuse(id, back, AttachmentLimits.TooLargeMessage, nameof(AttachmentUploadForm.File));
        }

        var fileName = AttachmentFileName.Sanitize(file.FileName);
        var check = FileSignatures.Check(fileName, content);
        if (check.Type is null)
        {
            return Refuse(id, back, check.Error!, nameof(AttachmentUploadForm.File));
        }

        db.ProposalAttachments.Add(new ProposalAttachment
        {
            IetProposalId = id,
            FileName = fileName,
            // What the bytes are, never what the browser claimed: this is the type the file is served back with.
            ContentType = check.Type.ContentType,
            SizeBytes = content.LongLength,
            Kind = form.Kind ?? AttachmentKind.Other,
            Description = string.IsNullOrWhiteSpace(form.Description) ? null : form.Description.Trim(),
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
            UploadedByUserId = User.FindFirstValue(ClaimTypes.NameIdentifier),
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = new AttachmentContent { Data = content },
        });
        if (!await SaveTouchingAsync(proposal, "Attachment added", cancellationToken))
        {
            return Refuse(id, back, ConflictMessage, nameof(AttachmentUploadForm.File));
        }

        TempData["Status"] = $"{fileName} has been attached.";
        return LocalRedirect(back);
    }

    [HttpGet("{attachmentId:int}")]
    [Authorize(Policy = Policies.SignedIn)]
    public async Task<IActionResult> Download(int id, int attachmentId)
    {
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        var file = await db.ProposalAttachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && a.IetProposalId == id)
            .Select(a => new AttachmentDownload(a.FileName, a.ContentType, a.Content!.Data))
            .SingleOrDefaultAsync(HttpContext.RequestAborted);
        if (file?.Data is null)
        {
            return NotFound();
        }

        // Belt and braces on top of the attachment disposition and nosniff: should a browser ever render the file,
        // the sandbox gives it no scripts, no same-origin access and no forms.
        Response.Headers.ContentSecurityPolicy = "sandbox";
        Response.Headers.CacheControl = "private, no-store";
        var contentType = FileSignatures.All.Any(t => t.ContentType == file.ContentType) ? file.ContentType : "application/octet-stream";

        // FileDownloadName makes MVC write "attachment; filename=...; filename*=UTF-8''..." with proper escaping.
        return File(file.Data, contentType, file.FileName);
    }

    [HttpPost("{attachmentId:int}/delete")]
    [Authorize(Policy = Policies.CollegeStaff)]
    public async Task<IActionResult> Delete(int id, int attachmentId, string? returnUrl)
    {
        if (await DenyUnlessVisibleAsync(id) is { } denied)
        {
            return denied;
        }

        var cancellationToken = HttpContext.RequestAborted;
        var back = PanelReturnUrl.Resolve(Url, id, returnUrl);
        // Tracked without its content: the database cascade removes the bytes, which are never loaded here.
        var attachment = await db.ProposalAttachments
            .SingleOrDefaultAsync(a => a.Id == attachmentId && a.IetProposalId == id, cancellationToken);
        var proposal = await db.Proposals.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (attachment is null || proposal is null)
        {
            return NotFound();
        }

        if (!proposal.IsEditable)
        {
            return Refuse(id, back, NotEditableMessage, field: null);
        }

        db.ProposalAttachments.Remove(attachment);
        if (!await SaveTouchingAsync(proposal, "Attachment removed", cancellationToken))
        {
            return Refuse(id, back, ConflictMessage, field: null);
        }

        TempData["Status"] = $"{attachment.FileName} has been removed.";
        return LocalRedirect(back);
    }

    /// <summary>
    /// Saves the attachment change together with a touch of the proposal, so its updated-at, concurrency stamp and audit
    /// trail (written by <see cref="AuditingInterceptor"/> in the same transaction) show that the proposal changed.
    /// </summary>
    private async Task<bool> SaveTouchingAsync(IetProposal proposal, string action, CancellationToken cancellationToken)
    {
        auditScope.Section = nameof(ProposalSection.PartnersAndAttachments);
        auditScope.Action = action;
        db.Entry(proposal).Property(p => p.UpdatedAtUtc).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another editor saved the proposal between our read and our write; nothing was stored, so asking again is safe.
            return false;
        }
    }

    private (string Field, string Message)? FirstError()
    {
        var errors = ModelState
            .Where(e => e.Value?.ValidationState == ModelValidationState.Invalid)
            .SelectMany(e => e.Value!.Errors.Select(x => (Field: e.Key, Message: x.ErrorMessage)))
            .ToList();
        if (errors.Count == 0)
        {
            return null;
        }

        var (field, message) = errors.OrderBy(e => Array.IndexOf(FieldOrder, e.Field) is var i and >= 0 ? i : FieldOrder.Length).First();
        return (field, string.IsNullOrEmpty(message) ? "Enter a valid value" : message);
    }

    /// <summary>Back to the page the form was on, with the message for the panel; the fragment brings the panel into view.</summary>
    private LocalRedirectResult Refuse(int id, string back, string message, string? field)
    {
        LogRefused(logger, id, message);
        TempData[ErrorKey] = message;
        if (field is not null && FieldOrder.Contains(field))
        {
            TempData[ErrorFieldKey] = field;
        }

        return LocalRedirect(PanelReturnUrl.ToPanel(back));
    }

    /// <summary>
    /// Copies the upload into memory, never more than <paramref name="maxBytes"/>: the declared length is checked first,
    /// and the copy stops as soon as the stream proves longer than declared. Null when the file is too large.
    /// </summary>
    private static async Task<byte[]?> ReadAtMostAsync(IFormFile file, long maxBytes, CancellationToken cancellationToken)
    {
        if (file.Length > maxBytes)
        {
            return null;
        }

        await using var source = file.OpenReadStream();
        using var buffer = new MemoryStream((int)file.Length);
        var chunk = new byte[81_920];
        int read;
        while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    // The reason only: file names are the user's own text and may carry personal data.
    [LoggerMessage(Level = LogLevel.Information, Message = "Attachment change on proposal {ProposalId} refused: {Reason}")]
    private static partial void LogRefused(ILogger logger, int proposalId, string reason);
}

internal sealed record AttachmentDownload(string FileName, string ContentType, byte[]? Data);

/// <summary>Where the panel's forms send the user back to: a local URL only (never an open redirect), else the proposal.</summary>
internal static class PanelReturnUrl
{
    public static string Resolve(IUrlHelper url, object? proposalId, string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && url.IsLocalUrl(returnUrl) ? returnUrl : $"/proposals/{proposalId}";

    /// <summary>With the panel's fragment, so a refusal scrolls to the message even without JavaScript.</summary>
    public static string ToPanel(string back) => back.Contains('#', StringComparison.Ordinal) ? back : back + "#attachments";
}
