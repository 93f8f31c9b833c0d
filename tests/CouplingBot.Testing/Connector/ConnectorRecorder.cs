using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace CouplingBot.Testing.Connector;

/// <summary>
/// Stands in for the Bot Connector behind a bot's connector <see cref="HttpClient"/>: every request the bot sends
/// (replies, updates, typing) is recorded and answered 200 with a new activity id, without any network.
/// </summary>
public sealed class ConnectorRecorder
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    /// <summary>Every request so far, in the order they were sent.</summary>
    public IReadOnlyCollection<RecordedRequest> Requests => _requests;

    /// <summary>The paths the bot sent to, e.g. <c>/v3/conversations/a-1/activities/1</c>.</summary>
    public IEnumerable<string> Paths => _requests.Select(r => r.Path);

    /// <summary>How many requests were sent.</summary>
    public int Count => _requests.Count;

    /// <summary>A primary handler for the bot's connector client (<c>ConfigurePrimaryHttpMessageHandler</c>).</summary>
    public HttpMessageHandler CreateHandler() => new RecordingHandler(this);

    private sealed class RecordingHandler(ConnectorRecorder recorder) : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            recorder._requests.Enqueue(new RecordedRequest(request.Method.Method, request.RequestUri!.AbsolutePath, body));
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent($$"""{"id":"{{Guid.NewGuid():N}}"}""", Encoding.UTF8, "application/json"),
            };
        }
    }
}

/// <summary>One request a bot sent to the connector.</summary>
/// <param name="Method">GET, POST, PUT...</param>
/// <param name="Path">The request's path.</param>
/// <param name="Body">The request's body ("" when it had none).</param>
public sealed record RecordedRequest(string Method, string Path, string Body);
