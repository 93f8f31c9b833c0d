using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Azure.Identity;
using CouplingBot.Engine.Records;
using Polly.RateLimiting;
using Polly.Timeout;

namespace CouplingBot.Engine.Clients;

/// <summary>
/// The HTTP work both OData services share: sending with service headers, mapping failures to
/// exceptions, following server paging. Each service's client adds its own URLs and rules.
/// </summary>
internal sealed partial class ODataTransport(Func<HttpClient> httpClients, Side side, Action<HttpRequestMessage> addServiceHeaders, TimeProvider time)
{
    /// <summary>Sends a request; answers null for a missing record (404) when <paramref name="notFoundIsNull"/>.</summary>
    public async Task<JsonDocument?> SendAsync(
        HttpMethod method,
        string url,
        object? body,
        Action<HttpRequestMessage>? configure,
        bool notFoundIsNull,
        CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, url);
        addServiceHeaders(request);
        configure?.Invoke(request);
        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");
        }

        using var response = await SendRawAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var error = await ServiceErrors.FromResponseAsync(side, request, response, time, cancellationToken).ConfigureAwait(false);

            // Absence of the record is an answer; a 404 for a wrong company or URL segment is not.
            return notFoundIsNull && error is RecordNotFoundException or { Status: HttpStatusCode.NotFound, ErrorCode: null }
                ? null
                : throw error;
        }

        if (response.Content.Headers.ContentLength == 0 || response.StatusCode == HttpStatusCode.NoContent)
        {
            return null;
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One entity by key with the given columns, or null when it does not exist.</summary>
    public async Task<EntityRecord?> GetOneAsync(EntitySet set, string collectionPath, string id, IReadOnlyCollection<string> fields, CancellationToken cancellationToken)
    {
        var url = $"{collectionPath}({id})?$select={SelectList.For(set, fields)}";
        using var document = await SendAsync(HttpMethod.Get, url, null, null, notFoundIsNull: true, cancellationToken).ConfigureAwait(false);
        return document is null ? null : ODataJson.ToRecord(document.RootElement, set);
    }

    /// <summary>
    /// The entities matching a query, in server pages of at most <paramref name="pageSize"/>
    /// (<c>Prefer: odata.maxpagesize</c>; Dataverse refuses <c>$top</c> with it, so a cap is applied while paging).
    /// </summary>
    public IAsyncEnumerable<EntityRecord> QueryAsync(EntitySet set, string collectionPath, RecordQuery query, int pageSize, CancellationToken cancellationToken)
    {
        var url = $"{collectionPath}?$select={SelectList.For(set, query.Fields)}";
        if (query.Filter is not null)
        {
            url += "&$filter=" + Uri.EscapeDataString(query.Filter);
        }

        var size = Math.Min(pageSize, query.Top ?? int.MaxValue);
        return PagesAsync(set, url, query.Top, r => r.Headers.Add("Prefer", $"odata.maxpagesize={size}"), cancellationToken);
    }

    /// <summary>Every entity of a collection, following <c>@odata.nextLink</c> verbatim.</summary>
    public async IAsyncEnumerable<EntityRecord> PagesAsync(
        EntitySet set,
        string firstPageUrl,
        int? top,
        Action<HttpRequestMessage>? configure,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var returned = 0;
        for (string? url = firstPageUrl; url is not null;)
        {
            using var page = await SendAsync(HttpMethod.Get, url, null, configure, notFoundIsNull: false, cancellationToken).ConfigureAwait(false)
                ?? throw new ServiceRequestException(side, null, null, $"{ServiceErrors.Describe(side)} answered a query with no body.");
            foreach (var entity in page.RootElement.GetProperty("value").EnumerateArray())
            {
                yield return ODataJson.ToRecord(entity, set);
                if (++returned == top)
                {
                    yield break;
                }
            }

            url = page.RootElement.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
        }
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        // A client per call, as IHttpClientFactory intends: handlers are pooled and rotated for it.
        var http = httpClients();
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (RateLimiterRejectedException ex)
        {
            throw new ThrottledException(side, HttpStatusCode.TooManyRequests, null,
                $"Too many requests to {ServiceErrors.Describe(side)} are already waiting; try again shortly.", ex.RetryAfter);
        }
        catch (AuthenticationFailedException ex)
        {
            throw new ServiceUnauthorizedException(side, HttpStatusCode.Unauthorized, null,
                $"CouplingBot could not sign in to {ServiceErrors.Describe(side)}: {ex.Message}", ex);
        }
        catch (Exception ex) when (IsUnreachable(ex, cancellationToken))
        {
            throw ServiceErrors.Unreachable(side, http.BaseAddress, ex);
        }
    }

    private static bool IsUnreachable(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException or TimeoutRejectedException
        || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested);
}
