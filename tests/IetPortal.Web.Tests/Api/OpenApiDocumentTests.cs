using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using IetPortal.Web.Tests.Catalog;
using Json.Schema;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace IetPortal.Web.Tests.Api;

/// <summary>
/// The OpenAPI document at /api/v1/openapi.json: open to everybody, valid (read back with Microsoft.OpenApi without a
/// single error), describing the API and nothing else, and true: the API's real responses validate against the
/// schemas it documents, with every object closed so that an undocumented property fails too.
/// </summary>
[Collection(CatalogWorldGroup.Name)]
public sealed class OpenApiDocumentTests(CatalogWorldFactory app)
{
    private const string DocumentUri = "https://ietportal.test/api/v1/openapi";

    private CatalogWorld World => app.World;

    [Fact]
    public async Task The_document_is_served_anonymously_and_reads_back_without_errors()
    {
        var response = await app.GetJsonAsync("/api/v1/openapi.json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.ContentType);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(response.Body));
        var read = await OpenApiDocument.LoadAsync(stream, "json", new OpenApiReaderSettings());
        Assert.True(read.Diagnostic is not null && read.Diagnostic.Errors.Count == 0,
            "Reading errors: " + string.Join("; ", read.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []));
        var document = read.Document!;
        var validation = document.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        Assert.True(validation.Count == 0, "Validation errors: " + string.Join("; ", validation.Select(e => $"{e.Pointer}: {e.Message}")));
        Assert.Equal("IetPortal public API", document.Info.Title);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, read.Diagnostic!.SpecificationVersion);
    }

    [Fact]
    public async Task The_document_describes_the_two_api_endpoints_and_no_page_of_the_site()
    {
        var document = (await app.GetJsonAsync("/api/v1/openapi.json")).Json;

        var paths = document["paths"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["/api/v1/programs", "/api/v1/programs/{id}"], paths);
        var list = document["paths"]!["/api/v1/programs"]!["get"]!;
        Assert.Equal(
            ["page", "pageSize", "pathway", "college", "occupation", "wda", "q", "If-None-Match"],
            list["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal(["200", "304", "400", "429"], list["responses"]!.AsObject().Select(r => r.Key));
        Assert.NotNull(list["responses"]!["200"]!["headers"]!["ETag"]);
        Assert.NotNull(list["responses"]!["429"]!["headers"]!["Retry-After"]);
        var detail = document["paths"]!["/api/v1/programs/{id}"]!["get"]!;
        Assert.Equal(["200", "304", "404", "429"], detail["responses"]!.AsObject().Select(r => r.Key));
        Assert.Equal("#/components/schemas/ProblemDetails", detail["responses"]!["404"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_response_matches_the_schema_the_document_gives_for_it()
    {
        var document = (await app.GetJsonAsync("/api/v1/openapi.json")).Json;
        var cases = new List<(string Url, string Path, string Status)>
        {
            ("/api/v1/programs", "/api/v1/programs", "200"),
            ("/api/v1/programs?pageSize=1&page=3", "/api/v1/programs", "200"),
            ("/api/v1/programs?college=NICOLET", "/api/v1/programs", "200"),
            ("/api/v1/programs?pageSize=500", "/api/v1/programs", "400"),
            ($"/api/v1/programs/{World.Draft}", "/api/v1/programs/{id}", "404"),
        };
        cases.AddRange(World.Approved.Select(id => ($"/api/v1/programs/{id}", "/api/v1/programs/{id}", "200")));

        var failures = new List<string>();
        foreach (var (url, path, status) in cases)
        {
            var response = await app.GetJsonAsync(url);
            Assert.Equal(status, ((int)response.Status).ToString(System.Globalization.CultureInfo.InvariantCulture));
            var content = document["paths"]![path]!["get"]!["responses"]![status]!["content"]!.AsObject();
            var (mediaType, described) = Assert.Single(content);
            Assert.Equal(mediaType, response.ContentType);
            var result = SchemaFor(document, described!["schema"]!).Evaluate(response.Json, new EvaluationOptions
            {
                OutputFormat = OutputFormat.List,
                AllowReferencesIntoUnknownKeywords = true,
            });
            if (!result.IsValid)
            {
                failures.Add($"{url}: " + string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null)
                    .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}"))));
            }
        }

        Assert.True(failures.Count == 0, "Responses that do not match their documented schema:\n" + string.Join('\n', failures));
    }

    [Fact]
    public void A_closed_schema_refuses_an_undocumented_property()
    {
        // The check above is only as strict as this: an extra field in a program must fail.
        var document = JsonNode.Parse("""
            { "components": { "schemas": { "ProgramCollege": {
                "type": "object", "required": ["code"], "properties": { "code": { "type": "string" } } } } } }
            """)!;
        var schema = SchemaFor(document, JsonNode.Parse("""{ "$ref": "#/components/schemas/ProgramCollege" }""")!);
        var options = new EvaluationOptions { AllowReferencesIntoUnknownKeywords = true };

        Assert.True(schema.Evaluate(JsonNode.Parse("""{ "code": "MATC" }"""), options).IsValid);
        Assert.False(schema.Evaluate(JsonNode.Parse("""{ "code": "MATC", "internalNote": "x" }"""), options).IsValid);
    }

    /// <summary>
    /// A JSON Schema (2020-12, which OpenAPI 3.1 schemas are) for one documented response: the document's components
    /// beside a $ref to the response's schema. The API's own object schemas are closed (additionalProperties: false);
    /// problem details stay open, since they carry extensions such as traceId by design.
    /// </summary>
    private static JsonSchema SchemaFor(JsonNode document, JsonNode responseSchema)
    {
        var components = document["components"]!.DeepClone();
        foreach (var (name, schema) in components["schemas"]!.AsObject())
        {
            if (!name.Contains("ProblemDetails", StringComparison.Ordinal) && schema is JsonObject o && o["properties"] is not null)
            {
                o["additionalProperties"] = false;
            }
        }

        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = $"{DocumentUri}/{Guid.NewGuid():N}", // a new id each time: schemas are registered by id
            ["components"] = components,
        };
        foreach (var (key, value) in responseSchema.AsObject())
        {
            root[key] = value?.DeepClone();
        }

        return JsonSchema.FromText(root.ToJsonString());
    }
}
