using CouplingBot.Sandbox.Faults;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.Control;

/// <summary>Counts every request to the imitated APIs in <see cref="SandboxStats"/> once it is answered (outside faults and protection).</summary>
public sealed class StatsMiddleware(RequestDelegate next, SandboxStats stats)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var service = ApiRequest.ServiceOf(context.Request.Path);
        if (service is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            stats.Record(
                service,
                ApiRequest.OperationOf(service, context.Request.Method, context.Request.Path),
                context.Response.StatusCode,
                context.Features.Get<FaultInjectedFeature>() is not null);
        }
    }
}
