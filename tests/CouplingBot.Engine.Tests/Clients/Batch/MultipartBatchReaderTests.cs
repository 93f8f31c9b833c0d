using System.Net;
using System.Text;
using CouplingBot.Engine.Dataverse.Batch;

namespace CouplingBot.Engine.Tests.Clients.Batch;

/// <summary>Reading Dataverse's multipart $batch responses, CRLF edge cases included.</summary>
public sealed class MultipartBatchReaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Read_DocumentedContinueOnErrorResponse_GivesEachPartsStatusHeadersAndBody()
    {
        var body = "--batchresponse_f44b\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
            + "HTTP/1.1 400 Bad Request\r\nREQ_ID: de4c\r\nContent-Type: application/json; odata.metadata=minimal\r\nOData-Version: 4.0\r\n\r\n"
            + "{\"error\":{\"code\":\"0x80044331\",\"message\":\"A validation error occurred.\"}}\r\n"
            + "--batchresponse_f44b\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
            + "HTTP/1.1 204 No Content\r\nOData-Version: 4.0\r\nOData-EntityId: https://dv.test/api/data/v9.2/tasks(aed2)\r\n\r\n\r\n"
            + "--batchresponse_f44b--\r\n";

        var parts = await ReadAsync(body, "multipart/mixed; boundary=batchresponse_f44b");

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.NoContent], parts.Select(p => p.Status));
        Assert.Equal("de4c", parts[0].Headers["req_id"]);
        Assert.StartsWith("{\"error\":{\"code\":\"0x80044331\"", parts[0].Body, StringComparison.Ordinal);
        Assert.Equal("https://dv.test/api/data/v9.2/tasks(aed2)", parts[1].Headers["OData-EntityId"]);
        Assert.Null(parts[1].Body);
    }

    [Fact]
    public async Task Read_QuotedBoundaryPreambleEpilogueAndBodiesWithBlankLinesAndDashes_AreKeptApart()
    {
        var json = "{\r\n  \"name\": \"--batchresponse_x is not a boundary\",\r\n\r\n  \"note\": \"line\\r\\nbreak\"\r\n}";
        var body = "preamble to ignore\r\n--batchresponse_x\r\nContent-Type: application/http\r\n\r\n"
            + "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n"
            + "--batchresponse_x--\r\nepilogue to ignore";

        var parts = await ReadAsync(body, "multipart/mixed; boundary=\"batchresponse_x\"");

        var part = Assert.Single(parts);
        Assert.Equal(HttpStatusCode.OK, part.Status);
        Assert.Equal(json, part.Body);
    }

    [Fact]
    public async Task Read_ChangeSetResponse_IsFlattenedInOrder()
    {
        var body = "--batchresponse_a\r\nContent-Type: multipart/mixed; boundary=changesetresponse_b\r\n\r\n"
            + "--changesetresponse_b\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: 1\r\n\r\nHTTP/1.1 204 No Content\r\n\r\n\r\n"
            + "--changesetresponse_b\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\nContent-ID: 2\r\n\r\nHTTP/1.1 201 Created\r\n\r\n{}\r\n"
            + "--changesetresponse_b--\r\n"
            + "--batchresponse_a\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 404 Not Found\r\n\r\n{}\r\n"
            + "--batchresponse_a--\r\n";

        var parts = await ReadAsync(body, "multipart/mixed; boundary=batchresponse_a");

        Assert.Equal([HttpStatusCode.NoContent, HttpStatusCode.Created, HttpStatusCode.NotFound], parts.Select(p => p.Status));
    }

    [Fact]
    public async Task Read_NotMultipart_IsAFormatError() =>
        await Assert.ThrowsAsync<FormatException>(() => ReadAsync("{}", "application/json"));

    [Theory]
    [InlineData("HTTP/1.1 412 Precondition Failed\nContent-Type: application/json\n\n{}", HttpStatusCode.PreconditionFailed, "{}")]
    [InlineData("\r\nHTTP/1.1 200 OK\r\n\r\n{\"a\":1}", HttpStatusCode.OK, "{\"a\":1}")]
    [InlineData("HTTP/1.1 204 No Content\r\n\r\n", HttpStatusCode.NoContent, null)]
    public void ParseResponse_LfOrCrlfAndLeadingBlankLines_AreRead(string message, HttpStatusCode status, string? body)
    {
        var part = MultipartBatchReader.ParseResponse(message);

        Assert.Equal(status, part.Status);
        Assert.Equal(body, part.Body);
    }

    [Fact]
    public void ParseResponse_NoStatusLine_IsAFormatError() =>
        Assert.Throws<FormatException>(() => MultipartBatchReader.ParseResponse("Content-Type: application/json\r\n\r\n{}"));

    [Fact]
    public async Task Writer_Then_Reader_RoundTripsTheRequestText()
    {
        var request = new BatchRequestPart(HttpMethod.Patch, new Uri("https://dv.test/api/data/v9.2/accounts(1)"), [new("If-Match", "W/\"7\"")], "{\"name\":\"x\"}");
        using var content = MultipartBatchWriter.Create("batch_rt", [request]);

        var text = await content.ReadAsStringAsync(Ct);

        Assert.Equal("--batch_rt\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n"
            + "PATCH https://dv.test/api/data/v9.2/accounts(1) HTTP/1.1\r\nContent-Type: application/json\r\nIf-Match: W/\"7\"\r\n\r\n{\"name\":\"x\"}"
            + "\r\n--batch_rt--\r\n", text);
    }

    private static async Task<IReadOnlyList<CouplingBot.Engine.Clients.BatchPart>> ReadAsync(string body, string contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return await MultipartBatchReader.ReadAsync(content, Ct);
    }
}
