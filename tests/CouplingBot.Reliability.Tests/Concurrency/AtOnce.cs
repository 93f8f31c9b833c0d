namespace CouplingBot.Reliability.Tests.Concurrency;

/// <summary>Fires many calls at the same moment: every call is started, waiting on one gate, before the gate opens.</summary>
internal static class AtOnce
{
    /// <summary>Runs every call at once and answers their results in the calls' order.</summary>
    public static async Task<T[]> RunAsync<T>(IReadOnlyList<Func<Task<T>>> calls)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = calls.Select(async call =>
        {
            await gate.Task;
            return await call();
        }).ToList();
        gate.SetResult();
        return await Task.WhenAll(started);
    }
}
