using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Sandbox.Tests;

/// <summary>
/// The real sandbox app on a free loopback port (no WebApplicationFactory), with an HttpClient and URL helpers.
/// Reusable by other test projects' fixtures.
/// </summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SandboxHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    /// <summary>Root of the app, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A client with <see cref="BaseAddress"/>.</summary>
    public HttpClient Client { get; }

    /// <summary>Relative URL of the BC API root.</summary>
    public static string Bc => "bc/v2.0/tenant1/production/api/v2.0/";

    /// <summary>Relative URL of CRONUS UK's customers.</summary>
    public static string UkCustomers => $"{Bc}companies({SandboxSeed.CronusUkCompanyId})/customers";

    /// <summary>Relative URL of the Dataverse API root.</summary>
    public static string Dv => "dataverse/api/data/v9.2/";

    /// <summary>Starts the app; <paramref name="args"/> are extra command-line arguments (e.g. <c>--Sandbox:DataPath=...</c>).</summary>
    public static async Task<SandboxHost> StartAsync(string[]? args = null, Action<WebApplicationBuilder>? configure = null)
    {
        var app = SandboxApp.Create(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", .. args ?? []], configure);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new SandboxHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Sends a request with an optional JSON body and headers.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, object? body = null, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            var text = body as string ?? JsonSerializer.Serialize(body);
            request.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>GETs a URL and returns the JSON body, asserting the status.</summary>
    public async Task<JsonObject> GetJsonAsync(string url, int expectedStatus = 200, params (string Name, string Value)[] headers)
    {
        using var response = await SendAsync(HttpMethod.Get, url, null, headers);
        return await ReadAsync(response, expectedStatus);
    }

    /// <summary>Reads a JSON object body, asserting the status.</summary>
    public static async Task<JsonObject> ReadAsync(HttpResponseMessage response, int expectedStatus)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(expectedStatus == (int)response.StatusCode, $"Expected {expectedStatus}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Reads the error code of an error body, asserting the status.</summary>
    public static async Task<(string Code, string Message)> ErrorAsync(HttpResponseMessage response, int expectedStatus)
    {
        var body = await ReadAsync(response, expectedStatus);
        var error = body["error"]!;
        return ((string)error["code"]!, (string)error["message"]!);
    }

    /// <summary>Reseeds both services.</summary>
    public async Task ResetAsync()
    {
        using var response = await Client.PostAsJsonAsync("_sandbox/reset", new { }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}

/// <summary>xunit class fixture: one sandbox per test class (tests of one class run one after another).</summary>
public sealed class SandboxFixture : IAsyncLifetime
{
    private SandboxHost? _host;

    /// <summary>The running sandbox.</summary>
    public SandboxHost Host => _host ?? throw new InvalidOperationException("Not started.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => _host = await SandboxHost.StartAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
