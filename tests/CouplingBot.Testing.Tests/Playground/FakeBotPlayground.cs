using CouplingBot.Testing.Playground;
using CouplingBot.Testing.Tests.FakeBot;

namespace CouplingBot.Testing.Tests.Playground;

/// <summary>The fake bot plus a playground pointing at it, shared by a test class.</summary>
public sealed class FakeBotPlayground : IAsyncLifetime
{
    private FakeBot.FakeBot? _bot;
    private PlaygroundServer? _server;

    internal FakeBot.FakeBot Bot => _bot ?? throw new InvalidOperationException("Not initialized.");

    public PlaygroundServer Server => _server ?? throw new InvalidOperationException("Not initialized.");

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _bot = await FakeBot.FakeBot.StartAsync(ct);
        _server = await PlaygroundServer.StartAsync(_bot.Endpoint, ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }
}
