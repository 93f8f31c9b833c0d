using System.Net;
using System.Text.Json;
using CouplingBot.Bot.Auth;
using CouplingBot.Bot.Conversation;
using CouplingBot.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Protocol;

/// <summary><c>/api/messages</c>: where Teams (or the local client) posts activities.</summary>
public static class MessagesEndpoint
{
    /// <summary>Largest activity accepted; Teams messages are at most about 100 KB.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapMessages(this IEndpointRouteBuilder endpoints)
    {
        // The local Teams client probes with HEAD before it sends anything.
        endpoints.MapMethods("/api/messages", [HttpMethods.Head], () => Results.Ok());
        endpoints.MapPost("/api/messages", HandleAsync);
        return endpoints;
    }

    // The order of the checks: the size (413) and, in production, the token (401) are decided from the headers
    // alone, so neither an oversized nor an unauthenticated request gets its body read or parsed. The size comes
    // first: it costs nothing and tells a caller only the documented limit, while the token may need the signing
    // keys. Then the body (400), then the checks that need the activity (serviceurl, channel, tenant: 401).
    private static async Task<IResult> HandleAsync(
        HttpContext http, TurnHandler turns, IInboundTokenValidator tokens, IOptions<BotOptions> options, BotTelemetry telemetry, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Unread(http, Error(StatusCodes.Status413PayloadTooLarge, "The activity is larger than the bot accepts."));
        }

        var isLocalMode = options.Value.IsLocalMode;
        ValidatedToken? token = null;
        if (isLocalMode)
        {
            if (!IsLoopback(http.Connection.RemoteIpAddress))
            {
                return Unauthorized();
            }
        }
        else
        {
            var validation = await tokens.ValidateTokenAsync(http.Request.Headers.Authorization.ToString(), cancellationToken).ConfigureAwait(false);
            if (!validation.IsValid)
            {
                return Unread(http, Unauthorized());
            }

            token = validation.Token;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, ProtocolJson.Options, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return Error(StatusCodes.Status400BadRequest, "The body is not a valid activity.");
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel stops reading a body past its size limit (sent without Content-Length).
            return Error(ex.StatusCode, "The activity is larger than the bot accepts.");
        }

        if (activity?.Type is null)
        {
            return Error(StatusCodes.Status400BadRequest, "The activity has no type.");
        }

        // Messages and invokes are answered through the connector: without an address to answer at, they are malformed.
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke
            && (string.IsNullOrWhiteSpace(activity.ServiceUrl) || string.IsNullOrWhiteSpace(activity.Conversation?.Id)))
        {
            return Error(StatusCodes.Status400BadRequest, "The activity has no serviceUrl or conversation id to answer in.");
        }

        // In production the token must also fit the activity before anything else reads it.
        if (token is not null && !tokens.CheckActivity(token, InboundActivityContext.Of(activity)).IsAccepted)
        {
            return Unauthorized();
        }

        if (isLocalMode && activity.ServiceUrl is not null && !LoopbackGuard.IsLoopback(activity.ServiceUrl))
        {
            return Error(StatusCodes.Status400BadRequest, "In local mode replies go only to a loopback serviceUrl.");
        }

        using var turn = telemetry.StartTurn(activity);
        var invokeResponse = await turns.HandleAsync(activity, cancellationToken).ConfigureAwait(false);
        turn.Answered(invokeResponse);
        return invokeResponse is null ? Results.Ok() : Results.Json(invokeResponse.Body is { } body ? (object)body : invokeResponse, ProtocolJson.Options);
    }

    private static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);

    // A refusal that leaves the body unread also ends the connection: the server would otherwise have to read
    // and discard the body (an unauthenticated caller's, or an oversized one) to reuse it for the next request.
    private static IResult Unread(HttpContext http, IResult refusal)
    {
        http.Response.Headers.Connection = "close";
        return refusal;
    }

    private static IResult Unauthorized() => Error(StatusCodes.Status401Unauthorized, "Unauthorized.");

    private static IResult Error(int status, string message) =>
        Results.Json(new { error = new { code = ((HttpStatusCode)status).ToString(), message } }, ProtocolJson.Options, statusCode: status);
}
