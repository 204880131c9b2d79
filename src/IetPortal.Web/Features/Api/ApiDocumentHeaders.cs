using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace IetPortal.Web.Features.Api;

/// <summary>Adds the response headers the attributes cannot describe: ETag on 200 and 304, Retry-After on 429.</summary>
internal static class ApiDocumentHeaders
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        foreach (var (status, response) in operation.Responses ?? [])
        {
            if (response is not OpenApiResponse described)
            {
                continue;
            }

            described.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (status is "200" or "304")
            {
                described.Headers["ETag"] = Header(
                    "Strong entity tag of the response body. Send it back in If-None-Match: while the data is unchanged the answer is 304 Not Modified.",
                    JsonSchemaType.String);
            }
            else if (status == "429")
            {
                described.Headers["Retry-After"] = Header("Seconds to wait before the next request.", JsonSchemaType.Integer);
            }
        }

        return Task.CompletedTask;
    }

    private static OpenApiHeader Header(string description, JsonSchemaType type) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = type },
    };
}
