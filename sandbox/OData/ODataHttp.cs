using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;

namespace CouplingBot.Sandbox.OData;

/// <summary>HTTP helpers both imitated services use: JSON bodies in and out, next links, If-Match parsing.</summary>
public static class ODataHttp
{
    /// <summary>Content type of OData JSON responses.</summary>
    public const string JsonContentType = "application/json; odata.metadata=minimal; odata.streaming=true; IEEE754Compatible=false; charset=utf-8";

    /// <summary>The largest request body the sandbox reads (1 MiB); a larger one is answered 413 in the service's error body.</summary>
    public const int MaxBodyBytes = 1024 * 1024;

    // Like the real services: quotes in ETags as \" and '+', '&', '\'' unescaped.
    private static readonly JsonSerializerOptions WriteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes a status and an optional JSON body.</summary>
    public static async Task WriteAsync(HttpContext context, int status, JsonNode? body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        context.Response.Headers["OData-Version"] = "4.0";
        if (body is not null)
        {
            context.Response.ContentType = JsonContentType;
            await context.Response.WriteAsync(body.ToJsonString(WriteOptions), Encoding.UTF8, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads the request body as one JSON object; anything else is a 400 with <paramref name="errorCode"/>, a body over
    /// <see cref="MaxBodyBytes"/> a 413 with the same code.
    /// </summary>
    public static async Task<JsonElement> ReadObjectAsync(HttpRequest request, string errorCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var bytes = await ReadLimitedAsync(request, errorCode, cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ApiException(400, errorCode, "The request body must be a JSON object.");
            }

            return document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new ApiException(400, errorCode, "Invalid request body: " + exception.Message);
        }
    }

    private static async Task<ReadOnlyMemory<byte>> ReadLimitedAsync(HttpRequest request, string errorCode, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            throw TooLarge(errorCode);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    throw TooLarge(errorCode);
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception)
        {
            throw new ApiException(exception.StatusCode, errorCode, exception.Message);
        }

        return buffer.ToArray();
    }

    private static ApiException TooLarge(string errorCode) =>
        new(413, errorCode, $"The request body is larger than the maximum of {MaxBodyBytes} bytes.");

    /// <summary>The absolute URL of this request with its query options kept and <c>$skiptoken</c> set to <paramref name="token"/>.</summary>
    public static string NextLink(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parts = request.Query
            .Where(q => q.Key != "$skiptoken")
            .SelectMany(q => q.Value.Select(v => Escape(q.Key) + "=" + Uri.EscapeDataString(v ?? string.Empty)))
            .Append("$skiptoken=" + Uri.EscapeDataString(token));
        return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path) + "?" + string.Join('&', parts);
    }

    /// <summary>The entity tags of an If-Match or If-None-Match header (<c>*</c> included as is).</summary>
    public static IReadOnlyList<string> EntityTags(HttpRequest request, string header)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers[header]
            .SelectMany(h => SplitTags(h ?? string.Empty))
            .ToList();
    }

    /// <summary>True when a client-sent tag names the current tag (weak comparison: the <c>W/</c> prefix is optional).</summary>
    public static bool SameTag(string sent, string current) =>
        string.Equals(Strip(sent), Strip(current), StringComparison.Ordinal);

    private static string Strip(string tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;

    private static IEnumerable<string> SplitTags(string header)
    {
        // Commas separate tags except inside quotes.
        var start = 0;
        var inQuotes = false;
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (header[i] == ',' && !inQuotes)
            {
                yield return header[start..i].Trim();
                start = i + 1;
            }
        }

        var last = header[start..].Trim();
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    private static string Escape(string key) =>
        key.StartsWith('$') ? "$" + Uri.EscapeDataString(key[1..]) : Uri.EscapeDataString(key);
}
