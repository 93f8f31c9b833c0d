using Azure.Data.Tables;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Testing.Playground;

namespace CouplingBot.EndToEnd.Tests.Playground;

/// <summary>
/// A test class on one shared playground stack (<see cref="PlaygroundStackFixture"/>): each test starts from the seed,
/// with a feed client of its own, and talks to the bot in the personal chat unless it opens another conversation.
/// </summary>
public abstract class PlaygroundTest(PlaygroundStackFixture fixture) : IClassFixture<PlaygroundStackFixture>, IAsyncLifetime
{
    private PlaygroundClient? _client;

    /// <summary>The local stack behind the playground (sandbox, couplings).</summary>
    internal LocalStack Stack => fixture.Stack;

    /// <summary>The playground in front of the bot.</summary>
    internal PlaygroundServer Playground => fixture.Playground;

    /// <summary>This test's feed client.</summary>
    internal PlaygroundClient Client => _client ?? throw new InvalidOperationException("The test has not started.");

    /// <summary>The personal chat with the bot.</summary>
    internal PlaygroundChat Chat { get; private set; } = null!;

    /// <summary>The test's cancellation token.</summary>
    protected static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        await fixture.ResetAsync();
        _client = await PlaygroundClient.ConnectAsync(fixture.Playground.BaseUrl, Cancellation);
        Chat = PlaygroundChat.Personal(_client);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }
    }

    /// <summary>The coupling rows of one mapping, e.g. "CUSTOMER" or "SALESPEOPLE".</summary>
    internal async Task<IReadOnlyList<TableEntity>> CouplingRowsAsync(string mapping) =>
        [.. (await Stack.CouplingRowsAsync()).Where(r => r.PartitionKey.EndsWith("|" + mapping, StringComparison.Ordinal))];
}
