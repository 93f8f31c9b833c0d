using System.Collections.Concurrent;
using System.Net;

namespace CouplingBot.Bot.Tests.Protocol;

/// <summary>
/// A Bot Connector on the wire: records every request (method, path, authorization, body) and answers
/// with the scripted responses in order, then 200 with a new activity id.
/// </summary>
internal sealed class RecordingConnector : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> _script = new();
    private int _ids;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Answers the next request with <paramref name="response"/> (made fresh for it).</summary>
    public RecordingConnector Then(Func<HttpResponseMessage> response)
    {
        _script.Enqueue(response);
        return this;
    }

    public RecordingConnector ThenStatus(HttpStatusCode status, TimeSpan? retryAfter = null) => Then(() =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent("""{"error":{"code":"x","message":"scripted"}}""") };
        if (retryAfter is { } wait)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(wait);
        }

        return response;
    });

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body, DateTimeOffset.UtcNow));
        if (_script.TryDequeue(out var scripted))
        {
            return scripted();
        }

        var id = Interlocked.Increment(ref _ids);
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent($$"""{"id":"activity-{{id}}"}""") };
    }
}

/// <summary>One request the connector received.</summary>
internal sealed record RecordedRequest(HttpMethod Method, Uri Uri, string? Authorization, string Body, DateTimeOffset At)
{
    /// <summary>The path as sent (still escaped).</summary>
    public string Path => Uri.AbsolutePath;
}
