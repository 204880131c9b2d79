using System.Net;
using System.Text.Json.Nodes;
using IetPortal.Web.Tests.Catalog;
using Microsoft.EntityFrameworkCore;

namespace IetPortal.Web.Tests.Api;

/// <summary>
/// GET /api/v1/programs and /api/v1/programs/{id} without signing in: approved, current programs only, with filters,
/// paging within bounds, 404 as problem+json, strong ETags with 304, and none of the review's internal data.
/// </summary>
[Collection(CatalogWorldGroup.Name)]
public sealed class ProgramsApiTests(CatalogWorldFactory app)
{
    /// <summary>Words no public property name may contain: the review, its people and the bookkeeping behind a proposal.</summary>
    private static readonly string[] InternalPropertyWords =
        ["comment", "note", "rating", "review", "acknowledg", "compliance", "audit", "stamp", "userid", "status", "funding", "instructor", "partner", "attachment"];

    private CatalogWorld World => app.World;

    [Fact]
    public async Task The_list_has_only_approved_current_programs_with_page_info_and_total()
    {
        var response = await app.GetJsonAsync("/api/v1/programs");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal(World.Approved, response.ItemIds);
        var json = response.Json;
        Assert.Equal(1, json["page"]!.GetValue<int>());
        Assert.Equal(20, json["pageSize"]!.GetValue<int>());
        Assert.Equal(4, json["totalCount"]!.GetValue<int>());
        Assert.Equal(1, json["totalPages"]!.GetValue<int>());

        var cna = json["items"]!.AsArray().Single(i => i!["id"]!.GetValue<int>() == World.Cna)!;
        Assert.Equal("Nursing Assistant with Integrated English Language Learning", cna["title"]!.GetValue<string>());
        Assert.Equal("MATC", cna["college"]!["code"]!.GetValue<string>());
        Assert.Equal("Milwaukee Area Technical College", cna["college"]!["name"]!.GetValue<string>());
        Assert.Equal("31-1131", cna["occupation"]!["socCode"]!.GetValue<string>());
        Assert.Equal(2, cna["workforceDevelopmentAreas"]![0]!["number"]!.GetValue<int>());
        Assert.Equal("InPerson", cna["deliveryMode"]!.GetValue<string>());
        Assert.Equal("2026-01-12", cna["startDate"]!.GetValue<string>());
        Assert.StartsWith("Nursing", cna["careerPathway"]!["name"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paging_walks_every_program_exactly_once_and_a_page_past_the_end_is_empty()
    {
        var first = await app.GetJsonAsync("/api/v1/programs?pageSize=3");
        var second = await app.GetJsonAsync("/api/v1/programs?pageSize=3&page=2");
        var third = await app.GetJsonAsync("/api/v1/programs?pageSize=3&page=3");

        Assert.Equal(3, first.ItemIds.Count);
        Assert.Equal(World.Approved, [.. first.ItemIds, .. second.ItemIds]);
        Assert.Equal(2, second.Json["totalPages"]!.GetValue<int>());
        Assert.Equal(4, second.Json["totalCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Empty(third.ItemIds);
        Assert.Equal(3, third.Json["page"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("occupation=311131", "occupation")]
    [InlineData("wda=0", "wda")]
    [InlineData("college=M%20T", "college")]
    [InlineData("q=%00", "q")]
    public async Task Parameters_out_of_bounds_or_malformed_get_a_validation_problem(string query, string field)
    {
        var response = await app.GetJsonAsync("/api/v1/programs?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal(400, response.Json["status"]!.GetValue<int>());
        Assert.NotNull(response.Json["errors"]![field]);
    }

    [Fact]
    public async Task Each_filter_and_their_combination_narrow_the_list()
    {
        var nursing = await app.WithDbAsync(db => db.CareerPathways.Where(w => w.Name.StartsWith("Nursing")).Select(w => w.Id).SingleAsync());

        Assert.Equal([World.Cna, World.Amended], (await app.GetJsonAsync($"/api/v1/programs?pathway={nursing}")).ItemIds);
        Assert.Equal([World.UnderAmendment, World.Cna], (await app.GetJsonAsync("/api/v1/programs?college=matc")).ItemIds);
        Assert.Equal([World.Welding], (await app.GetJsonAsync("/api/v1/programs?occupation=51-4121")).ItemIds);
        Assert.Equal([World.UnderAmendment, World.Cna], (await app.GetJsonAsync("/api/v1/programs?wda=2")).ItemIds);
        Assert.Equal([World.Amended], (await app.GetJsonAsync("/api/v1/programs?wda=1")).ItemIds);
        Assert.Equal([World.UnderAmendment], (await app.GetJsonAsync("/api/v1/programs?college=MATC&occupation=31-9092&wda=2")).ItemIds);
        Assert.Equal([World.Welding], (await app.GetJsonAsync("/api/v1/programs?q=weld")).ItemIds);

        var none = await app.GetJsonAsync("/api/v1/programs?college=MATC&wda=10");
        Assert.Equal(HttpStatusCode.OK, none.Status);
        Assert.Empty(none.ItemIds);
        Assert.Equal(0, none.Json["totalCount"]!.GetValue<int>());
        Assert.Equal(0, none.Json["totalPages"]!.GetValue<int>());
        Assert.Empty((await app.GetJsonAsync("/api/v1/programs?college=NOSUCH")).ItemIds);
    }

    [Fact]
    public async Task The_detail_has_what_a_learner_needs()
    {
        var response = await app.GetJsonAsync($"/api/v1/programs/{World.Cna}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var json = response.Json;
        Assert.Equal(World.Cna, json["id"]!.GetValue<int>());
        Assert.Equal("IET-2027-0501", json["approval"]!["approvalNumber"]!.GetValue<string>());
        Assert.Equal("2027-07-01", json["approval"]!["effectiveFrom"]!.GetValue<string>());
        Assert.Equal("info@matc.edu", json["college"]!["email"]!.GetValue<string>());
        Assert.Equal(248m, json["totalContactHours"]!.GetValue<decimal>());
        var adult = json["components"]!["adultEducation"]!;
        Assert.Equal(96m, adult["contactHours"]!.GetValue<decimal>());
        Assert.Equal("EnglishLanguageAcquisition", adult["activityType"]!.GetValue<string>());
        Assert.Equal(["Reading", "Writing", "Mathematics", "EnglishLanguage"], adult["skills"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal("Monday", adult["schedule"]![0]!["day"]!.GetValue<string>());
        Assert.Equal("09:00:00", adult["schedule"]![0]!["startTime"]!.GetValue<string>());
        Assert.Equal(120m, json["components"]!["workforceTraining"]!["contactHours"]!.GetValue<decimal>());
        Assert.Equal("30-543-300", json["components"]!["workforceTraining"]!["courses"]![0]!["courseNumber"]!.GetValue<string>());
        var objectives = json["learningObjectives"]!.AsArray();
        Assert.Equal(6, objectives.Count);
        Assert.Equal("Vital signs (nurse aide skill).", objectives[0]!["workforceTrainingCompetency"]!.GetValue<string>());
        var credential = Assert.Single(json["credentials"]!.AsArray())!;
        Assert.Equal("Nursing Assistant", credential["name"]!.GetValue<string>());
        Assert.Equal("WtcsTechnicalDiploma", credential["type"]!.GetValue<string>());
        var entry = json["careerPathway"]!["steps"]!.AsArray().Single(s => s!["isEntryStep"]!.GetValue<bool>())!;
        Assert.Equal("Nursing Assistant (CNA)", entry["title"]!.GetValue<string>());
        Assert.Contains("Advising", json["learnerSupports"]!["offered"]!.AsArray().Select(s => s!.GetValue<string>()));
    }

    [Fact]
    public async Task An_approved_program_under_amendment_is_served_as_approved_and_its_draft_amendment_is_not()
    {
        var approved = await app.GetJsonAsync($"/api/v1/programs/{World.UnderAmendment}");
        var draft = await app.GetJsonAsync($"/api/v1/programs/{World.AmendmentDraft}");

        Assert.Equal(HttpStatusCode.OK, approved.Status);
        Assert.Equal("Medical Assistant Pathway Bridge", approved.Json["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, draft.Status);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("submitted")]
    [InlineData("in review")]
    [InlineData("returned")]
    [InlineData("withdrawn")]
    [InlineData("superseded")]
    [InlineData("amendment in progress")]
    [InlineData("none")]
    public async Task A_missing_or_unapproved_program_is_404_problem_json_that_says_nothing_about_it(string state)
    {
        var id = state == "none" ? 987_654 : World.Hidden[state];

        var response = await app.GetJsonAsync($"/api/v1/programs/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal("Program not found", response.Json["title"]!.GetValue<string>());
        Assert.Equal($"There is no approved program with id {id}.", response.Json["detail"]!.GetValue<string>());
        Assert.Null(response.ETag);
    }

    [Fact]
    public async Task No_internal_field_or_text_appears_in_any_response()
    {
        var urls = new List<string> { "/api/v1/programs", "/api/v1/programs?pageSize=1&page=2", "/api/v1/programs?college=MATC" };
        urls.AddRange(World.Approved.Select(id => $"/api/v1/programs/{id}"));

        foreach (var url in urls)
        {
            var response = await app.GetJsonAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.Status);
            foreach (var secret in World.InternalTexts)
            {
                Assert.False(response.Body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{url} contains \"{secret}\"");
            }

            var names = PropertyNames(response.Json).ToList();
            var leaked = names.Where(n => InternalPropertyWords.Any(w => n.Contains(w, StringComparison.OrdinalIgnoreCase))).ToList();
            Assert.True(leaked.Count == 0, $"{url} has internal fields: {string.Join(", ", leaked)}");
            Assert.All(names, n => Assert.True(char.IsLower(n[0]), $"{url}: {n} is not camelCase"));
        }
    }

    [Fact]
    public async Task The_list_has_a_strong_etag_and_sending_it_back_gives_304_without_a_body()
    {
        var first = await app.GetJsonAsync("/api/v1/programs?pageSize=2");
        var tag = first.ETag!;

        var again = await app.GetJsonAsync("/api/v1/programs?pageSize=2", tag.ToString());
        var weakForm = await app.GetJsonAsync("/api/v1/programs?pageSize=2", "W/" + tag.Tag);
        var among = await app.GetJsonAsync("/api/v1/programs?pageSize=2", "\"something-else\", " + tag.Tag);
        var any = await app.GetJsonAsync("/api/v1/programs?pageSize=2", "*");
        var other = await app.GetJsonAsync("/api/v1/programs?pageSize=2", "\"something-else\"");
        var otherPage = await app.GetJsonAsync("/api/v1/programs?pageSize=2&page=2", tag.Tag);

        Assert.False(tag.IsWeak);
        Assert.Matches("^\"[A-Za-z0-9_-]{43}\"$", tag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, again.Status);
        Assert.Equal("", again.Body);
        Assert.Equal(tag, again.ETag);
        Assert.Equal(HttpStatusCode.NotModified, weakForm.Status);
        Assert.Equal(HttpStatusCode.NotModified, among.Status);
        Assert.Equal(HttpStatusCode.NotModified, any.Status);
        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.Equal(first.Body, other.Body);
        Assert.Equal(tag, other.ETag);
        Assert.Equal(HttpStatusCode.OK, otherPage.Status);
        Assert.NotEqual(tag, otherPage.ETag);
        Assert.Equal("public, no-cache", first.Headers.CacheControl!.ToString());
    }

    [Fact]
    public async Task The_detail_has_a_strong_etag_and_sending_it_back_gives_304()
    {
        var first = await app.GetJsonAsync($"/api/v1/programs/{World.Welding}");
        var again = await app.GetJsonAsync($"/api/v1/programs/{World.Welding}", first.ETag!.ToString());
        var another = await app.GetJsonAsync($"/api/v1/programs/{World.Cna}", first.ETag!.ToString());

        Assert.Equal(HttpStatusCode.NotModified, again.Status);
        Assert.Equal("", again.Body);
        Assert.Equal(first.ETag, again.ETag);
        Assert.Equal(HttpStatusCode.OK, another.Status);
        Assert.NotEqual(first.ETag, another.ETag);
    }

    private static IEnumerable<string> PropertyNames(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => PropertyNames(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(PropertyNames),
        _ => [],
    };
}
