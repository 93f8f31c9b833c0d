using System.Text.Json;
using CouplingBot.Sandbox.Faults;
using CouplingBot.Sandbox.Protection;
using CouplingBot.Sandbox.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CouplingBot.Sandbox.Control;

/// <summary>
/// The sandbox's own endpoints under <c>/_sandbox/</c>: <c>POST reset</c> (reseed both services and clear faults,
/// statistics and limit windows), <c>GET requests?service=bc|dataverse&amp;method=PATCH</c> (the journal),
/// <c>DELETE requests</c> (clear it), <c>GET stats</c>, <c>DELETE stats</c> and <c>POST bulk</c> (many records at once,
/// see <see cref="BulkLoader"/>). Never limited.
/// </summary>
public static class ControlEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapSandboxControl(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/_sandbox");
        group.MapPost("/reset", async (
            SandboxData data, FaultStore faults, SandboxStats stats, DataverseProtection dataverse, BusinessCentralProtection businessCentral,
            CancellationToken cancellationToken) =>
        {
            await data.ResetAsync(cancellationToken).ConfigureAwait(false);
            faults.Clear();
            stats.Clear();
            dataverse.Clear();
            businessCentral.Clear();
            return Results.Ok(new { reset = true });
        });
        group.MapGet("/requests", (RequestJournal journal, string? service, string? method) =>
            Results.Ok(journal.List(service, method)));
        group.MapDelete("/requests", (RequestJournal journal) =>
        {
            journal.Clear();
            return Results.NoContent();
        });
        group.MapGet("/stats", (SandboxStats stats) =>
        {
            var (since, services) = stats.Snapshot();
            return Results.Ok(new { since, services });
        });
        group.MapDelete("/stats", (SandboxStats stats) =>
        {
            stats.Clear();
            return Results.NoContent();
        });
        group.MapPost("/bulk", async (HttpRequest request, SandboxData data, TimeProvider time, CancellationToken cancellationToken) =>
        {
            try
            {
                var body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, cancellationToken: cancellationToken).ConfigureAwait(false);
                return Results.Ok(await new BulkLoader(data, time).LoadAsync(body, cancellationToken).ConfigureAwait(false));
            }
            catch (JsonException ex)
            {
                return Results.BadRequest(new { error = $"The body is not JSON: {ex.Message}" });
            }
            catch (ApiException ex)
            {
                return Results.Json(new { error = ex.Message, code = ex.Code }, statusCode: ex.Status);
            }
        });
        return endpoints;
    }
}
