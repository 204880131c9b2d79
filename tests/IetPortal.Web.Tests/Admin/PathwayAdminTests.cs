using System.Net;
using IetPortal.Domain.ReferenceData;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Admin;

/// <summary>Career pathways through HTTP: create, edit, concurrency, retire, reactivate and delete.</summary>
public abstract class PathwayAdminTests(IetPortalFactory app)
{
    private async Task<int> ClusterIdAsync() => await app.WithDbAsync(db => db.CareerClusters.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    [Fact]
    public async Task An_administrator_creates_a_pathway_and_finds_it_in_the_list()
    {
        using var client = await app.SignedInAdministratorAsync();
        var name = AdminTestKit.Unique("Pharmacy Technician");

        using var response = await client.SubmitFormAsync("/admin/pathways/new", "/admin/pathways/new", new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.Description"] = "Pharmacy technician diploma, then certification.",
            ["Form.CareerClusterId"] = (await ClusterIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var list = await client.GetDocumentAsync("/admin/pathways");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await app.WithDbAsync(db => db.CareerPathways.Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
        Assert.Equal($"/admin/pathways/{id}", response.Headers.Location?.OriginalString);
        Assert.Contains(list.QuerySelectorAll("table a"), a => a.TextContent == name && a.GetAttribute("href") == $"/admin/pathways/{id}");
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EntityType == "CareerPathway" && e.Action == "Career pathway created")));
        var overview = await client.GetDocumentAsync($"/admin/pathways/{id}");
        Assert.Equal(name, overview.QuerySelector("h1")?.TextContent);
    }

    public static TheoryData<string, string> InvalidNames => new()
    {
        { "", "Enter the name of the career pathway." },
        { "Welding", "A career pathway named “Welding” already exists." },
        { "welding", "already exists" },
        { new string('x', 301), "Name must be 300 characters or fewer." },
        { "Pharmacy\u202E Technician", "Name contains control or hidden formatting characters" },
        { "Pharmacy\u0007 Technician", "Name contains control or hidden formatting characters" },
    };

    [Theory]
    [MemberData(nameof(InvalidNames))]
    public async Task A_missing_taken_too_long_or_disguised_name_is_refused_in_the_error_summary(string name, string message)
    {
        using var client = await app.SignedInAdministratorAsync();

        using var response = await client.SubmitFormAsync("/admin/pathways/new", "/admin/pathways/new", new Dictionary<string, string>
        {
            ["Form.Name"] = name,
            ["Form.CareerClusterId"] = (await ClusterIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("#Form_Name", page.ErrorLinks());
        Assert.Equal("true", page.QuerySelector("#Form_Name")?.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task A_pathway_needs_a_cluster_that_exists()
    {
        using var client = await app.SignedInAdministratorAsync();

        using var missing = await client.SubmitFormAsync("/admin/pathways/new", "/admin/pathways/new", new Dictionary<string, string> { ["Form.Name"] = AdminTestKit.Unique("No cluster") });
        using var unknown = await client.SubmitFormAsync("/admin/pathways/new", "/admin/pathways/new", new Dictionary<string, string>
        {
            ["Form.Name"] = AdminTestKit.Unique("Unknown cluster"),
            ["Form.CareerClusterId"] = "999999",
        });

        Assert.Contains("Choose the career cluster of the pathway.", (await missing.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Choose a career cluster from the list.", (await unknown.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cluster_select_is_grouped_by_framework_version()
    {
        using var client = await app.SignedInAdministratorAsync();

        var page = await client.GetDocumentAsync("/admin/pathways/new");

        var groups = page.QuerySelectorAll("#Form_CareerClusterId optgroup").Select(g => g.GetAttribute("label")).ToList();
        Assert.Contains(CareerCluster.NationalCareerClusters2002, groups);
    }

    [Fact]
    public async Task An_administrator_renames_a_pathway_and_the_audit_trail_records_it()
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Dental Assistant"), "Dental Assistant diploma");
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/edit";
        var renamed = AdminTestKit.Unique("Dental Assisting");

        using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Name"] = renamed,
            ["Form.Description"] = "A one-year diploma.",
            ["Form.CareerClusterId"] = (await ClusterIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.CareerPathways.SingleAsync(p => p.Id == id));
        Assert.Equal(renamed, stored.Name);
        Assert.Equal("A one-year diploma.", stored.Description);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EntityId == id.ToString() && e.Action == "Career pathway details saved")));
    }

    [Fact]
    public async Task A_save_from_a_stale_page_is_refused_and_shows_the_saved_values()
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Phlebotomy"), "Phlebotomy certificate");
        using var mine = await app.SignedInAdministratorAsync();
        using var theirs = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/edit";
        var myStamp = await mine.ValueAsync(url);
        var cluster = (await ClusterIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var theirName = AdminTestKit.Unique("Phlebotomy Technician");
        using var first = await theirs.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await theirs.ValueAsync(url),
            ["Form.Name"] = theirName,
            ["Form.CareerClusterId"] = cluster,
        });

        using var stale = await mine.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = myStamp,
            ["Form.Name"] = AdminTestKit.Unique("Phlebotomist"),
            ["Form.CareerClusterId"] = cluster,
        });
        var page = await stale.PageAsync();

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Someone else saved this career pathway", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains(theirName, page.QuerySelector("#conflict-summary")?.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(myStamp, page.QuerySelector("input[name='Form.ConcurrencyStamp']")?.GetAttribute("value"));
        Assert.Equal(theirName, await app.WithDbAsync(db => db.CareerPathways.Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task A_malformed_concurrency_stamp_reads_as_stale_not_as_an_error_page()
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Optician"), "Optician diploma");
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/edit";

        using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = "not-a-guid",
            ["Form.Name"] = AdminTestKit.Unique("Opticians"),
            ["Form.CareerClusterId"] = (await ClusterIdAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else saved this career pathway", (await response.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retiring_a_pathway_re_flags_the_drafts_that_use_it_and_reactivating_restores_it()
    {
        var name = AdminTestKit.Unique("Community Health Worker");
        var id = await app.CreatePathwayAsync(name, "Community Health Worker certificate");
        var draftId = await app.CreateDraftUsingAsync(id);
        await app.WithDbAsync(async db =>
        {
            // As if the draft had been checked before and found clean: the re-check must record a change with its cause.
            var draft = await db.Proposals.SingleAsync(p => p.Id == draftId);
            draft.ComplianceCheckedAtUtc = new DateTime(2026, 1, 5, 0, 0, 0, DateTimeKind.Utc);
            draft.ComplianceErrorCount = 0;
            draft.ComplianceWarningCount = 0;
            return await db.SaveChangesAsync();
        });
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}";

        using var retire = await client.SubmitFormAsync(url, $"/admin/pathways/{id}/retire", new Dictionary<string, string> { ["Form.ConcurrencyStamp"] = await client.ValueAsync(url) });
        var retired = await app.WithDbAsync(db => db.CareerPathways.AsNoTracking().SingleAsync(p => p.Id == id));
        var draft = await app.WithDbAsync(db => db.Proposals.AsNoTracking().SingleAsync(p => p.Id == draftId));
        var overview = await client.GetDocumentAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, retire.StatusCode);
        Assert.Equal(PathwayStatus.Retired, retired.Status);
        Assert.NotNull(retired.RetiredAtUtc);
        Assert.StartsWith($"Career pathway “{name}” retired", draft.ComplianceChangeNote, StringComparison.Ordinal);
        Assert.True(draft.ComplianceErrorCount > 0);
        Assert.Contains("re-checked", overview.QuerySelector(".ietportal-status")?.TextContent, StringComparison.Ordinal);

        using var reactivate = await client.SubmitFormAsync(url, $"/admin/pathways/{id}/reactivate", new Dictionary<string, string> { ["Form.ConcurrencyStamp"] = await client.ValueAsync(url) });
        var active = await app.WithDbAsync(db => db.CareerPathways.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(HttpStatusCode.Redirect, reactivate.StatusCode);
        Assert.Equal(PathwayStatus.Active, active.Status);
        Assert.Null(active.RetiredAtUtc);
    }

    [Fact]
    public async Task Retiring_from_a_stale_page_is_refused()
    {
        var id = await app.CreatePathwayAsync(AdminTestKit.Unique("Surgical Technologist"), "Surgical Technologist degree");
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}";
        var stamp = await client.ValueAsync(url);
        await app.WithDbAsync(async db =>
        {
            (await db.CareerPathways.SingleAsync(p => p.Id == id)).Description = "Changed by someone else";
            return await db.SaveChangesAsync();
        });

        using var response = await client.SubmitFormAsync(url, $"/admin/pathways/{id}/retire", new Dictionary<string, string> { ["Form.ConcurrencyStamp"] = stamp });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("so it was not retired", (await response.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal(PathwayStatus.Active, await app.WithDbAsync(db => db.CareerPathways.Where(p => p.Id == id).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_pathway_used_by_a_proposal_cannot_be_deleted_and_retiring_is_offered_instead()
    {
        var name = AdminTestKit.Unique("Electrician");
        var id = await app.CreatePathwayAsync(name, "Electrical apprenticeship");
        await app.CreateDraftUsingAsync(id);
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/delete";

        var page = await client.GetDocumentAsync(url);
        using var forced = await client.PostWithoutItsFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync($"/admin/pathways/{id}"),
        });

        Assert.Equal("This pathway cannot be deleted", page.QuerySelector("#in-use-heading")?.TextContent);
        Assert.Contains("1 proposal uses it", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"form[action='/admin/pathways/{id}/retire']"));
        Assert.Null(page.QuerySelector($"form[action='{url}']"));
        Assert.Equal(HttpStatusCode.Conflict, forced.StatusCode);
        Assert.Contains("cannot be deleted. Retire it instead.", (await forced.PageAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.CareerPathways.AnyAsync(p => p.Id == id)));
    }

    [Fact]
    public async Task An_unused_pathway_is_deleted_after_a_confirmation_page()
    {
        var name = AdminTestKit.Unique("Barbering");
        var id = await app.CreatePathwayAsync(name, "Barber apprenticeship", "Barber license");
        var steps = await app.StepIdsAsync(id);
        await app.AddCredentialAsync(id, "Barber license", steps[1]);
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/pathways/{id}/delete";

        var confirmation = await client.GetDocumentAsync(url);
        using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string> { ["Form.ConcurrencyStamp"] = await client.ValueAsync(url) });

        Assert.Contains("This cannot be undone", confirmation.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin/pathways", response.Headers.Location?.OriginalString);
        Assert.False(await app.WithDbAsync(db => db.CareerPathways.AnyAsync(p => p.Id == id)));
        Assert.False(await app.WithDbAsync(db => db.CareerPathwaySteps.AnyAsync(s => s.CareerPathwayId == id)));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EntityId == id.ToString() && e.Action == "Career pathway deleted")));
    }

    [Theory]
    [InlineData("/admin/pathways/999999")]
    [InlineData("/admin/pathways/999999/edit")]
    [InlineData("/admin/pathways/999999/steps")]
    [InlineData("/admin/pathways/999999/credentials")]
    [InlineData("/admin/pathways/999999/occupations")]
    [InlineData("/admin/pathways/999999/delete")]
    public async Task An_unknown_pathway_is_not_found(string url)
    {
        using var client = await app.SignedInAdministratorAsync();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class SqlitePathwayAdminTests(SqliteAppFactory app) : PathwayAdminTests(app), IClassFixture<SqliteAppFactory>;

public sealed class PostgresPathwayAdminTests(PostgresAppFactory app) : PathwayAdminTests(app), IClassFixture<PostgresAppFactory>;
