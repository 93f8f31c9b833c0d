using System.Net;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Hosting;

/// <summary>
/// A service API answers a cheap read (one id of one record) through the engine's own client for it,
/// so the check signs in exactly as the engine does. 401/403 are reported as a permissions problem.
/// </summary>
internal sealed class HealthServiceApiCheck(
    string name, string clientName, string probePath, IHttpClientFactory httpClients, IOptions<HealthOptions> options, TimeProvider clock, ILogger logger)
    : HealthCachedCheck(options, clock, logger)
{
    /// <inheritdoc />
    protected override string Name => name;

    /// <inheritdoc />
    protected override async Task<HealthCheckResult> ProbeAsync(HealthStatus failureStatus, CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(clientName);
        using var response = await http.GetAsync(new Uri(probePath, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        return response.StatusCode switch
        {
            _ when response.IsSuccessStatusCode => HealthCheckResult.Healthy($"{name} answered."),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden =>
                new HealthCheckResult(failureStatus, $"{name} refused the bot ({status}): check its app registration, permissions and application user."),
            _ => new HealthCheckResult(failureStatus, $"{name} answered {status}."),
        };
    }
}
