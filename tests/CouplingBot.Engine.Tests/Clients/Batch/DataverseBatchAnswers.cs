using System.Net;
using System.Text.RegularExpressions;
using static CouplingBot.Engine.Tests.Clients.Batch.CapturedRequest;

namespace CouplingBot.Engine.Tests.Clients.Batch;

/// <summary>A fake Dataverse answering multipart $batch requests part by part.</summary>
internal static partial class DataverseBatchAnswers
{
    public const string Ok = "ok";


    /// <summary>A multipart answer to a captured batch: per part, <paramref name="answer"/>(id) or 200 with the account.</summary>
    public static HttpResponseMessage Answer(CapturedRequest batch, Func<string, string> answer)
    {
        var boundary = "batchresponse_" + Guid.NewGuid();
        var parts = PartIds(batch).Select(id => answer(id) is var text && text == Ok
            ? $"HTTP/1.1 200 OK\r\nContent-Type: application/json; odata.metadata=minimal\r\nOData-Version: 4.0\r\n\r\n{{\"@odata.etag\":\"W/\\\"2\\\"\",\"accountid\":\"{id}\",\"modifiedon\":\"2026-01-01T00:00:00Z\",\"name\":\"x\"}}"
            : text);
        var body = string.Concat(parts.Select(p => $"--{boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n{p}\r\n")) + $"--{boundary}--\r\n";
        return Raw(HttpStatusCode.OK, body, $"multipart/mixed; boundary={boundary}");
    }

    /// <summary>The key each part of a batch addresses (from the URL, or from the body for a create).</summary>
    public static List<string> PartIds(CapturedRequest batch) =>
        [.. PartKey().Matches(batch.Body).Select(m => m.Groups["url"].Success ? m.Groups["url"].Value : m.Groups["body"].Value)];

    public static string Boundary(CapturedRequest batch) =>
        batch.Headers["Content-Type"].Split("boundary=")[1].Trim('"');

    [GeneratedRegex("(?:accounts\\((?<url>[0-9a-f-]{36})\\)|\"accountid\":\"(?<body>[0-9a-f-]{36})\")")]
    private static partial Regex PartKey();
}
