using CouplingBot.Sandbox.Control;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CouplingBot.Sandbox.Protection;

/// <summary>
/// When <see cref="SandboxOptions.RequiredBearerToken"/> is set, answers requests to <c>/bc</c> and <c>/dataverse</c>
/// that lack <c>Authorization: Bearer &lt;token&gt;</c> with 401, <c>WWW-Authenticate: Bearer</c> and the service's error body.
/// </summary>
public sealed class BearerTokenMiddleware(RequestDelegate next, IOptions<SandboxOptions> options)
{
    /// <summary>BC's code for rejected credentials.</summary>
    public const string BusinessCentralCode = "Authentication_InvalidCredentials";

    /// <summary>
    /// Dataverse's code here. Unsure: the real service answers a missing or bad token with 401 and no body; the sandbox
    /// adds a body with the code Dataverse uses for a caller that is not a user of the organization.
    /// </summary>
    public const string DataverseCode = "0x80072560";

    private readonly string? _token = string.IsNullOrEmpty(options?.Value.RequiredBearerToken) ? null : options.Value.RequiredBearerToken;

    /// <summary>Runs the middleware.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var service = ApiRequest.ServiceOf(context.Request.Path);
        if (_token is null || service is null || string.Equals(ApiRequest.BearerToken(context.Request), _token, StringComparison.Ordinal))
        {
            return next(context);
        }

        context.Response.Headers.WWWAuthenticate = "Bearer";
        var error = service == ApiRequest.BusinessCentral
            ? new ApiException(401, BusinessCentralCode, "The server has rejected the client credentials.")
            : new ApiException(401, DataverseCode, "The user is not authenticated: a valid bearer token is required.");
        return ServiceErrors.WriteAsync(context, service, error);
    }
}
