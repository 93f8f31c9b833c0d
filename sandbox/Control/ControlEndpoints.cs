using CouplingBot.Sandbox.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CouplingBot.Sandbox.Control;

/// <summary>
/// The sandbox's own endpoints under <c>/_sandbox/</c>: <c>POST reset</c> (reseed both services),
/// <c>GET requests?service=bc|dataverse&amp;method=PATCH</c> (the journal) and <c>DELETE requests</c> (clear it).
/// </summary>
public static class ControlEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapSandboxControl(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/_sandbox");
        group.MapPost("/reset", async (SandboxData data, CancellationToken cancellationToken) =>
        {
            await data.ResetAsync(cancellationToken).ConfigureAwait(false);
            return Results.Ok(new { reset = true });
        });
        group.MapGet("/requests", (RequestJournal journal, string? service, string? method) =>
            Results.Ok(journal.List(service, method)));
        group.MapDelete("/requests", (RequestJournal journal) =>
        {
            journal.Clear();
            return Results.NoContent();
        });
        return endpoints;
    }
}
