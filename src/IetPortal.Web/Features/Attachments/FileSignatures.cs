using System.IO.Compression;
using System.Text;

namespace IetPortal.Web.Features.Attachments;

/// <summary>A file type the portal accepts: its extensions, the content type it is served with, and its name for people.</summary>
public sealed record AcceptedFileType(string Name, string ContentType, IReadOnlyList<string> Extensions);

/// <summary>The outcome of checking an upload: the detected type, or the message to show the user.</summary>
public sealed record FileCheck(AcceptedFileType? Type, string? Error)
{
    public static FileCheck Accepted(AcceptedFileType type) => new(type, null);

    public static FileCheck Refused(string error) => new(null, error);
}

/// <summary>
/// Decides what an uploaded file really is from its bytes (magic numbers, and for Office files the package parts),
/// never from the browser's content type: a renamed executable or HTML page must not be stored and later served
/// as a "PDF" or "PNG". The name's extension must agree with the detected type.
/// </summary>
public static class FileSignatures
{
    public static readonly AcceptedFileType Pdf = new("PDF", "application/pdf", [".pdf"]);
    public static readonly AcceptedFileType Png = new("PNG image", "image/png", [".png"]);
    public static readonly AcceptedFileType Jpeg = new("JPEG image", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly AcceptedFileType Docx = new(
        "Word document (.docx)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly AcceptedFileType Xlsx = new(
        "Excel workbook (.xlsx)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);

    public static IReadOnlyList<AcceptedFileType> All { get; } = [Pdf, Png, Jpeg, Docx, Xlsx];

    /// <summary>For the file input's <c>accept</c> attribute (a convenience for the picker, not a check).</summary>
    public static string AcceptAttribute { get; } = string.Join(',', All.SelectMany(t => t.Extensions));

    public const string AcceptedTypesText = "PDF, Word (.docx), Excel (.xlsx), PNG or JPEG";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    private const string ContentTypesPart = "[Content_Types].xml";

    // [Content_Types].xml is a few kilobytes; a bigger one is not an Office document we want to inflate.
    private const int MaxContentTypesBytes = 256 * 1024;

    /// <summary>Checks a file already read into memory (at most <see cref="Domain.Proposals.ProposalAttachment.MaxSizeBytes"/>).</summary>
    public static FileCheck Check(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var claimed = All.FirstOrDefault(t => t.Extensions.Contains(extension));
        if (claimed is null)
        {
            return FileCheck.Refused(extension is ".doc" or ".xls"
                ? "The selected file is in an old Word or Excel format: save it as .docx or .xlsx, then upload it again"
                : $"The selected file must be a {AcceptedTypesText}");
        }

        var detected = Detect(content);
        if (detected != claimed)
        {
            return FileCheck.Refused($"The selected file is not a valid {claimed.Name}: its content does not match its {extension} name");
        }

        return FileCheck.Accepted(detected);
    }

    /// <summary>The accepted type the bytes are, or null for anything else.</summary>
    public static AcceptedFileType? Detect(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var bytes = content.AsSpan();
        if (bytes.StartsWith(PdfMagic))
        {
            return Pdf;
        }

        if (bytes.StartsWith(PngMagic))
        {
            return Png;
        }

        if (bytes.StartsWith(JpegMagic))
        {
            return Jpeg;
        }

        return bytes.StartsWith(ZipMagic) ? DetectOfficePackage(content) : null;
    }

    /// <summary>
    /// DOCX and XLSX are ZIP packages; any ZIP (a renamed archive of executables) starts with the same bytes, so the
    /// package must also hold the parts Word or Excel need. Only the central directory and [Content_Types].xml are
    /// read, never the other entries, so a ZIP bomb inflates nothing.
    /// </summary>
    private static AcceptedFileType? DetectOfficePackage(byte[] content)
    {
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            var contentTypes = zip.GetEntry(ContentTypesPart);
            if (contentTypes is null || DeclaresMacros(contentTypes))
            {
                return null;
            }

            var isWord = zip.GetEntry("word/document.xml") is not null;
            var isExcel = zip.GetEntry("xl/workbook.xml") is not null;
            return (isWord, isExcel) switch
            {
                (true, false) => Docx,
                (false, true) => Xlsx,
                _ => null,
            };
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>A macro-enabled document (.docm, .xlsm) renamed .docx or .xlsx carries a VBA project: refuse it.</summary>
    private static bool DeclaresMacros(ZipArchiveEntry contentTypes)
    {
        if (contentTypes.Length > MaxContentTypesBytes)
        {
            return true;
        }

        using var entry = contentTypes.Open();
        var buffer = new byte[MaxContentTypesBytes + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = entry.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        if (total > MaxContentTypesBytes)
        {
            return true;
        }

        var xml = Encoding.UTF8.GetString(buffer, 0, total);
        return xml.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase)
            || xml.Contains("vbaProject", StringComparison.OrdinalIgnoreCase);
    }
}
