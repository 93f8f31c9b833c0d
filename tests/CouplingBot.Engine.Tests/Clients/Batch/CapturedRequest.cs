using System.Collections.Concurrent;
using System.Net;
using CouplingBot.Engine.Tests.Resilience;

namespace CouplingBot.Engine.Tests.Clients.Batch;

/// <summary>A request as the fake service saw it: method, URL, headers (request and content) and body text.</summary>
public sealed record CapturedRequest(HttpMethod Method, Uri Url, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public static async Task<CapturedRequest> FromAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.Concat(request.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>())
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        return new CapturedRequest(request.Method, request.RequestUri!, headers, body);
    }

    /// <summary>A fake service that records every request and answers with <paramref name="respond"/>.</summary>
    public static FakeServiceHandler Recording(ConcurrentQueue<CapturedRequest> into, Func<CapturedRequest, int, HttpResponseMessage> respond) =>
        new(async (request, call, ct) =>
        {
            var captured = await FromAsync(request, ct);
            into.Enqueue(captured);
            return respond(captured, call);
        });

    /// <summary>A fake service that records every request and answers each with <paramref name="respond"/>.</summary>
    public static FakeServiceHandler Recording(ConcurrentQueue<CapturedRequest> into, Func<CapturedRequest, HttpResponseMessage> respond) =>
        Recording(into, (request, _) => respond(request));

    /// <summary>A response with a raw body and content type.</summary>
    public static HttpResponseMessage Raw(HttpStatusCode status, string body, string contentType)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body) };
        response.Content.Headers.Remove("Content-Type");
        response.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return response;
    }
}
