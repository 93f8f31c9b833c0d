using CouplingBot.Sandbox.BusinessCentral;
using CouplingBot.Sandbox.Dataverse;
using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.Control;

/// <summary>Answers an error in the body of the service a request went to (BC's with a CorrelationId, Dataverse's hex codes).</summary>
public static class ServiceErrors
{
    /// <summary>Writes <paramref name="error"/> with an optional <c>Retry-After</c> (whole seconds, at least 1).</summary>
    public static Task WriteAsync(HttpContext context, string service, ApiException error, TimeSpan? retryAfter = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (retryAfter is { } wait)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds(wait).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return service == ApiRequest.BusinessCentral
            ? BcErrors.WriteAsync(context, error, context.RequestAborted)
            : DvErrors.WriteAsync(context, error, context.RequestAborted);
    }

    /// <summary>A wait rounded up to whole seconds, at least 1.</summary>
    public static int RetryAfterSeconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
