using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Html.Dom;
using IetPortal.Domain.Common;
using IetPortal.Domain.Proposals;
using IetPortal.Domain.Workflow;
using IetPortal.Infrastructure.Persistence;
using IetPortal.Web.Authorization;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IetPortal.Web.Tests.Attachments;

/// <summary>
/// Attachments go in only when their bytes are what their name says (PDF, DOCX, XLSX, PNG, JPEG, at most 10 MB), come
/// back byte for byte as downloads, only to users who may see the proposal, and every refusal is a message on the page
/// the user came from, never a 500.
/// </summary>
public sealed class AttachmentTests(AttachmentsAppFactory app) : IClassFixture<AttachmentsAppFactory>
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // ---- Accepted files ----------------------------------------------------------------------------------------

    public static TheoryData<string, string> AcceptedFiles => new()
    {
        { "syllabus.pdf", "application/pdf" },
        { "cohort-photo.png", "image/png" },
        { "site-visit.JPG", "image/jpeg" },
        { "letter-of-support.docx", DocxType },
        { "labor-market.xlsx", XlsxType },
    };

    [Theory]
    [MemberData(nameof(AcceptedFiles))]
    public async Task An_accepted_file_is_stored_and_downloads_byte_identical_as_an_attachment(string fileName, string contentType)
    {
        var id = await CreateProposalAsync("MATC");
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));
        var bytes = SampleFile(fileName);

        using var upload = await UploadAsync(client, id, fileName, bytes, kind: "LetterOfSupport", description: "From the WDB");

        AssertRedirectsTo(HostUrl(id), upload);
        var stored = await app.WithDbAsync(db => db.ProposalAttachments.AsNoTracking().SingleAsync(a => a.IetProposalId == id));
        Assert.Equal(fileName, stored.FileName);
        Assert.Equal(contentType, stored.ContentType);
        Assert.Equal(bytes.LongLength, stored.SizeBytes);
        Assert.Equal(AttachmentKind.LetterOfSupport, stored.Kind);
        Assert.Equal("From the WDB", stored.Description);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), stored.Sha256);

        using var download = await client.GetAsync($"/proposals/{id}/attachments/{stored.Id}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(contentType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        // no-store forbids every cache, shared or private (the sign-in cookie's renewal also sends no-cache, no-store).
        Assert.True(download.Headers.CacheControl is { NoStore: true }, "A private file must not be cached");
    }

    [Fact]
    public async Task A_download_is_sandboxed_by_its_content_security_policy()
    {
        var id = await CreateProposalAsync("MATC");
        var attachmentId = await SeedAttachmentAsync(id);
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));

        using var download = await client.GetAsync($"/proposals/{id}/attachments/{attachmentId}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("sandbox", Assert.Single(download.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task The_upload_records_who_and_when_and_touches_the_proposal_with_an_audit_event()
    {
        var id = await CreateProposalAsync("MATC");
        var staff = await app.CreateStaffAsync("MATC");
        using var client = await SignedInAsync(staff);
        var before = await app.WithDbAsync(db => db.Proposals.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.ConcurrencyStamp, p.UpdatedAtUtc }).SingleAsync());

        using var upload = await UploadAsync(client, id, "syllabus.pdf", SampleFile("syllabus.pdf"));

        AssertRedirectsTo(HostUrl(id), upload);
        var stored = await app.WithDbAsync(db => db.ProposalAttachments.AsNoTracking().SingleAsync(a => a.IetProposalId == id));
        var after = await app.WithDbAsync(db => db.Proposals.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.ConcurrencyStamp, p.UpdatedAtUtc, p.UpdatedByUserId }).SingleAsync());
        var audit = await app.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.IetProposalId == id).OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal(staff.Id, stored.UploadedByUserId);
        Assert.True(stored.UploadedAtUtc > DateTime.UtcNow.AddMinutes(-5));
        Assert.NotEqual(before.ConcurrencyStamp, after.ConcurrencyStamp);
        Assert.True(after.UpdatedAtUtc >= before.UpdatedAtUtc);
        Assert.Equal(staff.Id, after.UpdatedByUserId);
        Assert.Equal("Attachment added", audit.Action);
        Assert.Equal(nameof(ProposalSection.PartnersAndAttachments), audit.Section);
        Assert.Equal(staff.Id, audit.UserId);
    }

    // ---- Refused files -----------------------------------------------------------------------------------------

    public static TheoryData<string, string, string> RefusedFiles => new()
    {
        { "an executable renamed .pdf", "report.pdf", "is not a valid PDF" },
        { "an HTML page renamed .png", "chart.png", "is not a valid PNG image" },
        { "a ZIP without word/document.xml renamed .docx", "letter.docx", "is not a valid Word document (.docx)" },
        { "an XLSX renamed .docx", "budget.docx", "is not a valid Word document (.docx)" },
        { "a PDF renamed .png", "syllabus.png", "is not a valid PNG image" },
        { "a macro-enabled workbook renamed .xlsx", "macros.xlsx", "is not a valid Excel workbook (.xlsx)" },
        { "truncated ZIP bytes named .xlsx", "broken.xlsx", "is not a valid Excel workbook (.xlsx)" },
        { "a legacy Word document", "letter.doc", "old Word or Excel format" },
        { "a legacy Excel workbook", "budget.xls", "old Word or Excel format" },
        { "an executable", "setup.exe", "must be a PDF, Word (.docx), Excel (.xlsx), PNG or JPEG" },
        { "an SVG image", "logo.svg", "must be a PDF, Word (.docx), Excel (.xlsx), PNG or JPEG" },
        { "an HTML page", "page.html", "must be a PDF, Word (.docx), Excel (.xlsx), PNG or JPEG" },
        { "a file without an extension", "syllabus", "must be a PDF, Word (.docx), Excel (.xlsx), PNG or JPEG" },
        { "an empty file", "empty.pdf", "The selected file is empty" },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task A_refused_file_is_not_stored_and_the_panel_shows_why_linked_to_the_file_input(
        string what, string fileName, string message)
    {
        var id = await CreateProposalAsync("MATC");
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));

        using var upload = await UploadAsync(client, id, fileName, HostileFile(what));

        AssertRedirectsTo(HostUrl(id) + "#attachments", upload);
        Assert.Equal(0, await AttachmentCountAsync(id));
        var page = await client.GetDocumentAsync(HostUrl(id));
        AssertFileErrorShown(page, message);
    }

    [Fact]
    public async Task A_file_just_over_10_MB_is_refused_with_the_size_limit()
    {
        var id = await CreateProposalAsync("MATC");
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));
        var bytes = new byte[ProposalAttachment.MaxSizeBytes + 1];
        "%PDF-1.7\n"u8.CopyTo(bytes);

        using var upload = await UploadAsync(client, id, "huge.pdf", bytes);

        AssertRedirectsTo(HostUrl(id) + "#attachments", upload);
        Assert.Equal(0, await AttachmentCountAsync(id));
        AssertFileErrorShown(await client.GetDocumentAsync(HostUrl(id)), "The selected file must be 10 MB or smaller");
    }

    [Fact]
    public async Task A_file_of_exactly_10_MB_is_accepted()
    {
        var id = await CreateProposalAsync("MATC");
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));
        var bytes = new byte[ProposalAttachment.MaxSizeBytes];
        "%PDF-1.7\n"u8.CopyTo(bytes);

        using var upload = await UploadAsync(client, id, "large-but-allowed.pdf", bytes);

        AssertRedirectsTo(HostUrl(id), upload);
        Assert.Equal(1, await AttachmentCountAsync(id));
    }

    [Fact]
    public async Task A_request_past_the_server_limits_gets_the_same_message_never_a_400_or_500()
    {
        var id = await CreateProposalAsync("MATC");
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));
        var bytes = new byte[ProposalAttachment.MaxSizeBytes + (3 * 1024 * 1024)];
        "%PDF-1.7\n"u8.CopyTo(bytes);

        // The server stops reading the form before the action runs, so the fields are lost; the return URL in the
        // form's action still brings the user back to the panel with the message.
        using var upload = await UploadAsync(client, id, "enormous.pdf", bytes);

        AssertRedirectsTo(HostUrl(id) + "#attachments", upload);
        Assert.Equal(0, await AttachmentCountAsync(id));
        AssertFileErrorShown(await client.GetDocumentAsync(HostUrl(id)), "The selected file must be 10 MB or smaller");
    }

    [Fact]
    public async Task A_missing_file_asks_for_one()
    {
        var id = await CreateProposalAsync("MATC");
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));

        using var upload = await PostMultipartAsync(client, UploadUrl(id), await TokenAsync(client), [("Kind", "Syllabus")]);

        AssertRedirectsTo(HostUrl(id) + "#attachments", upload);
        AssertFileErrorShown(await client.GetDocumentAsync(HostUrl(id)), "Select a file to upload");
    }

    [Fact]
    public async Task A_description_that_is_too_long_is_refused_and_linked_to_the_description()
    {
        var id = await CreateProposalAsync("MATC");
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));

        using var upload = await UploadAsync(client, id, "syllabus.pdf", SampleFile("syllabus.pdf"),
            description: new string('x', FieldLengths.MediumText + 1));

        AssertRedirectsTo(HostUrl(id) + "#attachments", upload);
        Assert.Equal(0, await AttachmentCountAsync(id));
        var page = await client.GetDocumentAsync(HostUrl(id));
        Assert.Equal("#attachment-description", page.QuerySelector("#attachments-error a")?.GetAttribute("href"));
        Assert.Equal("true", page.QuerySelector("#attachment-description")?.GetAttribute("aria-invalid"));
        Assert.Null(page.QuerySelector("#attachment-file")?.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task An_unknown_kind_is_refused_not_stored()
    {
        var id = await CreateProposalAsync("MATC");
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));

        using var upload = await UploadAsync(client, id, "syllabus.pdf", SampleFile("syllabus.pdf"), kind: "99");

        AssertRedirectsTo(HostUrl(id) + "#attachments", upload);
        Assert.Equal(0, await AttachmentCountAsync(id));
        var page = await client.GetDocumentAsync(HostUrl(id));
        Assert.Equal("#attachment-kind", page.QuerySelector("#attachments-error a")?.GetAttribute("href"));
    }

    // ---- Hostile names -----------------------------------------------------------------------------------------

    public static TheoryData<string, string> HostileNames => new()
    {
        { "../../etc/passwd.pdf", "passwd.pdf" },
        { "..\\..\\Windows\\syllabus.pdf", "syllabus.pdf" },
        { "<script>alert(1)<\\script>.pdf", "script_.pdf" },
        { "<img src=x onerror=alert(1)>.pdf", "_img src=x onerror=alert(1)_.pdf" },
        { "invoice\u202Egnp.pdf", "invoicegnp.pdf" },
        { "\u2067letter\u2069 of support.pdf", "letter of support.pdf" },
        { "syl\u0000la\u0007bus\u001B.pdf", "syllabus.pdf" },
        { "line\r\nbreak.pdf", "linebreak.pdf" },
        { ".hidden.pdf", "hidden.pdf" },
        { ".pdf", "attachment.pdf" },
        { "cours\u00E9 \u2013 fran\u00E7ais \U0001F4DA.pdf", "cours\u00E9 \u2013 fran\u00E7ais \U0001F4DA.pdf" },
    };

    [Theory]
    [MemberData(nameof(HostileNames))]
    public async Task A_hostile_file_name_is_stored_safely_and_downloads_under_that_safe_name(string sentName, string expected)
    {
        var id = await CreateProposalAsync("MATC");
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));
        var bytes = SampleFile("syllabus.pdf");

        using var upload = await UploadAsync(client, id, sentName, bytes);

        AssertRedirectsTo(HostUrl(id), upload);
        var stored = await app.WithDbAsync(db => db.ProposalAttachments.AsNoTracking().SingleAsync(a => a.IetProposalId == id));
        Assert.Equal(expected, stored.FileName);
        using var download = await client.GetAsync($"/proposals/{id}/attachments/{stored.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(expected, download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());

        // Shown as text, never as markup.
        var page = await client.GetDocumentAsync(HostUrl(id));
        Assert.Equal(expected, page.QuerySelector("#attachments tbody th a")?.TextContent);
        Assert.Null(page.QuerySelector("#attachments img"));
        Assert.Null(page.QuerySelector("#attachments script"));
    }

    [Fact]
    public async Task A_bidi_override_cannot_disguise_an_executable_as_a_pdf()
    {
        var id = await CreateProposalAsync("MATC");
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));

        // Displays as "syllabusexe.pdf" where the override is honoured; really ends in .exe.
        using var upload = await UploadAsync(client, id, "syllabus\u202Efdp.exe", HostileFile("an executable renamed .pdf"));

        AssertRedirectsTo(HostUrl(id) + "#attachments", upload);
        Assert.Equal(0, await AttachmentCountAsync(id));
    }

    [Fact]
    public async Task A_very_long_name_is_shortened_keeping_its_extension()
    {
        var id = await CreateProposalAsync("MATC");
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));

        using var upload = await UploadAsync(client, id, new string('a', 400) + ".docx", SampleFile("x.docx"));

        AssertRedirectsTo(HostUrl(id), upload);
        var name = await app.WithDbAsync(db => db.ProposalAttachments.Where(a => a.IetProposalId == id).Select(a => a.FileName).SingleAsync());
        Assert.Equal(FieldLengths.FileName, name.Length);
        Assert.EndsWith("a.docx", name, StringComparison.Ordinal);
    }

    // ---- Who may do what ---------------------------------------------------------------------------------------

    [Fact]
    public async Task Staff_of_another_college_get_403_on_upload_download_and_delete()
    {
        var id = await CreateProposalAsync("MATC");
        var attachmentId = await SeedAttachmentAsync(id);
        using var client = await SignedInAsync(await app.CreateStaffAsync("MADISON"));
        var token = await TokenAsync(client);

        using var upload = await PostMultipartAsync(client, UploadUrl(id), token, [], ("syllabus.pdf", SampleFile("syllabus.pdf")));
        using var download = await client.GetAsync($"/proposals/{id}/attachments/{attachmentId}");
        using var delete = await PostMultipartAsync(client, $"/proposals/{id}/attachments/{attachmentId}/delete", token, []);

        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, download.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.DoesNotContain("%PDF", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await AttachmentCountAsync(id));
    }

    [Fact]
    public async Task Staff_of_another_college_see_no_panel()
    {
        var id = await CreateProposalAsync("MATC");
        await SeedAttachmentAsync(id);
        using var client = await SignedInAsync(await app.CreateStaffAsync("MADISON"));

        var page = await client.GetDocumentAsync(HostUrl(id));

        Assert.Null(page.QuerySelector("#attachments"));
    }

    [Theory]
    [InlineData(RoleNames.StateReviewer)]
    [InlineData(RoleNames.Administrator)]
    public async Task The_System_Office_downloads_but_cannot_upload_or_remove(string role)
    {
        var id = await CreateProposalAsync("MADISON");
        var attachmentId = await SeedAttachmentAsync(id);
        using var client = await SignedInAsync(await app.CreateUserAsync(role));
        var token = await TokenAsync(client);

        using var download = await client.GetAsync($"/proposals/{id}/attachments/{attachmentId}");
        using var upload = await PostMultipartAsync(client, UploadUrl(id), token, [], ("syllabus.pdf", SampleFile("syllabus.pdf")));
        using var delete = await PostMultipartAsync(client, $"/proposals/{id}/attachments/{attachmentId}/delete", token, []);
        var panel = await client.GetDocumentAsync(HostUrl(id));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(SampleFile("syllabus.pdf"), await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(1, await AttachmentCountAsync(id));
        Assert.NotNull(panel.QuerySelector($"#attachments a[href='/proposals/{id}/attachments/{attachmentId}']"));
        Assert.Null(panel.QuerySelector("#attachments form"));
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in()
    {
        var id = await CreateProposalAsync("MATC");
        var attachmentId = await SeedAttachmentAsync(id);
        using var client = app.CreateAppClient();

        using var download = await client.GetAsync($"/proposals/{id}/attachments/{attachmentId}");

        Assert.Equal(HttpStatusCode.Redirect, download.StatusCode);
        Assert.StartsWith("https://localhost/account/login", download.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attachment_is_only_reached_through_its_own_proposal()
    {
        var id = await CreateProposalAsync("MATC");
        var otherId = await CreateProposalAsync("MATC");
        var attachmentId = await SeedAttachmentAsync(otherId);
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));

        using var download = await client.GetAsync($"/proposals/{id}/attachments/{attachmentId}");
        using var delete = await PostMultipartAsync(client, $"/proposals/{id}/attachments/{attachmentId}/delete", await TokenAsync(client), []);
        using var missing = await client.GetAsync($"/proposals/987654/attachments/{attachmentId}");

        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(1, await AttachmentCountAsync(otherId));
    }

    // ---- Removing, read-only proposals, return URLs ------------------------------------------------------------

    [Fact]
    public async Task Remove_deletes_the_attachment_and_its_bytes_and_audits_it()
    {
        var id = await CreateProposalAsync("MATC");
        var attachmentId = await SeedAttachmentAsync(id);
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));
        var panel = await client.GetDocumentAsync(HostUrl(id));
        var removeAction = $"/proposals/{id}/attachments/{attachmentId}/delete";
        var form = panel.Forms.Single(f => f.GetAttribute("action") == removeAction + ReturnQuery(id));
        Assert.Equal("Remove syllabus.pdf", form.QuerySelector("button")?.TextContent.Trim());
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));

        using var response = await PostMultipartAsync(client, form.GetAttribute("action")!, await TokenAsync(client), []);

        AssertRedirectsTo(HostUrl(id), response);
        Assert.Equal(0, await AttachmentCountAsync(id));
        Assert.False(await app.WithDbAsync(db => db.AttachmentContents.AnyAsync(c => c.ProposalAttachmentId == attachmentId)));
        var audit = await app.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.IetProposalId == id).OrderByDescending(e => e.Id).FirstAsync());
        Assert.Equal("Attachment removed", audit.Action);
        Assert.Equal(nameof(ProposalSection.PartnersAndAttachments), audit.Section);
    }

    [Theory]
    [InlineData(ProposalStatus.Submitted)]
    [InlineData(ProposalStatus.InReview)]
    [InlineData(ProposalStatus.Approved)]
    public async Task A_proposal_that_is_not_editable_refuses_upload_and_removal(ProposalStatus status)
    {
        var id = await CreateProposalAsync("MATC", status);
        var attachmentId = await SeedAttachmentAsync(id);
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));
        var token = await TokenAsync(client);

        using var upload = await PostMultipartAsync(client, UploadUrl(id), token, [], ("syllabus.pdf", SampleFile("syllabus.pdf")));
        var afterUpload = await client.GetDocumentAsync(HostUrl(id));
        using var delete = await PostMultipartAsync(client, $"/proposals/{id}/attachments/{attachmentId}/delete{ReturnQuery(id)}", token, []);

        AssertRedirectsTo(HostUrl(id) + "#attachments", upload);
        AssertRedirectsTo(HostUrl(id) + "#attachments", delete);
        Assert.Equal(1, await AttachmentCountAsync(id));
        Assert.Contains("can only be added or removed while the proposal is a draft", afterUpload.QuerySelector("#attachments-error")?.TextContent,
            StringComparison.Ordinal);
        // A read-only proposal offers no upload form or Remove buttons, only the downloads.
        Assert.Null(afterUpload.QuerySelector("#attachments form"));
        Assert.NotNull(afterUpload.QuerySelector($"#attachments a[href='/proposals/{id}/attachments/{attachmentId}']"));
    }

    [Fact]
    public async Task A_returned_proposal_accepts_attachments()
    {
        var id = await CreateProposalAsync("MATC", ProposalStatus.Returned);
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));

        using var upload = await UploadAsync(client, id, "revised-syllabus.pdf", SampleFile("syllabus.pdf"));

        AssertRedirectsTo(HostUrl(id), upload);
        Assert.Equal(1, await AttachmentCountAsync(id));
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("")]
    public async Task A_return_url_that_is_not_local_falls_back_to_the_proposal(string returnUrl)
    {
        var id = await CreateProposalAsync("MATC");
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));

        using var upload = await UploadAsync(client, id, "syllabus.pdf", SampleFile("syllabus.pdf"), returnUrl: returnUrl);

        AssertRedirectsTo($"/proposals/{id}", upload);
    }

    // ---- The panel's markup ------------------------------------------------------------------------------------

    [Fact]
    public async Task The_panel_lists_files_in_a_captioned_table_and_labels_the_upload_form()
    {
        var id = await CreateProposalAsync("MATC");
        using var client = await SignedInAsync(await app.CreateStaffAsync("MATC"));
        using var upload = await UploadAsync(client, id, "ESL syllabus.docx", SampleFile("x.docx"), kind: "Syllabus", description: "Week by week plan");
        AssertRedirectsTo(HostUrl(id), upload);

        var page = await client.GetDocumentAsync(HostUrl(id));

        var panel = page.QuerySelector("section#attachments")!;
        Assert.Equal("attachments-heading", panel.GetAttribute("aria-labelledby"));
        Assert.False(string.IsNullOrWhiteSpace(panel.QuerySelector("table caption")?.TextContent));
        Assert.All(panel.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
        var row = panel.QuerySelector("tbody tr")!;
        Assert.Equal("row", row.QuerySelector("th")?.GetAttribute("scope"));
        Assert.Equal("ESL syllabus.docx", row.QuerySelector("th a")?.TextContent);
        Assert.Contains("Week by week plan", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Syllabus", row.QuerySelector("td[data-label=Kind]")?.TextContent);
        Assert.EndsWith(" KB", row.QuerySelector("td[data-label=Size]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("by Test CollegeStaff", row.QuerySelector("td[data-label=Uploaded]")?.TextContent, StringComparison.Ordinal);

        var form = page.Forms.Single(f => f.GetAttribute("action") == UploadUrl(id));
        Assert.Equal("multipart/form-data", form.GetAttribute("enctype"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        var file = form.QuerySelector("#attachment-file")!;
        Assert.Equal("file", file.GetAttribute("type"));
        Assert.Equal("File", file.GetAttribute("name"));
        Assert.Equal("File", form.QuerySelector("label[for=attachment-file]")?.TextContent);
        Assert.Equal("attachment-file-hint", file.GetAttribute("aria-describedby"));
        Assert.Equal("PDF, Word (.docx), Excel (.xlsx), PNG or JPEG, up to 10 MB", form.QuerySelector("#attachment-file-hint")?.TextContent);
        Assert.Null(file.GetAttribute("aria-invalid"));
        Assert.NotNull(form.QuerySelector("label[for=attachment-kind]"));
        Assert.NotNull(form.QuerySelector("label[for=attachment-description]"));
        Assert.Null(page.QuerySelector("#attachments-error"));
    }

    [Theory]
    [InlineData(1, "1 KB")]
    [InlineData(999, "1 KB")]
    [InlineData(250_000, "245 KB")]
    [InlineData(3_500_000, "3.3 MB")]
    [InlineData(ProposalAttachment.MaxSizeBytes, "10 MB")]
    public void Sizes_read_in_KB_or_MB(long bytes, string expected)
    {
        Assert.Equal(expected, IetPortal.Web.Features.Attachments.AttachmentsPanel.Size(bytes));
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    private static string HostUrl(int id) => $"{AttachmentPanelHostController.Path}/{id}";

    /// <summary>The panel's forms carry the page to come back to in their action's query string.</summary>
    private static string ReturnQuery(int id, string? returnUrl = null) => "?returnUrl=" + Uri.EscapeDataString(returnUrl ?? HostUrl(id));

    private static string UploadUrl(int id, string? returnUrl = null) => $"/proposals/{id}/attachments{ReturnQuery(id, returnUrl)}";

    private async Task<int> CreateProposalAsync(string collegeCode, ProposalStatus status = ProposalStatus.Draft)
    {
        var collegeId = await app.CollegeIdAsync(collegeCode);
        return await app.WithDbAsync(async db =>
        {
            var proposal = IetProposal.StartDraft(collegeId, $"{collegeCode} attachments test");
            proposal.Status = status;
            db.Proposals.Add(proposal);
            await db.SaveChangesAsync();
            return proposal.Id;
        });
    }

    private async Task<int> SeedAttachmentAsync(int proposalId) =>
        await app.WithDbAsync(async db =>
        {
            var bytes = SampleFile("syllabus.pdf");
            var attachment = new ProposalAttachment
            {
                IetProposalId = proposalId,
                FileName = "syllabus.pdf",
                ContentType = "application/pdf",
                SizeBytes = bytes.Length,
                Kind = AttachmentKind.Syllabus,
                UploadedAtUtc = DateTime.UtcNow,
                Content = new AttachmentContent { Data = bytes },
            };
            db.ProposalAttachments.Add(attachment);
            await db.SaveChangesAsync();
            return attachment.Id;
        });

    private async Task<int> AttachmentCountAsync(int proposalId) =>
        await app.WithDbAsync(db => db.ProposalAttachments.CountAsync(a => a.IetProposalId == proposalId));

    private async Task<AppClient> SignedInAsync(TestUser user)
    {
        var client = app.CreateAppClient();
        await client.SignInAsync(user);
        return client;
    }

    /// <summary>
    /// Antiforgery tokens belong to the user's session, not to one form, so the token of any page with a form is the
    /// one a browser would send from the attachments panel (which other college's staff, for instance, never see).
    /// </summary>
    private static async Task<string> TokenAsync(AppClient client)
    {
        var page = await client.GetDocumentAsync("/account/change-password");
        return page.QuerySelector("main input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The change-password page has no antiforgery token");
    }

    private static async Task<HttpResponseMessage> UploadAsync(
        AppClient client, int proposalId, string fileName, byte[] bytes, string? kind = null, string? description = null, string? returnUrl = null)
    {
        var fields = new List<(string, string)>();
        if (kind is not null)
        {
            fields.Add(("Kind", kind));
        }

        if (description is not null)
        {
            fields.Add(("Description", description));
        }

        return await PostMultipartAsync(client, UploadUrl(proposalId, returnUrl), await TokenAsync(client), fields, (fileName, bytes));
    }

    /// <summary>
    /// Writes the multipart body by hand, as a browser does, so a file name reaches the server exactly as sent: the
    /// RFC 5987 <c>filename*</c> carries any character (controls, bidi overrides) percent-encoded, and the plain
    /// <c>filename</c> an ASCII fallback.
    /// </summary>
    private static async Task<HttpResponseMessage> PostMultipartAsync(
        AppClient client, string url, string token, IEnumerable<(string Name, string Value)> fields, (string Name, byte[] Bytes)? file = null)
    {
        var boundary = "----ietportal-test-" + Guid.NewGuid().ToString("N");
        using var body = new MemoryStream();
        void Write(string text) => body.Write(Encoding.UTF8.GetBytes(text));

        foreach (var (name, value) in fields.Append(("__RequestVerificationToken", token)))
        {
            Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");
        }

        if (file is { } f)
        {
            var fallback = new string(f.Name.Select(c => c is >= ' ' and < '\u007F' and not '"' and not '\\' ? c : '_').ToArray());
            Write($"--{boundary}\r\nContent-Disposition: form-data; name=\"File\"; filename=\"{fallback}\"; " +
                $"filename*=UTF-8''{Uri.EscapeDataString(f.Name)}\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.Write(f.Bytes);
            Write("\r\n");
        }

        Write($"--{boundary}--\r\n");
        using var content = new ByteArrayContent(body.ToArray());
        content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={boundary}");
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    private static void AssertRedirectsTo(string expected, HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected a redirect, got {(int)response.StatusCode}");
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
    }

    /// <summary>The error summary links to the file input, which is marked invalid and described by the same message.</summary>
    private static void AssertFileErrorShown(IHtmlDocument page, string message)
    {
        var summary = page.QuerySelector("#attachments-error");
        Assert.NotNull(summary);
        Assert.Equal("alert", summary.GetAttribute("role"));
        var link = summary.QuerySelector("a[href='#attachment-file']");
        Assert.NotNull(link);
        Assert.Contains(message, link.TextContent, StringComparison.Ordinal);

        var input = page.QuerySelector("#attachment-file")!;
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var describedBy = input.GetAttribute("aria-describedby")!.Split(' ');
        Assert.Contains("attachment-file-hint", describedBy);
        Assert.Contains("attachment-file-error", describedBy);
        Assert.Equal(link.TextContent, page.QuerySelector("#attachment-file-error")?.TextContent);
    }

    // ---- Sample files ------------------------------------------------------------------------------------------

    private static byte[] SampleFile(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => Encoding.ASCII.GetBytes(
            "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n" +
            "trailer << /Root 1 0 R >>\n%%EOF\n"),
        // A 1x1 PNG and a 1x1 JPEG, as image editors write them.
        ".png" => Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="),
        ".jpg" or ".jpeg" => Convert.FromBase64String(
            "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////" +
            "wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA="),
        ".docx" => OfficePackage(
            ("[Content_Types].xml", ContentTypes("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml")),
            ("_rels/.rels", Rels("word/document.xml")),
            ("word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>" +
                "<w:t>Week 1: medical terminology in English</w:t></w:r></w:p></w:body></w:document>")),
        ".xlsx" => OfficePackage(
            ("[Content_Types].xml", ContentTypes("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")),
            ("_rels/.rels", Rels("xl/workbook.xml")),
            ("xl/workbook.xml",
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" " +
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>" +
                "<sheet name=\"Demand\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" " +
                "Target=\"worksheets/sheet1.xml\"/></Relationships>"),
            ("xl/worksheets/sheet1.xml",
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData/></worksheet>")),
        _ => throw new ArgumentOutOfRangeException(nameof(fileName), fileName, "No sample for this extension"),
    };

    private static byte[] HostileFile(string what) => what switch
    {
        "an executable renamed .pdf" or "an executable" => [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, .. new byte[60], .. "This program cannot be run in DOS mode."u8],
        "an HTML page renamed .png" or "an HTML page" => "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"u8.ToArray(),
        "a ZIP without word/document.xml renamed .docx" => OfficePackage(
            ("[Content_Types].xml", ContentTypes("payload.xml", "application/xml")), ("payload.exe", "MZ")),
        "an XLSX renamed .docx" => SampleFile("x.xlsx"),
        "a PDF renamed .png" => SampleFile("x.pdf"),
        "a macro-enabled workbook renamed .xlsx" => OfficePackage(
            ("[Content_Types].xml", ContentTypes("xl/workbook.xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")),
            ("xl/workbook.xml", "<workbook/>"),
            ("xl/vbaProject.bin", "Attribute VB_Name")),
        "truncated ZIP bytes named .xlsx" => SampleFile("x.xlsx")[..200],
        // The OLE compound-file signature of Word 97-2003 and Excel 97-2003.
        "a legacy Word document" or "a legacy Excel workbook" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]],
        "an SVG image" => "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray(),
        "a file without an extension" => SampleFile("x.pdf"),
        "an empty file" => [],
        _ => throw new ArgumentOutOfRangeException(nameof(what), what, "No such hostile file"),
    };

    private static string ContentTypes(string mainPart, string mainType) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        $"<Override PartName=\"/{mainPart}\" ContentType=\"{mainType}\"/></Types>";

    private static string Rels(string mainPart) =>
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" " +
        $"Target=\"{mainPart}\"/></Relationships>";

    private static byte[] OfficePackage(params (string Name, string Content)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return buffer.ToArray();
    }
}

/// <summary>
/// The app with one test-only page that renders the attachments panel exactly as the editor will embed it, so the tests
/// can follow the post-redirect-get round trip back to "the page the user came from" and read the panel's markup.
/// </summary>
public sealed class AttachmentsAppFactory() : IetPortalFactory(DatabaseProvider.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.AddControllersWithViews().AddApplicationPart(typeof(AttachmentPanelHostController).Assembly));
    }
}

[Route(Path)]
[Authorize(Policy = Policies.SignedIn)]
public sealed class AttachmentPanelHostController : Controller
{
    public const string Path = "/test-host/attachments";

    [HttpGet("{id:int}")]
    public IActionResult Show(int id) =>
        ViewComponent("Attachments", new { proposalId = id, canEdit = true, returnUrl = $"{Path}/{id}" });
}
