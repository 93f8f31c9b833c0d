namespace CouplingBot.EndToEnd.Tests.Stack;

/// <summary>One local stack and fake connector per test class; each test starts from the seed.</summary>
public sealed class StackFixture : IAsyncLifetime
{
    internal LocalStack Stack { get; private set; } = null!;

    internal FakeConnector Connector { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Stack = await LocalStack.StartAsync();
        Connector = await FakeConnector.StartAsync();
    }

    /// <summary>Seed data, no couplings, nothing posted.</summary>
    public async Task ResetAsync()
    {
        await Stack.ResetAsync();
        Connector.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        await Connector.DisposeAsync();
        await Stack.DisposeAsync();
    }
}
