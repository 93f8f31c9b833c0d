using CouplingBot.Sandbox.Control;
using CouplingBot.Sandbox.Faults;
using CouplingBot.Sandbox.Protection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Sandbox.Batch;

/// <summary>
/// Runs one inner request of a batch through a service's normal handler, in-process: a fresh
/// <see cref="DefaultHttpContext"/> with the outer request's scheme, host, caller and cancellation, the part's method,
/// path, headers and body, and the route values the handler reads. Marked with <see cref="BatchPartFeature"/> so
/// service protection does not count it again. A fault rule for batch parts (<see cref="FaultRuleRequest.BatchParts"/>)
/// answers a matching part in place of the handler.
/// </summary>
public static class InnerRequest
{
    /// <summary>Runs <paramref name="handler"/> for the part and returns what it answered.</summary>
    public static async Task<PartResponse> RunAsync(
        HttpContext outer,
        Func<HttpContext, Task> handler,
        string method,
        PathString path,
        QueryString query,
        IEnumerable<KeyValuePair<string, string>> headers,
        byte[] body,
        IReadOnlyDictionary<string, string> routeValues)
    {
        ArgumentNullException.ThrowIfNull(outer);
        ArgumentNullException.ThrowIfNull(handler);
        var inner = new DefaultHttpContext { RequestServices = outer.RequestServices, RequestAborted = outer.RequestAborted };
        inner.Features.Set(new BatchPartFeature());
        var request = inner.Request;
        request.Method = method.ToUpperInvariant();
        request.Scheme = outer.Request.Scheme;
        request.Host = outer.Request.Host;
        request.PathBase = outer.Request.PathBase;
        request.Path = path;
        request.QueryString = query;
        foreach (var (name, value) in headers)
        {
            request.Headers.Append(name, value);
        }

        if (!request.Headers.ContainsKey("Authorization") && outer.Request.Headers.Authorization.Count > 0)
        {
            request.Headers.Authorization = outer.Request.Headers.Authorization;
        }

        request.Body = new MemoryStream(body, writable: false);
        request.ContentLength = body.Length;
        foreach (var (key, value) in routeValues)
        {
            request.RouteValues[key] = value;
        }

        using var responseBody = new MemoryStream();
        inner.Response.Body = responseBody;
        var service = ApiRequest.ServiceOf(outer.Request.Path);
        var fault = service is null ? null : outer.RequestServices.GetService<FaultStore>()?.Match(service, request.Method, request.Path + request.QueryString, batchPart: true);
        if (fault is null)
        {
            await handler(inner).ConfigureAwait(false);
        }
        else
        {
            await FaultMiddleware.AnswerAsync(inner, service!, fault).ConfigureAwait(false);
        }
        var answered = inner.Response.Headers
            .SelectMany(h => h.Value.Select(v => KeyValuePair.Create(h.Key, v ?? string.Empty)))
            .ToList();
        return new PartResponse(inner.Response.StatusCode, answered, responseBody.ToArray());
    }

    /// <summary>
    /// Splits an inner URL into the path below the API root (<paramref name="apiRoot"/>, e.g. <c>/api/data/v9.2/</c>)
    /// and the query: absolute URLs and host-relative paths are cut after the root's last occurrence, other URLs are
    /// relative to the root. Null when an absolute or host-relative URL does not contain the root.
    /// </summary>
    public static (string Path, QueryString Query)? Split(string url, string apiRoot)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(apiRoot);
        var text = Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.PathAndQuery
            : url;
        var queryStart = text.IndexOf('?', StringComparison.Ordinal);
        var pathPart = queryStart < 0 ? text : text[..queryStart];
        var query = queryStart < 0 ? QueryString.Empty : new QueryString(text[queryStart..]);
        if (!pathPart.StartsWith('/'))
        {
            return (Uri.UnescapeDataString(pathPart), query);
        }

        var at = pathPart.LastIndexOf(apiRoot, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : (Uri.UnescapeDataString(pathPart[(at + apiRoot.Length)..]), query);
    }
}
