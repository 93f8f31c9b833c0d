using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CouplingBot.Engine.Clients;
using Microsoft.AspNetCore.WebUtilities;

namespace CouplingBot.Engine.Dataverse.Batch;

/// <summary>
/// Reads a Dataverse <c>$batch</c> response: the MIME parts with ASP.NET Core's <see cref="MultipartReader"/>
/// (boundaries, CRLFs, preamble and epilogue as RFC 2046 says), change-set parts (nested multipart) in place,
/// and each <c>application/http</c> part as an HTTP response (status line, headers, body).
/// </summary>
internal static class MultipartBatchReader
{
    /// <summary>The answers in the order the service gave them.</summary>
    public static async Task<IReadOnlyList<BatchPart>> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        var boundary = BoundaryOf(content.Headers.ContentType)
            ?? throw new FormatException($"The $batch response is not multipart ({content.Headers.ContentType}).");
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var parts = new List<BatchPart>();
        await ReadAsync(stream, boundary, parts, cancellationToken).ConfigureAwait(false);
        return parts;
    }

    /// <summary>Reads the parts of one multipart body, change sets included, into <paramref name="parts"/>.</summary>
    public static async Task ReadAsync(Stream body, string boundary, List<BatchPart> parts, CancellationToken cancellationToken)
    {
        var reader = new MultipartReader(boundary, body);
        while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
        {
            var type = section.ContentType is null ? null : MediaTypeHeaderValue.Parse(section.ContentType);
            if (type?.MediaType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true)
            {
                await ReadAsync(section.Body, BoundaryOf(type) ?? throw new FormatException("A change set has no boundary."), parts, cancellationToken)
                    .ConfigureAwait(false);
                continue;
            }

            using var text = new StreamReader(section.Body, Encoding.UTF8);
            parts.Add(ParseResponse(await text.ReadToEndAsync(cancellationToken).ConfigureAwait(false)));
        }
    }

    /// <summary>An HTTP response as text: <c>HTTP/1.1 412 Precondition Failed</c>, headers, a blank line, the body.</summary>
    public static BatchPart ParseResponse(string message)
    {
        using var reader = new StringReader(message);
        var statusLine = reader.ReadLine();
        while (statusLine is { Length: 0 })
        {
            statusLine = reader.ReadLine();
        }

        var fields = statusLine?.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (fields is not { Length: >= 2 } || !fields[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            throw new FormatException($"A $batch part does not start with an HTTP status line: \"{statusLine}\".");
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var line = reader.ReadLine(); !string.IsNullOrEmpty(line); line = reader.ReadLine())
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        var body = reader.ReadToEnd();
        return new BatchPart(null, (HttpStatusCode)status, headers, string.IsNullOrWhiteSpace(body) ? null : body);
    }

    private static string? BoundaryOf(MediaTypeHeaderValue? type) =>
        type?.Parameters.FirstOrDefault(p => string.Equals(p.Name, "boundary", StringComparison.OrdinalIgnoreCase))?.Value?.Trim('"');
}
