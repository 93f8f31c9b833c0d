namespace CouplingBot.Sandbox.Protection;

/// <summary>
/// Lets a fixed number of requests through at once; further ones wait first-in first-out in a bounded queue, each at
/// most a timeout. A finished request hands its slot straight to the longest waiter. Thread-safe.
/// </summary>
internal sealed class ConcurrencyGate(int slots, int queueSize)
{
    private readonly Lock _lock = new();
    private readonly LinkedList<TaskCompletionSource> _queue = new();
    private int _active;

    /// <summary>Outcome of <see cref="EnterAsync"/>.</summary>
    public enum Outcome
    {
        /// <summary>Admitted: call <see cref="Release"/> when done.</summary>
        Entered,

        /// <summary>The queue was full.</summary>
        QueueFull,

        /// <summary>Waited longer than the timeout.</summary>
        TimedOut,
    }

    /// <summary>Waits for a slot; throws <see cref="OperationCanceledException"/> when the client gives up while queued.</summary>
    public async Task<Outcome> EnterAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        LinkedListNode<TaskCompletionSource> node;
        lock (_lock)
        {
            if (_active < slots)
            {
                _active++;
                return Outcome.Entered;
            }

            if (_queue.Count >= queueSize)
            {
                return Outcome.QueueFull;
            }

            node = _queue.AddLast(new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }

        try
        {
            await node.Value.Task.WaitAsync(timeout, time, cancellationToken).ConfigureAwait(false);
            return Outcome.Entered;
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException)
        {
            lock (_lock)
            {
                if (node.List is not null)
                {
                    _queue.Remove(node);
                    if (exception is TimeoutException)
                    {
                        return Outcome.TimedOut;
                    }

                    throw;
                }
            }

            // The slot was handed over just as the wait ended: it is ours, so use it (the caller releases it).
            return Outcome.Entered;
        }
    }

    /// <summary>Frees a slot, handing it to the longest waiter if any.</summary>
    public void Release()
    {
        TaskCompletionSource? next = null;
        lock (_lock)
        {
            if (_queue.First is { } first)
            {
                _queue.RemoveFirst();
                next = first.Value;
            }
            else
            {
                _active--;
            }
        }

        next?.TrySetResult();
    }
}
