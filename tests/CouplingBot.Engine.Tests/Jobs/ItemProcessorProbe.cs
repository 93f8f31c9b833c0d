using System.Collections.Concurrent;
using CouplingBot.Engine.Jobs;

namespace CouplingBot.Engine.Tests.Jobs;

/// <summary>
/// Wraps the real processor: records every item processed, counts items of one job in flight at once,
/// and can stop dead after a chosen item's work is done (before the worker saves it: a crash). Chunks are
/// passed on to the inner processor when it takes them; a chunk hangs after its work when it holds that item.
/// </summary>
public sealed class ItemProcessorProbe(IJobItemProcessor inner, ProbeLog log, int? hangAfterIndex = null) : IJobChunkProcessor
{
    public async Task<JobItemResult> ProcessAsync(JobItem item, CancellationToken cancellationToken) =>
        (await RunAsync([item], async ct => [await inner.ProcessAsync(item, ct)], cancellationToken))[0];

    public bool ProcessesInChunks(JobRequest request) => inner is IJobChunkProcessor chunks && chunks.ProcessesInChunks(request);

    public Task<IReadOnlyList<JobItemResult>> ProcessChunkAsync(IReadOnlyList<JobItem> items, CancellationToken cancellationToken) =>
        RunAsync(items, ct => ((IJobChunkProcessor)inner).ProcessChunkAsync(items, ct), cancellationToken);

    public Task<IReadOnlyList<string>> ListAllAsync(JobRequest request, CancellationToken cancellationToken) =>
        inner.ListAllAsync(request, cancellationToken);

    private async Task<IReadOnlyList<JobItemResult>> RunAsync(
        IReadOnlyList<JobItem> items, Func<CancellationToken, Task<IReadOnlyList<JobItemResult>>> work, CancellationToken cancellationToken)
    {
        foreach (var item in items)
        {
            log.Enter(item);
        }

        try
        {
            var results = await work(cancellationToken);
            await Task.Delay(20, cancellationToken); // widens the window in which a second taker would show
            if (items.Any(i => i.Index == hangAfterIndex))
            {
                log.Hung.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return results;
        }
        finally
        {
            foreach (var item in items)
            {
                log.Leave(item);
            }
        }
    }
}

/// <summary>What probes saw, shared by the probes of several hosts.</summary>
public sealed class ProbeLog
{
    private readonly ConcurrentDictionary<string, int> _active = new();

    public ConcurrentQueue<(string JobId, int Index, string Key)> Processed { get; } = new();

    public TaskCompletionSource Hung { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The most items of one job seen in flight at the same time.</summary>
    public int MaxConcurrentPerJob { get; private set; }

    public void Enter(JobItem item)
    {
        Processed.Enqueue((item.JobId, item.Index, item.Key));
        var now = _active.AddOrUpdate(item.JobId, 1, (_, n) => n + 1);
        lock (_active)
        {
            MaxConcurrentPerJob = Math.Max(MaxConcurrentPerJob, now);
        }
    }

    public void Leave(JobItem item) => _active.AddOrUpdate(item.JobId, 0, (_, n) => n - 1);
}
