using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Testing.Playground;

namespace CouplingBot.EndToEnd.Tests.Playground;

/// <summary>
/// One local stack and one Agents Playground in front of its bot, shared by the tests of a class;
/// <see cref="ResetAsync"/> puts the data back to the seed. The playground keeps its conversations,
/// so each test works in a conversation (or channel post) of its own.
/// </summary>
public sealed class PlaygroundStackFixture : IAsyncLifetime
{
    internal LocalStack Stack { get; private set; } = null!;

    internal PlaygroundServer Playground { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Stack = await LocalStack.StartAsync();
        Playground = await PlaygroundServer.StartAsync(new Uri(Stack.BotUrl, "api/messages"), TestContext.Current.CancellationToken);
    }

    /// <summary>Seed data, no couplings.</summary>
    public Task ResetAsync() => Stack.ResetAsync();

    public async ValueTask DisposeAsync()
    {
        await Playground.DisposeAsync();
        await Stack.DisposeAsync();
    }
}
