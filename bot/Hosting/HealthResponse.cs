using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CouplingBot.Bot.Hosting;

/// <summary>The JSON body of <c>/health/ready</c>: the overall status and each check's status and description.</summary>
/// <param name="Status">Healthy, Degraded or Unhealthy.</param>
/// <param name="DurationMs">How long the checks took (cached ones take no time).</param>
/// <param name="Checks">Each check by name.</param>
public sealed record HealthResponse(string Status, double DurationMs, IReadOnlyDictionary<string, HealthCheckEntry> Checks)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The body for a report.</summary>
    public static HealthResponse From(HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.Status.ToString(),
            Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            report.Entries.ToDictionary(e => e.Key, e => new HealthCheckEntry(e.Value.Status.ToString(), e.Value.Description, Math.Round(e.Value.Duration.TotalMilliseconds, 1))));
    }

    /// <summary>Writes the report as JSON (the health checks middleware's response writer).</summary>
    public static Task WriteAsync(HttpContext http, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, From(report), Json, http.RequestAborted);
    }
}

/// <summary>One check in a <see cref="HealthResponse"/>.</summary>
/// <param name="Status">Healthy, Degraded or Unhealthy.</param>
/// <param name="Description">What was found, without internals.</param>
/// <param name="DurationMs">How long it took.</param>
public sealed record HealthCheckEntry(string Status, string? Description, double DurationMs);
