using System.Diagnostics.Metrics;
using CouplingBot.Bot.Hosting;

namespace CouplingBot.Reliability.Tests.Auth;

/// <summary>
/// Counts the turns one bot handled, from its own <c>couplingbot.bot.turns</c> counter: the endpoint counts a turn
/// once the activity reached the turn handler, so a refused request never adds one. Only the instruments of the
/// given meter factory (one app) are listened to.
/// </summary>
internal sealed class TurnCounter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _turns;

    public TurnCounter(IMeterFactory meters)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Scope == meters && instrument.Meter.Name == BotTelemetry.MeterName && instrument.Name == BotTelemetry.TurnsCounter)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _turns, value));
        _listener.Start();
    }

    /// <summary>Turns handled since the counter started.</summary>
    public long Turns => Interlocked.Read(ref _turns);

    public void Dispose() => _listener.Dispose();
}
