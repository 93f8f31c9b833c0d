using System.Collections.Concurrent;
using CouplingBot.Engine.Jobs;

namespace CouplingBot.Engine.Tests.Jobs;

/// <summary>
/// Wraps the real processor: records every item processed, counts items of one job in flight at once,
/// and can stop dead after a chosen item's work is done (before the worker saves it: a crash).
/// </summary>
public sealed class ItemProcessorProbe(IJobItemProcessor inner, ProbeLog log, int? hangAfterIndex = null) : IJobItemProcessor
{
    public async Task<JobItemResult> ProcessAsync(JobItem item, CancellationToken cancellationToken)
    {
        log.Enter(item);
        try
        {
            var result = await inner.ProcessAsync(item, cancellationToken);
            await Task.Delay(20, cancellationToken); // widens the window in which a second taker would show
            if (item.Index == hangAfterIndex)
            {
                log.Hung.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }

            return result;
        }
        finally
        {
            log.Leave(item);
        }
    }

    public Task<IReadOnlyList<string>> ListAllAsync(JobRequest request, CancellationToken cancellationToken) =>
        inner.ListAllAsync(request, cancellationToken);
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
