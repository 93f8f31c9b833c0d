using CouplingBot.Benchmarks.Harness;
using CouplingBot.Benchmarks.Report;

namespace CouplingBot.Benchmarks.Tests;

/// <summary>
/// One in-process run of every scenario at <c>--quick</c> size (N = 200, k = 20, 50 turns) against its own Azurite and
/// sandboxes, shared by the tests of a class: they read its rows, they never time anything.
/// </summary>
public sealed class QuickRunFixture : IAsyncLifetime
{
    internal IReadOnlyList<ResultRow> Rows { get; private set; } = [];

    internal BenchmarkOptions Options { get; } = BenchmarkOptions.Quick(outputPath: null);

    public async ValueTask InitializeAsync()
    {
        await using var stack = await BenchmarkStack.StartAsync(Options.BatchedLimitsWindow, TestContext.Current.CancellationToken);
        var runner = new BenchmarkRunner(stack, new InProcessSyncLauncher(), Options, _ => { });
        Rows = await runner.RunAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
