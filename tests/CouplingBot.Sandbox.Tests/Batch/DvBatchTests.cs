using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;
using static CouplingBot.Sandbox.Tests.SandboxHost;

namespace CouplingBot.Sandbox.Tests.Batch;

public sealed class DvBatchTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private SandboxHost Host => fixture.Host;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private async Task<(int Status, string Body, HttpResponseMessage Response)> PostAsync(MultipartBody batch, params (string, string)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Dv + "$batch") { Content = batch.ToContent() };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        var response = await Host.Client.SendAsync(request, Token);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(Token), response);
    }

    [Fact]
    public async Task Batch_ChangeSetWithContentIdReference_CreatesAndLinks()
    {
        var contactId = Guid.NewGuid();
        var batch = new MultipartBody().ChangeSet(
            ("POST", "contacts", $$"""{"contactid":"{{contactId}}","firstname":"Batch","lastname":"Person"}""", "1"),
            ("POST", "/dataverse/api/data/v9.2/accounts", """{"name":"Batch Linked Co","primarycontactid@odata.bind":"$1"}""", "2"))
            .Request("GET", $"{Host.BaseAddress}{Dv}contacts({contactId})?$select=fullname");

        var (status, body, response) = await PostAsync(batch);

        Assert.Equal(200, status);
        Assert.StartsWith("multipart/mixed; boundary=batchresponse_", response.Content.Headers.ContentType!.ToString(), StringComparison.Ordinal);
        Assert.Contains("boundary=changesetresponse_", body, StringComparison.Ordinal);
        Assert.Equal([204, 204, 200], MultipartBody.Statuses(body));
        Assert.Contains("Content-ID: 2", body, StringComparison.Ordinal);
        Assert.Contains($"OData-EntityId: {Host.BaseAddress}{Dv}contacts({contactId})", body, StringComparison.Ordinal);
        Assert.Contains("Batch Person", body, StringComparison.Ordinal);
        var accounts = await Host.GetJsonAsync($"{Dv}accounts?$filter=name eq 'Batch Linked Co'&$select=_primarycontactid_value");
        Assert.Equal(contactId.ToString(), (string)accounts["value"]![0]!["_primarycontactid_value"]!);
    }

    [Fact]
    public async Task Batch_ChangeSetSecondFails_FirstRolledBackOneErrorPart()
    {
        var accountId = Guid.NewGuid();
        var batch = new MultipartBody().ChangeSet(
            ("POST", "accounts", $$"""{"accountid":"{{accountId}}","name":"Rolled Back Co"}""", "1"),
            ("PATCH", $"accounts({SandboxSeed.CannonGroupAccountId})", """{"nosuchcolumn":1}""", "2"));

        var (status, body, _) = await PostAsync(batch);

        Assert.Equal(400, status);
        Assert.Equal([400], MultipartBody.Statuses(body));
        Assert.DoesNotContain("changesetresponse_", body, StringComparison.Ordinal);
        Assert.Contains("Content-ID: 2", body, StringComparison.Ordinal);
        using var get = await Host.SendAsync(HttpMethod.Get, $"{Dv}accounts({accountId})");
        Assert.Equal(404, (int)get.StatusCode);
    }

    [Fact]
    public async Task Batch_FailureWithoutContinueOnError_StopsWith400()
    {
        var accountId = Guid.NewGuid();
        var batch = new MultipartBody()
            .Request("GET", $"accounts({Guid.NewGuid()})")
            .Request("POST", "accounts", $$"""{"accountid":"{{accountId}}","name":"Never Made"}""");

        var (status, body, _) = await PostAsync(batch);

        Assert.Equal(400, status);
        Assert.Equal([404], MultipartBody.Statuses(body));
        Assert.Contains("0x80040217", body, StringComparison.Ordinal);
        using var get = await Host.SendAsync(HttpMethod.Get, $"{Dv}accounts({accountId})");
        Assert.Equal(404, (int)get.StatusCode);
    }

    [Fact]
    public async Task Batch_ContinueOnError_RunsAllAnd200()
    {
        var accountId = Guid.NewGuid();
        var batch = new MultipartBody()
            .Request("GET", $"accounts({Guid.NewGuid()})")
            .Request("POST", "accounts", $$"""{"accountid":"{{accountId}}","name":"Made Anyway"}""");

        var (status, body, response) = await PostAsync(batch, ("Prefer", "odata.continue-on-error"));

        Assert.Equal(200, status);
        Assert.Equal([404, 204], MultipartBody.Statuses(body));
        Assert.Equal("odata.continue-on-error", response.Headers.GetValues("Preference-Applied").Single());
        await Host.GetJsonAsync($"{Dv}accounts({accountId})");
    }

    [Fact]
    public async Task Batch_GetInChangeSet_400()
    {
        var batch = new MultipartBody().ChangeSet(("GET", "accounts", null, "1"));

        var (status, body, _) = await PostAsync(batch);

        Assert.Equal(400, status);
        Assert.Contains("GET", (string)JsonNode.Parse(body)!["error"]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_UnknownContentIdReference_ErrorPart()
    {
        var batch = new MultipartBody().ChangeSet(("PATCH", "$7", """{"name":"x"}""", "1"));

        var (status, body, _) = await PostAsync(batch);

        Assert.Equal(400, status);
        Assert.Contains("Content-ID Reference: '$7' does not exist in the batch context.", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_1001Requests_400And1000Accepted()
    {
        var tooMany = new MultipartBody();
        var enough = new MultipartBody();
        for (var i = 0; i < 1001; i++)
        {
            tooMany.Request("GET", $"systemusers({SandboxSeed.SandboxOwnerId})?$select=fullname");
            if (i < 1000)
            {
                enough.Request("GET", $"systemusers({SandboxSeed.SandboxOwnerId})?$select=fullname");
            }
        }

        var (status, body, _) = await PostAsync(tooMany);
        var (okStatus, okBody, _) = await PostAsync(enough);

        Assert.Equal(400, status);
        Assert.Contains("1000", body, StringComparison.Ordinal);
        Assert.Equal(200, okStatus);
        Assert.Equal(1000, MultipartBody.Statuses(okBody).Count);
    }

    [Fact]
    public async Task Batch_NotMultipart_400()
    {
        using var response = await Host.SendAsync(HttpMethod.Post, Dv + "$batch", new { });

        var (code, _) = await ErrorAsync(response, 400);

        Assert.StartsWith("0x", code, StringComparison.Ordinal);
    }
}
