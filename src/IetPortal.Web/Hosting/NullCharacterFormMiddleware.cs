using System.Text;

namespace IetPortal.Web.Hosting;

/// <summary>
/// ASP.NET Core refuses a URL-encoded form whose values contain a NUL character (<c>%00</c>) before any validator runs,
/// which would leave the person with a bare "request could not be processed" page. NUL is replaced by U+FFFD, the
/// replacement character, so the form reaches its validator and comes back with a message on the field instead;
/// no text with a NUL can reach the database (PostgreSQL refuses NUL in text).
/// </summary>
internal sealed class NullCharacterFormMiddleware(RequestDelegate next)
{
    private static readonly byte[] EncodedNul = "%00"u8.ToArray();
    private static readonly byte[] EncodedReplacement = Encoding.ASCII.GetBytes("%EF%BF%BD");

    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method)
            && context.Request.HasFormContentType
            && context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            var body = buffer.ToArray();
            if (body.AsSpan().IndexOf(EncodedNul) >= 0)
            {
                body = Replace(body);
            }

            context.Request.Body = new MemoryStream(body, writable: false);
            context.Request.ContentLength = body.Length;
        }

        await next(context);
    }

    private static byte[] Replace(byte[] body)
    {
        using var result = new MemoryStream(body.Length + 64);
        var rest = body.AsSpan();
        int index;
        while ((index = rest.IndexOf(EncodedNul)) >= 0)
        {
            result.Write(rest[..index]);
            result.Write(EncodedReplacement);
            rest = rest[(index + EncodedNul.Length)..];
        }

        result.Write(rest);
        return result.ToArray();
    }
}
