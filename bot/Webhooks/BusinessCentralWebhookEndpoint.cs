using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CouplingBot.Engine.Incremental;
using CouplingBot.Engine.Mappings;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Webhooks;

/// <summary>
/// Where Business Central posts change notifications. A notification only says "something changed in
/// customers"; it wakes the mapping's incremental sync, which reads what changed, so a change reaches
/// Sales in seconds instead of at the next scheduled run.
/// </summary>
public static class BusinessCentralWebhookEndpoint
{
    /// <summary>The path to subscribe with.</summary>
    public const string Path = "/api/webhooks/businesscentral";

    /// <summary>Maps the endpoint.</summary>
    public static IEndpointRouteBuilder MapBusinessCentralWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, HandleAsync);
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http, IncrementalSyncScheduler scheduler, MappingCatalog catalog, IOptions<WebhookOptions> options, CancellationToken cancellationToken)
    {
        // The subscription handshake: Business Central expects its token back as plain text.
        if (http.Request.Query.TryGetValue("validationToken", out var token))
        {
            return Results.Text(token.ToString(), "text/plain");
        }

        if (string.IsNullOrEmpty(options.Value.ClientState))
        {
            return Results.NotFound();
        }

        BusinessCentralNotifications? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<BusinessCentralNotifications>(http.Request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        var genuine = (body?.Value ?? []).Where(n => SameSecret(n.ClientState, options.Value.ClientState)).ToList();
        if (genuine.Count == 0)
        {
            // Not from our subscription; a 4xx also makes Business Central drop a subscription that sends it.
            return Results.Unauthorized();
        }

        foreach (var mapping in genuine.Select(n => MappingOf(n.Resource, catalog)).OfType<string>().Distinct())
        {
            scheduler.Wake(mapping);
        }

        return Results.Accepted();
    }

    /// <summary>The mapping whose Business Central entity set a notification's resource names, if that set notifies.</summary>
    internal static string? MappingOf(string? resource, MappingCatalog catalog) =>
        WebhookResources.SetOf(resource) is { } set
            ? catalog.InDependencyOrder.FirstOrDefault(m => string.Equals(m.BusinessCentral.Name, set, StringComparison.OrdinalIgnoreCase) && WebhookResources.Notifies(m.BusinessCentral))?.Name
            : null;

    private static bool SameSecret(string? given, string expected) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected));
}
