using System.Globalization;
using System.Net;
using IetPortal.Domain.ReferenceData;
using IetPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Admin;

/// <summary>Colleges and Workforce Development Areas through HTTP: edits, validation and stale saves.</summary>
public sealed class CollegeAdminTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private Task<College> CollegeAsync(string code) =>
        app.WithDbAsync(db => db.Colleges.AsNoTracking().Include(c => c.WorkforceAreas).SingleAsync(c => c.Code == code));

    private static Dictionary<string, string> Fields(College c, string stamp) => new()
    {
        ["Form.ConcurrencyStamp"] = stamp,
        ["Form.Name"] = c.Name,
        ["Form.Code"] = c.Code,
        ["Form.City"] = c.City ?? "",
        ["Form.Counties"] = c.Counties ?? "",
        ["Form.ContactEmail"] = c.ContactEmail ?? "",
        ["Form.ContactPhone"] = c.ContactPhone ?? "",
        ["Form.Website"] = c.Website ?? "",
    };

    [Fact]
    public async Task An_administrator_edits_a_college_and_the_areas_its_district_serves()
    {
        var college = await CollegeAsync("NWTC");
        var areas = await app.WithDbAsync(db => db.WorkforceDevelopmentAreas.OrderBy(a => a.Number).Select(a => a.Id).ToListAsync());
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/colleges/{college.Id}/edit";
        var fields = Fields(college, await client.ValueAsync(url));
        fields["Form.ContactEmail"] = "iet@nwtc.example.edu";
        fields["Form.ContactPhone"] = "920-498-5400";
        fields["Form.Website"] = "https://www.nwtc.edu";
        fields["Form.WorkforceAreaIds[0]"] = Text(areas[2]);
        fields["Form.WorkforceAreaIds[1]"] = Text(areas[6]);

        using var response = await client.SubmitFormAsync(url, url, fields);
        var list = await client.GetDocumentAsync("/admin/colleges");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await CollegeAsync("NWTC");
        Assert.Equal("iet@nwtc.example.edu", stored.ContactEmail);
        Assert.Equal([areas[2], areas[6]], stored.WorkforceAreas.Select(a => a.WorkforceDevelopmentAreaId).Order().ToList());
        Assert.Contains("3, 7", list.Body!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EntityType == "College" && e.EntityId == Text(college.Id) && e.Action == "College saved")));
    }

    public static TheoryData<string, string, string, string> InvalidColleges => new()
    {
        { "Form.Code", "madison", "Another college already has the code MADISON.", "#Form_Code" },
        { "Form.Code", "Bad code!", "Enter a code of 2 to 20 letters, digits or hyphens, like MATC.", "#Form_Code" },
        { "Form.Name", "Milwaukee Area Technical College", "Another college already has this name.", "#Form_Name" },
        { "Form.Name", new string('n', 301), "Name must be 300 characters or fewer.", "#Form_Name" },
        { "Form.City", "Green\u200E\u202E Bay", "City contains control or hidden formatting characters", "#Form_City" },
        { "Form.ContactEmail", "not an email", "Enter the contact email in the correct format", "#Form_ContactEmail" },
        { "Form.ContactPhone", "call us", "Enter the contact phone with digits", "#Form_ContactPhone" },
        { "Form.Website", "javascript:alert(1)", "Enter the website as a full address starting with https://", "#Form_Website" },
    };

    [Theory]
    [MemberData(nameof(InvalidColleges))]
    public async Task Invalid_or_duplicate_college_details_are_refused_in_the_error_summary(string field, string value, string message, string link)
    {
        var college = await CollegeAsync("FVTC");
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/colleges/{college.Id}/edit";
        var fields = Fields(college, await client.ValueAsync(url));
        fields[field] = value;

        using var response = await client.SubmitFormAsync(url, url, fields);
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains(link, page.ErrorLinks());
        Assert.Equal(college.Name, (await CollegeAsync("FVTC")).Name);
    }

    [Fact]
    public async Task A_college_saved_from_a_stale_page_is_refused_with_the_saved_values()
    {
        var college = await CollegeAsync("LTC");
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/colleges/{college.Id}/edit";
        var stamp = await client.ValueAsync(url);
        await app.WithDbAsync(async db =>
        {
            (await db.Colleges.SingleAsync(c => c.Id == college.Id)).City = "Cleveland, WI";
            return await db.SaveChangesAsync();
        });
        var fields = Fields(college, stamp);
        fields["Form.City"] = "Manitowoc";

        using var response = await client.SubmitFormAsync(url, url, fields);
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else saved this college", page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("Cleveland, WI", page.QuerySelector("#conflict-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Manitowoc", page.QuerySelector("#Form_City")?.GetAttribute("value"));
        Assert.Equal("Cleveland, WI", (await CollegeAsync("LTC")).City);
    }

    [Fact]
    public async Task An_administrator_edits_the_plan_priorities_of_a_workforce_development_area()
    {
        var area = await app.WithDbAsync(db => db.WorkforceDevelopmentAreas.AsNoTracking().SingleAsync(a => a.Number == 5));
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/workforce-areas/{area.Id}/edit";

        using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Name"] = area.Name,
            ["Form.BoardName"] = area.BoardName,
            ["Form.Counties"] = area.Counties ?? "",
            ["Form.PlanPrioritySectors"] = "Healthcare, Advanced Manufacturing, Construction",
            ["Form.PlanPriorityOccupations"] = "Registered Nurses, Welders, Electricians",
        });
        var list = await client.GetDocumentAsync("/admin/workforce-areas");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await app.WithDbAsync(db => db.WorkforceDevelopmentAreas.AsNoTracking().SingleAsync(a => a.Id == area.Id));
        Assert.Equal("Registered Nurses, Welders, Electricians", stored.PlanPriorityOccupations);
        Assert.Contains(area.BoardName, list.Body!.TextContent, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.EntityType == "WorkforceDevelopmentArea" && e.Action == "Workforce Development Area saved")));
    }

    public static TheoryData<string, string, string> InvalidAreas => new()
    {
        { "Form.Name", "", "Enter the name of the Workforce Development Area." },
        { "Form.BoardName", new string('b', 301), "Local workforce board must be 300 characters or fewer." },
        { "Form.PlanPrioritySectors", new string('s', 8_001), "Plan-priority sectors must be 8,000 characters or fewer." },
        { "Form.PlanPriorityOccupations", "Nurses\u001B", "Plan-priority occupations contains control or hidden formatting characters" },
    };

    [Theory]
    [MemberData(nameof(InvalidAreas))]
    public async Task Invalid_workforce_area_details_are_refused_in_the_error_summary(string field, string value, string message)
    {
        var area = await app.WithDbAsync(db => db.WorkforceDevelopmentAreas.AsNoTracking().SingleAsync(a => a.Number == 9));
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/workforce-areas/{area.Id}/edit";
        var fields = new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = await client.ValueAsync(url),
            ["Form.Name"] = area.Name,
            ["Form.BoardName"] = area.BoardName,
        };
        fields[field] = value;

        using var response = await client.SubmitFormAsync(url, url, fields);
        var page = await response.PageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.ErrorSummary(), StringComparison.Ordinal);
        Assert.Contains("#" + field.Replace('.', '_'), page.ErrorLinks());
    }

    [Fact]
    public async Task A_workforce_area_saved_from_a_stale_page_is_refused()
    {
        var area = await app.WithDbAsync(db => db.WorkforceDevelopmentAreas.AsNoTracking().SingleAsync(a => a.Number == 11));
        using var client = await app.SignedInAdministratorAsync();
        var url = $"/admin/workforce-areas/{area.Id}/edit";
        var stamp = await client.ValueAsync(url);
        await app.WithDbAsync(async db =>
        {
            (await db.WorkforceDevelopmentAreas.SingleAsync(a => a.Id == area.Id)).PlanPrioritySectors = "Agriculture and Food Processing";
            return await db.SaveChangesAsync();
        });

        using var response = await client.SubmitFormAsync(url, url, new Dictionary<string, string>
        {
            ["Form.ConcurrencyStamp"] = stamp,
            ["Form.Name"] = area.Name,
            ["Form.BoardName"] = area.BoardName,
            ["Form.PlanPrioritySectors"] = "Tourism",
        });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Agriculture and Food Processing", (await response.PageAsync()).QuerySelector("#conflict-summary")?.TextContent, StringComparison.Ordinal);
    }
}
