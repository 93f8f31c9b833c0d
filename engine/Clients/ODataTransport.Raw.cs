using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Clients;

/// <summary>Sending a request whose answer is not one JSON document (a <c>$batch</c>).</summary>
internal sealed partial class ODataTransport
{
    /// <summary>The side this transport talks to.</summary>
    public Side Side => side;

    /// <summary>
    /// Sends a prepared request with the service headers and answers the successful response, which the
    /// caller disposes; a failed one becomes the matching exception.
    /// </summary>
    public async Task<HttpResponseMessage> SendForResponseAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        addServiceHeaders(request);
        var response = await SendRawAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ServiceErrors.FromResponseAsync(side, request, response, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>True when the pipeline sent <paramref name="request"/> more than once.</summary>
    public static bool WasRetried(HttpRequestMessage request) =>
        request.Options.TryGetValue(ResilienceKeys.Retried, out var retried) && retried;
}
