using CouplingBot.Sandbox.Control;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.Faults;

/// <summary>
/// Applies the first matching fault rule to requests to <c>/bc</c> and <c>/dataverse</c>, just before the real
/// handler and after the bearer check and service protection: a fault imitates the service itself misbehaving on a
/// request it accepted. So injected latency or a hang holds a concurrency slot (and counts as Dataverse execution
/// time) exactly like a slow handler, which lets tests provoke real throttling and queueing; a throttled or
/// unauthenticated request is answered as the real service would, never by a fault; and a faulted request spends one
/// request of the caller's budget, as it would on the real service.
/// </summary>
public sealed class FaultMiddleware(RequestDelegate next, FaultStore faults, TimeProvider time)
{
    /// <summary>Runs the middleware.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var service = ApiRequest.ServiceOf(context.Request.Path);
        var fault = service is null
            ? null
            : faults.Match(service, context.Request.Method, context.Request.Path + context.Request.QueryString);
        if (fault is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        context.Features.Set(new FaultInjectedFeature(fault.Id));
        var rule = fault.Rule;
        var aborted = context.RequestAborted;
        try
        {
            if (rule.LatencyMs is > 0 and var latency)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(latency), time, aborted).ConfigureAwait(false);
            }

            if (rule.Timeout)
            {
                await Task.Delay(FaultRule.TimeoutCap, time, aborted).ConfigureAwait(false);
                context.Abort();
            }
            else if (rule.DropConnection)
            {
                context.Abort();
            }
            else if (rule.Status is not null)
            {
                await AnswerAsync(context, service!, fault).ConfigureAwait(false);
            }
            else
            {
                await next(context).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client gave up while the fault held the request.
        }
    }

    /// <summary>Answers a request (or a batch part) with the rule's status, in the service's error body.</summary>
    internal static Task AnswerAsync(HttpContext context, string service, FaultRule fault)
    {
        var rule = fault.Rule;
        var status = rule.Status!.Value;
        var message = rule.Message ?? $"Injected fault: {fault.Id}.";
        var retryAfter = rule.RetryAfterSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        return ServiceErrors.WriteAsync(context, service, new ApiException(status, rule.Code ?? FaultCodes.For(service, status), message), retryAfter);
    }
}
