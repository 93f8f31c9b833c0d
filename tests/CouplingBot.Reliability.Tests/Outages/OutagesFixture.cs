using CouplingBot.Reliability.Tests.Concurrency;

namespace CouplingBot.Reliability.Tests.Outages;

/// <summary>
/// One product stack for <see cref="ServicesDownTests"/>, its job worker tuned to notice outages within a second or
/// two (short poll, lease and unreachable-retry times; sync jobs in chunks of 4 records, so a 40-record job checkpoints
/// ten times). Each test works on records of its own.
/// </summary>
public sealed class OutagesFixture : IAsyncLifetime
{
    internal ProductStack Stack { get; private set; } = null!;

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => Stack = await ProductStack.StartAsync(
        "outages",
        "--Jobs:PollInterval=00:00:00.200",
        "--Jobs:VisibilityTimeout=00:00:03",
        "--Jobs:UnreachableRetryDelay=00:00:00.500",
        "--Jobs:CheckpointEvery=5",
        "--Jobs:ChunkSize=4");

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await Stack.DisposeAsync();
}
