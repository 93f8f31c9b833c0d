using System.Net.Http.Json;
using System.Text.Json;
using CouplingBot.Sandbox;
using CouplingBot.Sandbox.Control;
using CouplingBot.Testing.Azurite;
using CouplingBot.Testing.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Engine.Tests.Jobs;

/// <summary>
/// The sandbox and Azurite, shared by one test class; each test resets the sandbox and gets its own
/// queue and tables (<see cref="JobNames"/>), and builds one or more <see cref="JobsHost"/>s (one per
/// "process") on them.
/// </summary>
public sealed class JobsFixture : IAsyncLifetime
{
    private WebApplication? _sandbox;
    private AzuriteServer? _azurite;

    public string SandboxUrl { get; private set; } = "";

    public string StorageConnectionString => _azurite!.ConnectionString;

    public HttpClient Sandbox { get; private set; } = new();

    public async ValueTask InitializeAsync()
    {
        _azurite = await AzuriteServer.StartAsync(TestContext.Current.CancellationToken);
        _sandbox = SandboxApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        await _sandbox.StartAsync();
        SandboxUrl = _sandbox.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        Sandbox = new HttpClient { BaseAddress = new Uri(SandboxUrl) };
    }

    /// <summary>Back to the seed: data, faults and journal.</summary>
    public async Task ResetSandboxAsync()
    {
        (await Sandbox.PostAsync("_sandbox/reset", null)).EnsureSuccessStatusCode();
        (await Sandbox.DeleteAsync("_sandbox/requests")).EnsureSuccessStatusCode();
    }

    /// <summary>Forgets the journal's requests (e.g. those a test made to set up its data).</summary>
    public async Task ResetJournalAsync() => (await Sandbox.DeleteAsync("_sandbox/requests")).EnsureSuccessStatusCode();

    /// <summary>
    /// The writes a sync to Sales made: each PATCH to Dataverse, sent alone or as a part of a <c>$batch</c>, as the
    /// record it wrote (<c>accounts(id)</c>).
    /// </summary>
    public async Task<IReadOnlyList<string>> DataverseWritesAsync()
    {
        var journal = await Sandbox.GetFromJsonAsync<JournalEntry[]>("_sandbox/requests?service=dataverse") ?? [];
        var alone = journal.Where(e => e.Method == "PATCH").Select(e => BatchBodies.LastSegment(e.PathAndQuery));
        var parts = journal.Where(e => e.Method == "POST" && e.PathAndQuery.Contains("$batch", StringComparison.Ordinal)).SelectMany(e => BatchBodies.PatchedRecords(e.Body));
        return [.. alone.Concat(parts)];
    }

    /// <summary>The journal's POST requests to Dataverse (creates, one by one or in <c>$batch</c>es).</summary>
    public async Task<IReadOnlyList<JournalEntry>> DataversePostsAsync() =>
        await Sandbox.GetFromJsonAsync<JournalEntry[]>("_sandbox/requests?service=dataverse&method=POST") ?? [];

    /// <summary>Makes the sandbox answer a matching request with a status code.</summary>
    public async Task AddFaultAsync(object rule) =>
        (await Sandbox.PostAsJsonAsync("_sandbox/faults", rule)).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        Sandbox.Dispose();
        if (_sandbox is not null)
        {
            await _sandbox.StopAsync();
            await _sandbox.DisposeAsync();
        }

        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }
}

/// <summary>One test's queue and tables, shared by all its hosts.</summary>
public sealed record JobNames(string Queue, string Jobs, string Errors, string History, string Couplings)
{
    public static JobNames Unique()
    {
        var id = Guid.NewGuid().ToString("N")[..10];
        return new JobNames("q" + id, "jobs" + id, "errors" + id, "history" + id, "couplings" + id);
    }
}
