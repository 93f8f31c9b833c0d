using System.Net.WebSockets;
using System.Text.Json;

namespace CouplingBot.Testing.Playground;

/// <summary>The conversation feed: the websocket the playground UI renders messages from.</summary>
public sealed partial class PlaygroundClient
{
    private readonly List<PlaygroundActivity> _activities = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private ClientWebSocket? _socket;
    private Task? _reader;
    private TaskCompletionSource _arrived = NewSignal();

    /// <summary>Every feed event received so far for <paramref name="conversationId"/> (null: all), in arrival order.
    /// A channel id also matches the threads (posts) under it.</summary>
    public IReadOnlyList<PlaygroundActivity> GetActivities(string? conversationId = null)
    {
        lock (_gate)
        {
            return [.. _activities.Where(a => conversationId is null || InConversation(a, conversationId))];
        }
    }

    /// <summary>The messages as the UI shows them now: one per message id, with the latest update applied, in order of creation.</summary>
    public IReadOnlyList<PlaygroundActivity> GetMessages(string? conversationId = null) =>
        [.. GetActivities(conversationId).GroupBy(a => a.MessageId).Select(g => g.Last())];

    /// <summary>
    /// Waits until an activity matching <paramref name="predicate"/> has been received (earlier ones count too).
    /// </summary>
    /// <exception cref="TimeoutException">None arrived in time; the message lists what did arrive.</exception>
    public async Task<PlaygroundActivity> WaitForActivityAsync(Func<PlaygroundActivity, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                var match = _activities.FirstOrDefault(predicate);
                if (match is not null)
                {
                    return match;
                }

                arrived = _arrived.Task;
            }

            try
            {
                await arrived.WaitAsync(deadline.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"No matching activity within {timeout.TotalSeconds:0.#} s. Received:\n{Describe()}");
            }
        }
    }

    private static bool InConversation(PlaygroundActivity activity, string conversationId) =>
        activity.ConversationId == conversationId
        || activity.ConversationId.StartsWith(conversationId + ";messageid=", StringComparison.Ordinal);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private string Describe()
    {
        lock (_gate)
        {
            return _activities.Count == 0
                ? "(nothing)"
                : string.Join('\n', _activities.Select(a => $"{a.Kind} {a.ConversationId}/{a.MessageId}: {a.Raw.GetProperty("message")}"));
        }
    }

    private async Task StartFeedAsync(Uri baseUrl, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        var uri = new UriBuilder(baseUrl) { Scheme = baseUrl.Scheme == "https" ? "wss" : "ws", Path = "_ws_conversation/v1/conversations/stream" }.Uri;
        await socket.ConnectAsync(uri, cancellationToken).ConfigureAwait(false);
        _socket = socket;
        _reader = Task.Run(() => ReadFeedAsync(socket, _stop.Token), CancellationToken.None);
    }

    private async Task ReadFeedAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (socket.State == WebSocketState.Open && !cancellationToken.IsCancellationRequested)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or WebSocketException)
            {
                return;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                return;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                Record(message.ToArray());
                message.SetLength(0);
            }
        }
    }

    private void Record(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var activity = PlaygroundActivity.FromFeedEvent(document.RootElement);
        if (activity is null)
        {
            return;
        }

        TaskCompletionSource signal;
        lock (_gate)
        {
            _activities.Add(activity);
            signal = _arrived;
            _arrived = NewSignal();
        }

        signal.TrySetResult();
    }

    private async Task StopFeedAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_reader is not null)
        {
            await _reader.ConfigureAwait(false);
        }

        _socket?.Dispose();
        _stop.Dispose();
    }
}
