using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using CouplingBot.Bot.Hosting;
using CouplingBot.Sandbox.Storage;
using CouplingBot.Testing.Azurite;
using CouplingBot.Testing.Sandbox;
using Microsoft.AspNetCore.Builder;

namespace CouplingBot.EndToEnd.Tests.Stack;

/// <summary>
/// The whole product on free loopback ports, in this process: Azurite (real, from npm), the
/// sandbox and the bot configured against both. Settings can be overridden to point the bot at
/// something that is down.
/// </summary>
internal sealed class LocalStack : IAsyncDisposable
{
    private LocalStack(AzuriteServer azurite, WebApplication sandbox, WebApplication bot)
    {
        Azurite = azurite;
        SandboxApp = sandbox;
        BotApp = bot;
        Sandbox = new HttpClient { BaseAddress = WebAppAddress.Of(sandbox) };
        BotUrl = WebAppAddress.Of(bot);
        Bot = new HttpClient { BaseAddress = BotUrl };
    }

    public AzuriteServer Azurite { get; }

    public WebApplication SandboxApp { get; }

    public WebApplication BotApp { get; }

    /// <summary>A client for the sandbox (both services and /_sandbox/).</summary>
    public HttpClient Sandbox { get; }

    /// <summary>A client for the bot.</summary>
    public HttpClient Bot { get; }

    /// <summary>The bot's root address; /api/messages is under it.</summary>
    public Uri BotUrl { get; }

    /// <summary>The couplings table.</summary>
    public TableClient Couplings => new TableServiceClient(Azurite.ConnectionString).GetTableClient("Couplings");

    public static Task<LocalStack> StartAsync(params string[] botOverrides) => StartAsync([], botOverrides);

    public static async Task<LocalStack> StartAsync(string[] sandboxOverrides, string[] botOverrides)
    {
        var azurite = await AzuriteServer.StartAsync();
        var sandbox = CouplingBot.Sandbox.SandboxApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. sandboxOverrides]);
        await sandbox.StartAsync();
        var sandboxUrl = WebAppAddress.Of(sandbox);
        string[] settings =
        [
            "--urls", "http://127.0.0.1:0",
            "--Logging:LogLevel:Default=Warning",
            .. LocalServiceSettings.For(sandboxUrl, azurite.ConnectionString),
            .. botOverrides,
        ];
        var bot = CouplingBot.Bot.Hosting.BotApp.Create(settings);
        await bot.StartAsync();
        return new LocalStack(azurite, sandbox, bot);
    }

    /// <summary>Back to the seed: sandbox data reseeded, journal and couplings emptied.</summary>
    public async Task ResetAsync()
    {
        (await Sandbox.PostAsync("_sandbox/reset", null)).EnsureSuccessStatusCode();
        (await Sandbox.DeleteAsync("_sandbox/requests")).EnsureSuccessStatusCode();
        await Couplings.CreateIfNotExistsAsync();
        await foreach (var row in Couplings.QueryAsync<TableEntity>())
        {
            await Couplings.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }
    }

    /// <summary>A Dataverse account as the sandbox holds it.</summary>
    public async Task<JsonElement> AccountAsync(Guid id) =>
        await Sandbox.GetFromJsonAsync<JsonElement>($"dataverse/api/data/v9.2/accounts({id})");

    /// <summary>Edits a Business Central customer as a person would (read, then PATCH with its ETag).</summary>
    public Task EditCustomerAsync(Guid id, object changes) => EditBusinessCentralAsync("customers", id, changes);

    /// <summary>A Business Central record of CRONUS UK Ltd. as the sandbox holds it, e.g. ("contacts", id).</summary>
    public async Task<JsonElement> BusinessCentralAsync(string entitySet, Guid id) =>
        await Sandbox.GetFromJsonAsync<JsonElement>(BusinessCentralUrl(entitySet, id));

    /// <summary>Edits a Business Central record of CRONUS UK Ltd. as a person would (read, then PATCH with its ETag).</summary>
    public async Task EditBusinessCentralAsync(string entitySet, Guid id, object changes)
    {
        var url = BusinessCentralUrl(entitySet, id);
        var current = await Sandbox.GetFromJsonAsync<JsonElement>(url);
        using var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = JsonContent.Create(changes) };
        request.Headers.TryAddWithoutValidation("If-Match", current.GetProperty("@odata.etag").GetString());
        (await Sandbox.SendAsync(request)).EnsureSuccessStatusCode();
    }

    /// <summary>Edits a Sales record as a person would, whatever its version (If-Match: *), e.g. ("contacts", id).</summary>
    public async Task EditSalesAsync(string entitySet, Guid id, object changes)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"dataverse/api/data/v9.2/{entitySet}({id})") { Content = JsonContent.Create(changes) };
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        (await Sandbox.SendAsync(request)).EnsureSuccessStatusCode();
    }

    /// <summary>What the bot sent to a service, e.g. ("dataverse", "PATCH").</summary>
    public async Task<IReadOnlyList<JsonElement>> JournalAsync(string service, string? method = null)
    {
        var url = $"_sandbox/requests?service={service}" + (method is null ? "" : $"&method={method}");
        var journal = await Sandbox.GetFromJsonAsync<JsonElement>(url);
        var entries = journal.ValueKind == JsonValueKind.Array ? journal : journal.GetProperty("value");
        return [.. entries.EnumerateArray()];
    }

    /// <summary>All coupling rows.</summary>
    public async Task<IReadOnlyList<TableEntity>> CouplingRowsAsync()
    {
        var rows = new List<TableEntity>();
        await Couplings.CreateIfNotExistsAsync();
        await foreach (var row in Couplings.QueryAsync<TableEntity>())
        {
            rows.Add(row);
        }

        return rows;
    }

    private static string BusinessCentralUrl(string entitySet, Guid id) =>
        $"bc/v2.0/sandbox/production/api/v2.0/companies({SandboxSeed.CronusUkCompanyId})/{entitySet}({id})";

    public async ValueTask DisposeAsync()
    {
        Bot.Dispose();
        Sandbox.Dispose();
        await BotApp.StopAsync();
        await BotApp.DisposeAsync();
        await SandboxApp.StopAsync();
        await SandboxApp.DisposeAsync();
        await Azurite.DisposeAsync();
    }
}
