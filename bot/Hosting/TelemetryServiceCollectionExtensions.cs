using CouplingBot.Engine.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CouplingBot.Bot.Hosting;

/// <summary>Registers OpenTelemetry: the bot's and the engine's sources and meters, ASP.NET Core and HttpClient.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The setting that turns the OTLP exporter on (the standard OpenTelemetry variable).</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>The setting that names the service in the telemetry (the standard OpenTelemetry variable).</summary>
    public const string ServiceNameSetting = "OTEL_SERVICE_NAME";

    /// <summary>
    /// Adds tracing and metrics for turns (<see cref="BotTelemetry"/>), jobs (<see cref="EngineTelemetry"/>),
    /// incoming requests (health probes left out) and outgoing calls to Business Central, Dataverse and
    /// the Bot Connector (HttpClient). They are exported over OTLP when <see cref="OtlpEndpointSetting"/>
    /// is set (the exporter reads the endpoint, headers and protocol from the standard variables);
    /// otherwise they are collected for nothing but a test's or another exporter's listener.
    /// </summary>
    public static IServiceCollection AddCouplingTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddMetrics();
        services.AddSingleton<BotTelemetry>();
        var exportOtlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointSetting]);
        var serviceName = configuration[ServiceNameSetting] is { Length: > 0 } name ? name : "CouplingBot";

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing =>
            {
                tracing.AddSource(BotTelemetry.SourceName, EngineTelemetry.SourceName)
                    .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
                    .AddHttpClientInstrumentation();
                if (exportOtlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(BotTelemetry.MeterName, EngineTelemetry.MeterName)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation();
                if (exportOtlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        return services;
    }
}
