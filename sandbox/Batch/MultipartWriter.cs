using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CouplingBot.Sandbox.Batch;

/// <summary>
/// Writes Dataverse's batch response body: <c>--batchresponse_guid</c> parts of <c>application/http</c> holding a status
/// line, headers and body, change set answers nested under <c>changesetresponse_guid</c>. Lines end with CRLF.
/// </summary>
public sealed class MultipartWriter(string boundary)
{
    private readonly StringBuilder _text = new();

    /// <summary>The boundary, e.g. <c>batchresponse_...</c>.</summary>
    public string Boundary { get; } = boundary;

    /// <summary>Adds one <c>application/http</c> part.</summary>
    public void AddResponse(PartResponse response, string? contentId)
    {
        ArgumentNullException.ThrowIfNull(response);
        _text.Append("--").Append(Boundary).Append("\r\n")
            .Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        if (contentId is not null)
        {
            _text.Append("Content-ID: ").Append(contentId).Append("\r\n");
        }

        _text.Append("\r\n").Append("HTTP/1.1 ").Append(response.Status).Append(' ')
            .Append(ReasonPhrases.GetReasonPhrase(response.Status)).Append("\r\n");
        foreach (var (name, value) in response.Headers)
        {
            _text.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        _text.Append("\r\n");
        if (response.Body.Length > 0)
        {
            _text.Append(Encoding.UTF8.GetString(response.Body)).Append("\r\n");
        }
    }

    /// <summary>Adds a nested multipart part (a change set's answers).</summary>
    public void AddNested(MultipartWriter nested)
    {
        ArgumentNullException.ThrowIfNull(nested);
        _text.Append("--").Append(Boundary).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(nested.Boundary).Append("\r\n\r\n")
            .Append(nested.ToString());
    }

    /// <summary>The whole body, closing boundary included.</summary>
    public override string ToString() => _text.ToString() + "--" + Boundary + "--\r\n";
}
