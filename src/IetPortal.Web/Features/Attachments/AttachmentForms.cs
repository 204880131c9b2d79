using System.ComponentModel.DataAnnotations;
using FluentValidation;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;

namespace IetPortal.Web.Features.Attachments;

/// <summary>The upload form of the attachments panel.</summary>
public sealed class AttachmentUploadForm
{
    [Display(Name = "File")]
    public IFormFile? File { get; set; }

    [Display(Name = "Kind of document")]
    public AttachmentKind? Kind { get; set; }

    [Display(Name = "Description")]
    public string? Description { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>The shape of an upload; what the file really is, is decided by <see cref="FileSignatures"/>.</summary>
public sealed class AttachmentUploadFormValidator : AbstractValidator<AttachmentUploadForm>
{
    public AttachmentUploadFormValidator()
    {
        RuleFor(f => f.File).NotNull().WithMessage("Select a file to upload");
        RuleFor(f => f.File!.Length)
            .GreaterThan(0).WithMessage("The selected file is empty")
            .LessThanOrEqualTo(ProposalAttachment.MaxSizeBytes).WithMessage(AttachmentLimits.TooLargeMessage)
            .OverridePropertyName(nameof(AttachmentUploadForm.File))
            .When(f => f.File is not null);
        RuleFor(f => f.Kind).IsInEnum().WithMessage("Select what kind of document this is");
        RuleFor(f => f.Description)
            .MaximumLength(FieldLengths.MediumText)
            .WithMessage($"Enter a description of at most {FieldLengths.MediumText:N0} characters");
    }
}

public static class AttachmentLimits
{
    /// <summary>
    /// The request may be a little larger than the file (multipart boundaries, the other fields), so the server's
    /// limits sit slightly above <see cref="ProposalAttachment.MaxSizeBytes"/>; the file's own limit is checked exactly.
    /// </summary>
    public const long UploadRequestBytes = ProposalAttachment.MaxSizeBytes + (1024 * 1024);

    public const string TooLargeMessage = "The selected file must be 10 MB or smaller";

    public const string Hint = "PDF, Word (.docx), Excel (.xlsx), PNG or JPEG, up to 10 MB";
}
