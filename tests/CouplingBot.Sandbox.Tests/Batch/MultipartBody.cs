using System.Text;

namespace CouplingBot.Sandbox.Tests.Batch;

/// <summary>Builds Dataverse batch bodies as clients write them, and splits batch responses into their parts.</summary>
public sealed class MultipartBody
{
    private readonly StringBuilder _text = new();

    /// <summary>The batch boundary.</summary>
    public string Boundary { get; } = "batch_" + Guid.NewGuid().ToString("N");

    /// <summary>Adds a request outside change sets.</summary>
    public MultipartBody Request(string method, string url, string? json = null, params string[] headers)
    {
        _text.Append("--").Append(Boundary).Append("\r\n").Append(Part(method, url, json, null, headers));
        return this;
    }

    /// <summary>Adds a change set of (method, url, json, contentId) requests.</summary>
    public MultipartBody ChangeSet(params (string Method, string Url, string? Json, string ContentId)[] requests)
    {
        var boundary = "changeset_" + Guid.NewGuid().ToString("N");
        _text.Append("--").Append(Boundary).Append("\r\nContent-Type: multipart/mixed; boundary=").Append(boundary).Append("\r\n\r\n");
        foreach (var (method, url, json, id) in requests)
        {
            _text.Append("--").Append(boundary).Append("\r\n").Append(Part(method, url, json, id, []));
        }

        _text.Append("--").Append(boundary).Append("--\r\n");
        return this;
    }

    /// <summary>The content to POST.</summary>
    public StringContent ToContent()
    {
        var content = new StringContent(_text + "--" + Boundary + "--\r\n", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"multipart/mixed; boundary={Boundary}");
        return content;
    }

    /// <summary>The status lines (<c>HTTP/1.1 204 No Content</c> -> 204) of a batch response, nested ones included, in order.</summary>
    public static List<int> Statuses(string response) =>
        response.Split('\n').Where(l => l.StartsWith("HTTP/1.1 ", StringComparison.Ordinal)).Select(l => int.Parse(l.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static string Part(string method, string url, string? json, string? contentId, string[] headers)
    {
        var text = new StringBuilder("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        if (contentId is not null)
        {
            text.Append("Content-ID: ").Append(contentId).Append("\r\n");
        }

        text.Append("\r\n").Append(method).Append(' ').Append(url).Append(" HTTP/1.1\r\n");
        foreach (var header in headers)
        {
            text.Append(header).Append("\r\n");
        }

        if (json is not null)
        {
            text.Append("Content-Type: application/json; type=entry\r\n\r\n").Append(json).Append("\r\n");
        }
        else
        {
            text.Append("\r\n");
        }

        return text.ToString();
    }
}
