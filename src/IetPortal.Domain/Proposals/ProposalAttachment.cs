namespace IetPortal.Domain.Proposals;

/// <summary>
/// A file attached to a proposal (syllabus, letter of support). The bytes live in <see cref="AttachmentContent"/>
/// so listing attachments never loads them, and in the database so every web node sees the same files.
/// </summary>
public class ProposalAttachment
{
    public const long MaxSizeBytes = 10 * 1024 * 1024;

    public int Id { get; set; }
    public int IetProposalId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }
    public AttachmentKind Kind { get; set; }
    public string? Description { get; set; }
    public DateTime UploadedAtUtc { get; set; }
    public string? UploadedByUserId { get; set; }
    public string? Sha256 { get; set; }
    public AttachmentContent? Content { get; set; }
}

public class AttachmentContent
{
    public int ProposalAttachmentId { get; set; }
    public required byte[] Data { get; set; }
}

public enum AttachmentKind
{
    Syllabus,
    LetterOfSupport,
    LaborMarketData,
    Other,
}
