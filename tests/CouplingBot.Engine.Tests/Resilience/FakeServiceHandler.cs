using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace CouplingBot.Engine.Tests.Resilience;

/// <summary>
/// Stands in for a service at the bottom of the real HTTP pipeline: answers each call with
/// <c>respond(request, callNumber, token)</c>, remembers the calls and the most it had in flight at once.
/// </summary>
public sealed class FakeServiceHandler(Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    private int _calls;
    private int _inFlight;
    private int _maxInFlight;

    /// <summary>Every call as it arrived.</summary>
    public ConcurrentQueue<(HttpMethod Method, string Url, DateTimeOffset At)> Calls { get; } = new();

    public int CallCount => Volatile.Read(ref _calls);

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>A handler that answers the numbered calls from a script (the last entry repeats).</summary>
    public static FakeServiceHandler Script(params Func<HttpRequestMessage, HttpResponseMessage>[] answers) =>
        new((request, call, _) => Task.FromResult(answers[Math.Min(call, answers.Length) - 1](request)));

    public static HttpResponseMessage Error(HttpStatusCode status, string? code, string message = "The service said no.", string? retryAfter = null)
    {
        var response = Json(status, code is null ? new { } : new { error = new { code, message } });
        if (retryAfter is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", retryAfter);
        }

        return response;
    }

    /// <summary>A Business Central customer or Dataverse account entity with an ETag and modified-on.</summary>
    public static HttpResponseMessage Entity(HttpStatusCode status, string keyField, string modifiedOnField, string id, string nameField = "name") =>
        Json(status, new Dictionary<string, object>
        {
            ["@odata.etag"] = "W/\"1\"",
            [keyField] = id,
            [modifiedOnField] = "2026-01-01T00:00:00Z",
            [nameField] = "Fourth Coffee",
        });

    public static HttpResponseMessage Json(HttpStatusCode status, object body) =>
        new(status) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        var inFlight = Interlocked.Increment(ref _inFlight);
        for (var max = Volatile.Read(ref _maxInFlight); inFlight > max; max = Volatile.Read(ref _maxInFlight))
        {
            if (Interlocked.CompareExchange(ref _maxInFlight, inFlight, max) == max)
            {
                break;
            }
        }

        try
        {
            Calls.Enqueue((request.Method, request.RequestUri!.PathAndQuery, DateTimeOffset.UtcNow));
            return await respond(request, call, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
