namespace CouplingBot.Sandbox.Tests.ChangeTracking;

/// <summary>A TimeProvider that runs with real time plus an offset the test can move forward (timers stay real).</summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow.AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves the clock forward.</summary>
    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
