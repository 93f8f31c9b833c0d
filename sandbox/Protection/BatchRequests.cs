using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.Protection;

/// <summary>
/// Endpoint metadata marking a route as a <c>$batch</c> endpoint (<c>.WithMetadata(new BatchEndpointMetadata())</c>).
/// Any path whose last segment is <c>$batch</c> counts as one too, for services that route everything through a
/// catch-all. A batch counts as ONE request for the request limit; its execution time is measured as a whole.
/// </summary>
public sealed class BatchEndpointMetadata;

/// <summary>
/// Set on the <see cref="HttpContext"/> of each part a batch handler dispatches through the pipeline in-process, so
/// the part is not counted again (the enclosing batch was): <c>partContext.Features.Set(new BatchPartFeature())</c>.
/// </summary>
public sealed class BatchPartFeature;

/// <summary>How service protection classifies a request.</summary>
public static class BatchRequests
{
    /// <summary>Whether the request is a <c>$batch</c> (by endpoint metadata or path).</summary>
    public static bool IsBatch(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.GetEndpoint()?.Metadata.GetMetadata<BatchEndpointMetadata>() is not null
            || (context.Request.Path.Value ?? string.Empty).TrimEnd('/').EndsWith("/$batch", StringComparison.Ordinal);
    }

    /// <summary>Whether the request is a part of a batch already counted.</summary>
    public static bool IsBatchPart(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<BatchPartFeature>() is not null;
    }
}
