namespace CouplingBot.Sandbox.Protection;

/// <summary>
/// Amounts recorded at points in time, summed over a sliding window (a count when each amount is 1, milliseconds for
/// execution time). Not thread-safe: the owning caller state locks around it.
/// </summary>
internal sealed class SlidingWindow(TimeSpan length)
{
    private readonly Queue<(DateTimeOffset At, double Amount)> _entries = new();

    /// <summary>Sum of the amounts still in the window (after <see cref="Slide"/>).</summary>
    public double Total { get; private set; }

    /// <summary>Drops what is older than the window.</summary>
    public void Slide(DateTimeOffset now)
    {
        while (_entries.TryPeek(out var oldest) && oldest.At <= now - length)
        {
            Total -= _entries.Dequeue().Amount;
        }

        if (_entries.Count == 0)
        {
            Total = 0;
        }
    }

    /// <summary>Records an amount.</summary>
    public void Add(DateTimeOffset at, double amount)
    {
        _entries.Enqueue((at, amount));
        Total += amount;
    }

    /// <summary>How long until the total falls below <paramref name="limit"/> as old entries leave the window.</summary>
    public TimeSpan TimeUntilBelow(double limit, DateTimeOffset now)
    {
        var remaining = Total;
        foreach (var (at, amount) in _entries)
        {
            remaining -= amount;
            if (remaining < limit)
            {
                return at + length - now;
            }
        }

        return TimeSpan.Zero;
    }
}
