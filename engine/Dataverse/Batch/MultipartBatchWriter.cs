using System.Text;

namespace CouplingBot.Engine.Dataverse.Batch;

/// <summary>
/// Writes a Dataverse <c>$batch</c> body (OData 4.0 multipart, section 11.7): one <c>application/http</c>
/// part per request, no change sets, so every request stands alone. System.Net.Http's
/// <see cref="MultipartContent"/> writes the boundaries and CRLFs; each part is an HTTP request as text.
/// </summary>
internal static class MultipartBatchWriter
{
    private const string Crlf = "\r\n";

    /// <summary>The <c>multipart/mixed; boundary="..."</c> content for the requests.</summary>
    public static MultipartContent Create(string boundary, IEnumerable<BatchRequestPart> requests)
    {
        var content = new MultipartContent("mixed", boundary);
        foreach (var request in requests)
        {
            content.Add(Part(request));
        }

        return content;
    }

    /// <summary>One part: <c>Content-Type: application/http</c>, binary transfer, the request as text.</summary>
    public static HttpContent Part(BatchRequestPart request)
    {
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(RequestText(request)));
        part.Headers.TryAddWithoutValidation("Content-Type", "application/http");
        part.Headers.TryAddWithoutValidation("Content-Transfer-Encoding", "binary");
        return part;
    }

    /// <summary>The request line, headers, a blank line and the body, lines ended by CRLF.</summary>
    public static string RequestText(BatchRequestPart request)
    {
        var text = new StringBuilder()
            .Append(request.Method.Method).Append(' ').Append(request.Url.AbsoluteUri).Append(" HTTP/1.1").Append(Crlf);
        if (request.JsonBody is not null)
        {
            text.Append("Content-Type: application/json").Append(Crlf);
        }

        foreach (var (name, value) in request.Headers)
        {
            text.Append(name).Append(": ").Append(value).Append(Crlf);
        }

        text.Append(Crlf);
        return request.JsonBody is null ? text.ToString() : text.Append(request.JsonBody).ToString();
    }
}
