using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using CouplingBot.Cards.Actions;
using CouplingBot.Reliability.Tests.Suite;
using CsCheck;

namespace CouplingBot.Reliability.Tests.BadInput;

/// <summary>
/// <c>/api/messages</c> of the whole product (local mode) under bad input over HTTP: malformed protocol input gets a
/// 4xx, well-formed activities with bad content get an answer that says what is wrong, an oversized body is refused
/// before it is read, and nothing ever gets a 5xx or logs an exception as an error.
/// </summary>
public sealed class MessagesEndpointFuzzTests(LocalProduct product) : IClassFixture<LocalProduct>
{
    private const string Area = "Bad input";
    private const int GeneratedBodies = 400;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, int> MalformedBodies => new()
    {
        { "not JSON", "{ this is not json", 400 },
        { "empty body", "", 400 },
        { "JSON null", "null", 400 },
        { "an array", "[1,2,3]", 400 },
        { "a string", "\"message\"", 400 },
        { "no type", """{"text":"couple customer 10000"}""", 400 },
        { "type is a number", """{"type":5,"text":"help"}""", 400 },
        { "type is an object", """{"type":{"a":1},"text":"help"}""", 400 },
        { "text is an object", """{"type":"message","text":{"a":1}}""", 400 },
        { "from is a string", """{"type":"message","from":"user","text":"help"}""", 400 },
        { "conversation is an array", """{"type":"message","conversation":[1],"text":"help"}""", 400 },
        { "attachments is a string", """{"type":"message","attachments":"x","text":"help"}""", 400 },
        { "timestamp is not a date", """{"type":"message","timestamp":"yesterday","text":"help"}""", 400 },
        { "nested 10,000 deep", "{\"type\":\"message\",\"value\":" + new string('[', 10_000) + new string(']', 10_000) + "}", 400 },
        { "truncated", """{"type":"message","text":"he""", 400 },
        { "invalid UTF-8", "\u00ff\u00fe{\"type\":\"message\"}", 400 },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task MalformedActivity_Is4xx_AndNeverProcessed(string what, string body, int expected)
    {
        var calls = product.Connector.Count;

        var (status, text) = await PostAsync(body);

        Assert.True((int)status == expected, $"{what}: {status} {text}");
        Assert.Contains("\"message\"", text, StringComparison.Ordinal);
        Assert.Equal(calls, product.Connector.Count);
        Assert.Empty(product.Errors.Entries);
    }

    [Theory]
    [InlineData("someFutureType")]
    [InlineData("messageReaction")]
    [InlineData("typing")]
    [InlineData("")]
    public async Task UnknownActivityType_IsAcknowledged_AndNothingHappens(string type)
    {
        var calls = product.Connector.Count;
        var activity = ActivityBodies.Message("couple customer 10000");
        activity["type"] = type;

        var (status, _) = await PostAsync(activity.ToJsonString());

        Assert.True((int)status is 200 or 400, $"{type}: {status}");
        Assert.Equal(calls, product.Connector.Count);
        Assert.Empty(product.Errors.Entries);
    }

    [Fact]
    public async Task TenMegabyteBody_IsRefusedBeforeItIsRead()
    {
        // Declared length: refused on the headers; Expect: 100-continue lets the client hold the body back until then.
        var declared = new CountingContent(10 * 1024 * 1024);
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = declared };
        request.Headers.ExpectContinue = true;
        using var response = await product.Bot.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(declared.Sent < declared.Length, $"{declared.Sent} of {declared.Length} bytes were sent");

        // No declared length (chunked): Kestrel stops reading at the limit.
        var chunked = new CountingContent(10 * 1024 * 1024, declareLength: false);
        HttpStatusCode? chunkedStatus = null;
        try
        {
            using var chunkedRequest = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = chunked };
            using var chunkedResponse = await product.Bot.SendAsync(chunkedRequest, Cancel);
            chunkedStatus = chunkedResponse.StatusCode;
        }
        catch (HttpRequestException)
        {
            // The server may close the connection while the rest of the body is still being sent: refused all the same.
        }

        Assert.True(chunkedStatus is null or HttpStatusCode.RequestEntityTooLarge, $"chunked: {chunkedStatus}");
        Assert.True(chunked.Sent < chunked.Length, $"{chunked.Sent} of {chunked.Length} chunked bytes were sent");
        Assert.Empty(product.Errors.Entries);
    }

    [Theory]
    [InlineData("no.such.verb", """{"customerNumber":"10000"}""", "not one CouplingBot knows")]
    [InlineData(CardVerbs.SetUpCoupling, """{"customerNumber":"99999","accountId":"6f1c2b3a-0d4e-4f5a-8b6c-7d8e9f0a1b2c","syncAfterCoupling":"false","direction":"toSales"}""", "exist")]
    [InlineData(CardVerbs.SetUpCoupling, """{"customerNumber":"10000","accountId":"6f1c2b3a-0d4e-4f5a-8b6c-7d8e9f0a1b2c","syncAfterCoupling":"false","direction":"toSales"}""", "exist")]
    [InlineData(CardVerbs.SetUpCoupling, """{"customerNumber":10000,"accountId":42,"syncAfterCoupling":"maybe","direction":7}""", "")]
    [InlineData(CardVerbs.SyncNow, """{"customerNumber":"99999","direction":"sideways"}""", "")]
    [InlineData(CardVerbs.ConfirmUncouple, """{"customerNumber":"10000"}""", "")]
    [InlineData(CardVerbs.RefreshJob, """{"jobId":"00000000-0000-0000-0000-000000000000"}""", "")]
    [InlineData(CardVerbs.ConfirmJob, """{"jobId":"not-a-job"}""", "")]
    [InlineData(CardVerbs.DecideConflicts, """{"customerNumber":["10000"],"choices":"all"}""", "")]
    public async Task ForgedCardAction_GetsAClearAnswer_AndCouplesNothing(string verb, string data, string expected)
    {
        var activity = ActivityBodies.CardAction(verb, JsonNode.Parse(data));

        var (status, text) = await PostAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        var answer = JsonDocument.Parse(text).RootElement;
        var type = answer.GetProperty("type").GetString();
        Assert.True(type is "application/vnd.microsoft.card.adaptive" or "application/vnd.microsoft.error", $"{verb}: {text}");
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Empty(await CouplingRowsAsync());
        Assert.Empty(product.Errors.Entries);
    }

    [Fact]
    public async Task GeneratedBodies_NeverGetA5xx_OrLogAnException()
    {
        var sent = 0;
        var serverErrors = 0;
        var byStatus = new Dictionary<int, int>();
        try
        {
            await ActivityBodies.Any.SampleAsync(async body =>
            {
                sent++;
                var (status, text) = await PostAsync(body);
                byStatus[(int)status] = byStatus.GetValueOrDefault((int)status) + 1;
                serverErrors += (int)status >= 500 ? 1 : 0;
                Assert.True((int)status < 500, $"{(int)status} {text} for {body[..Math.Min(body.Length, 400)]}");
            }, iter: GeneratedBodies, threads: 1);
        }
        finally
        {
            await ReliabilityFigures.RecordAsync(Area, "/api/messages bodies sent (generated)", sent);
            await ReliabilityFigures.RecordAsync(Area, "/api/messages 5xx answers", serverErrors);
            await ReliabilityFigures.RecordAsync(Area, "/api/messages unhandled exceptions logged", product.Errors.Entries.Count);
        }

        Assert.Equal(GeneratedBodies, sent);
        Assert.True(byStatus.Keys.Count > 1, "the bodies all got one answer: " + string.Join(", ", byStatus));
        Assert.Empty(product.Errors.Entries);
    }

    private async Task<(HttpStatusCode Status, string Text)> PostAsync(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await product.Bot.PostAsync("api/messages", content, Cancel);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Cancel));
    }

    private async Task<List<TableEntity>> CouplingRowsAsync()
    {
        var rows = new List<TableEntity>();
        await product.Couplings.CreateIfNotExistsAsync(Cancel);
        await foreach (var row in product.Couplings.QueryAsync<TableEntity>(cancellationToken: Cancel))
        {
            rows.Add(row);
        }

        return rows;
    }
}
