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

    private static async Task<IResult> HandleAsync(
        HttpContext http, TurnHandler turns, IInboundTokenValidator tokens, IOptions<BotOptions> options, BotTelemetry telemetry, CancellationToken cancellationToken)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, "The activity is larger than the bot accepts.");
        }

        var isLocalMode = options.Value.IsLocalMode;
        if (isLocalMode && !IsLoopback(http.Connection.RemoteIpAddress))
        {
            return Unauthorized();
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

        // In production the token is checked against the activity before anything else reads it.
        if (!isLocalMode && !await IsAuthenticatedAsync(http, tokens, activity, cancellationToken).ConfigureAwait(false))
        {
            return Unauthorized();
        }

        if (activity?.Type is null)
        {
            return Error(StatusCodes.Status400BadRequest, "The activity has no type.");
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

    private static async Task<bool> IsAuthenticatedAsync(HttpContext http, IInboundTokenValidator tokens, Activity? activity, CancellationToken cancellationToken)
    {
        if (activity is null)
        {
            return false;
        }

        var result = await tokens.ValidateAsync(http.Request.Headers.Authorization.ToString(), InboundActivityContext.Of(activity), cancellationToken).ConfigureAwait(false);
        return result.IsAccepted;
    }

    private static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);

    private static IResult Unauthorized() => Error(StatusCodes.Status401Unauthorized, "Unauthorized.");

    private static IResult Error(int status, string message) =>
        Results.Json(new { error = new { code = ((HttpStatusCode)status).ToString(), message } }, ProtocolJson.Options, statusCode: status);
}
