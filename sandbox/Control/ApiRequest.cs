using Microsoft.AspNetCore.Http;

namespace CouplingBot.Sandbox.Control;

/// <summary>
/// What the sandbox's cross-cutting middleware needs to know about a request to an imitated API: which service,
/// which caller (the bearer token, else <c>anonymous</c>) and which operation (method + entity set).
/// </summary>
public static class ApiRequest
{
    /// <summary>Service name of Business Central.</summary>
    public const string BusinessCentral = "bc";

    /// <summary>Service name of Dataverse.</summary>
    public const string Dataverse = "dataverse";

    /// <summary>Caller name of requests without a bearer token.</summary>
    public const string Anonymous = "anonymous";

    /// <summary><c>bc</c>, <c>dataverse</c>, or null for anything else (control endpoints, the page).</summary>
    public static string? ServiceOf(PathString path) =>
        path.StartsWithSegments("/bc", StringComparison.OrdinalIgnoreCase) ? BusinessCentral
        : path.StartsWithSegments("/dataverse", StringComparison.OrdinalIgnoreCase) ? Dataverse
        : null;

    /// <summary>The bearer token of the request, or null when it carries none.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        const string Scheme = "Bearer ";
        return header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && header.Length > Scheme.Length
            ? header[Scheme.Length..].Trim()
            : null;
    }

    /// <summary>Whom service protection counts the request against: its bearer token, else <see cref="Anonymous"/>.</summary>
    public static string CallerOf(HttpRequest request) => BearerToken(request) ?? Anonymous;

    /// <summary>
    /// The operation for statistics: method and API-relative entity path with keys removed, e.g. <c>PATCH customers</c>,
    /// <c>GET accounts</c>, <c>POST $batch</c> (BC's leading <c>companies(id)/</c> is dropped when more follows).
    /// </summary>
    public static string OperationOf(string service, string method, PathString path)
    {
        var segments = (path.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var skip = service == BusinessCentral ? 6 : 4; // bc/v2.0/{tenant}/{env}/api/v2.0 | dataverse/api/data/v9.2
        var entity = segments.Skip(skip).Select(StripKey).ToList();
        if (service == BusinessCentral && entity.Count > 1 && entity[0] == "companies")
        {
            entity.RemoveAt(0);
        }

        return method.ToUpperInvariant() + " " + (entity.Count == 0 ? "(root)" : string.Join('/', entity));
    }

    private static string StripKey(string segment)
    {
        var open = segment.IndexOf('(', StringComparison.Ordinal);
        return open < 0 ? segment : segment[..open];
    }
}
