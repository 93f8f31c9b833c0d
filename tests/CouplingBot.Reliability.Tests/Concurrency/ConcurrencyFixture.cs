namespace CouplingBot.Reliability.Tests.Concurrency;

/// <summary>One product stack for <see cref="ConcurrentCouplingTests"/>; each test works on records of its own.</summary>
public sealed class ConcurrencyFixture : IAsyncLifetime
{
    internal ProductStack Stack { get; private set; } = null!;

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => Stack = await ProductStack.StartAsync("concurrency");

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await Stack.DisposeAsync();
}
