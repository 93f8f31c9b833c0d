using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CouplingBot.Sandbox.Faults;

/// <summary>
/// <c>POST /_sandbox/faults</c> (a <see cref="FaultRuleRequest"/> -> 201 with the <see cref="FaultRule"/>),
/// <c>GET /_sandbox/faults</c> (the rules, with applied and remaining counts), <c>DELETE /_sandbox/faults</c> (clear).
/// </summary>
public static class FaultEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapSandboxFaults(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/_sandbox/faults");
        group.MapPost("/", (FaultRuleRequest rule, FaultStore faults) =>
            rule.Validate() is { } problem
                ? Results.BadRequest(new { error = problem })
                : Results.Created((string?)null, faults.Add(rule)));
        group.MapGet("/", (FaultStore faults) => Results.Ok(faults.List()));
        group.MapDelete("/", (FaultStore faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });
        return endpoints;
    }
}
