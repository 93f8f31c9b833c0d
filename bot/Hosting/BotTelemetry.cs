using System.Diagnostics;
using System.Diagnostics.Metrics;
using CouplingBot.Bot.Protocol;
using ProtocolActivity = CouplingBot.Bot.Protocol.Activity;

namespace CouplingBot.Bot.Hosting;

/// <summary>
/// The bot's telemetry: a span per turn from the <see cref="ActivitySource"/> <see cref="SourceName"/>,
/// and a counter and a duration histogram of turns on the meter <see cref="MeterName"/>. Turns are
/// tagged with what kind of turn it was (activity type, invoke name, command or card verb), never
/// with message text, names, ids or tokens.
/// </summary>
public sealed partial class BotTelemetry : IDisposable
{
    /// <summary>The name of the bot's activity source.</summary>
    public const string SourceName = "CouplingBot.Bot";

    /// <summary>The name of the bot's meter.</summary>
    public const string MeterName = "CouplingBot.Bot";

    /// <summary>The counter of turns, tagged like the turn's span plus <c>turn.status</c>.</summary>
    public const string TurnsCounter = "couplingbot.bot.turns";

    /// <summary>The histogram of turn durations in seconds.</summary>
    public const string TurnDurationHistogram = "couplingbot.bot.turn.duration";

    private readonly ActivitySource _source = new(SourceName);
    private readonly Meter _meter;
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _duration;

    /// <summary>Creates the meter and its instruments from the host's meter factory.</summary>
    public BotTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _turns = _meter.CreateCounter<long>(TurnsCounter, "{turn}", "Turns the bot handled, by kind and status.");
        _duration = _meter.CreateHistogram<double>(TurnDurationHistogram, "s", "How long the bot took to handle a turn.");
    }

    /// <summary>Starts the span of one turn; dispose it when the turn is answered.</summary>
    public Turn StartTurn(ProtocolActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var tags = TagsOf(activity);
        var span = _source.StartActivity(SpanName(tags), ActivityKind.Internal);
        if (span is not null)
        {
            foreach (var tag in tags)
            {
                span.SetTag(tag.Key, tag.Value);
            }
        }

        return new Turn(this, span, tags, Stopwatch.GetTimestamp());
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _source.Dispose();
        _meter.Dispose();
    }

    private static string SpanName(IReadOnlyList<KeyValuePair<string, object?>> tags) =>
        "turn " + (tags.FirstOrDefault(t => t.Key == InvokeNameTag).Value ?? tags[0].Value);

    private void Record(IReadOnlyList<KeyValuePair<string, object?>> tags, string status, long startedAt)
    {
        var withStatus = new TagList();
        foreach (var tag in tags)
        {
            withStatus.Add(tag);
        }

        withStatus.Add(StatusTag, status);
        _turns.Add(1, withStatus);
        _duration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds, withStatus);
    }

    /// <summary>One turn being handled: its span, ended and counted when disposed.</summary>
    public sealed class Turn : IDisposable
    {
        private readonly BotTelemetry _owner;
        private readonly System.Diagnostics.Activity? _span;
        private readonly IReadOnlyList<KeyValuePair<string, object?>> _tags;
        private readonly long _startedAt;
        private string _status = "error";
        private bool _ended;

        internal Turn(BotTelemetry owner, System.Diagnostics.Activity? span, IReadOnlyList<KeyValuePair<string, object?>> tags, long startedAt)
        {
            _owner = owner;
            _span = span;
            _tags = tags;
            _startedAt = startedAt;
        }

        /// <summary>Marks the turn answered, with the invoke response's status code when there is one.</summary>
        public void Answered(InvokeResponse? response)
        {
            var code = response?.StatusCode ?? StatusCodes.Status200OK;
            _status = code < 400 ? "ok" : "rejected";
            _span?.SetTag("http.response.status_code", code);
        }

        /// <summary>Ends the span (as an error unless <see cref="Answered"/> was called) and counts the turn.</summary>
        public void Dispose()
        {
            if (_ended)
            {
                return;
            }

            _ended = true;
            _span?.SetTag(StatusTag, _status);
            if (_status == "error")
            {
                _span?.SetStatus(ActivityStatusCode.Error);
            }

            _span?.Dispose();
            _owner.Record(_tags, _status, _startedAt);
        }
    }
}
