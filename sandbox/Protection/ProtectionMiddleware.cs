using CouplingBot.Sandbox.Control;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.Protection;

/// <summary>
/// Enforces each service's protection limits per caller (bearer token, else <c>anonymous</c>) on <c>/bc</c> and
/// <c>/dataverse</c>; control endpoints and the page are never limited, and parts of a batch are not counted again.
/// Dataverse's execution time is the real handler time of admitted requests plus the configured simulated cost.
/// </summary>
public sealed class ProtectionMiddleware(RequestDelegate next, DataverseProtection dataverse, BusinessCentralProtection businessCentral, TimeProvider time)
{
    /// <summary>Runs the middleware.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var service = ApiRequest.ServiceOf(context.Request.Path);
        if (service is null || BatchRequests.IsBatchPart(context))
        {
            return next(context);
        }

        var caller = ApiRequest.CallerOf(context.Request);
        return service == ApiRequest.Dataverse
            ? dataverse.Enabled ? DataverseAsync(context, caller) : next(context)
            : businessCentral.Enabled ? BusinessCentralAsync(context, caller) : next(context);
    }

    private async Task DataverseAsync(HttpContext context, string caller)
    {
        if (dataverse.TryEnter(caller, out var lease) is { } rejection)
        {
            await RejectAsync(context, ApiRequest.Dataverse, rejection).ConfigureAwait(false);
            return;
        }

        var started = time.GetTimestamp();
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            dataverse.Complete(lease!, time.GetElapsedTime(started));
        }
    }

    private async Task BusinessCentralAsync(HttpContext context, string caller)
    {
        ProtectionRejection? rejection;
        BusinessCentralProtection.Lease? lease;
        try
        {
            (rejection, lease) = await businessCentral.EnterAsync(caller, context.RequestAborted).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // the client gave up while queued
        }

        if (rejection is not null)
        {
            await RejectAsync(context, ApiRequest.BusinessCentral, rejection).ConfigureAwait(false);
            return;
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            BusinessCentralProtection.Release(lease!);
        }
    }

    private static Task RejectAsync(HttpContext context, string service, ProtectionRejection rejection) =>
        ServiceErrors.WriteAsync(context, service, rejection.ToApiException(), rejection.RetryAfter);
}
