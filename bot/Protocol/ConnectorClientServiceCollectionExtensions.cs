using CouplingBot.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Protocol;

/// <summary>Registers the outbound Bot Connector client.</summary>
public static class ConnectorClientServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IConnectorClient"/> with its named HTTP client: the standard resilience handler
    /// outermost (retries per <see cref="ConnectorClientRetry"/>, honouring <c>Retry-After</c>), then the
    /// token handler, so every attempt carries a current token. Sign-in comes from section <c>Bot</c>
    /// (<see cref="ConnectorClientOptions"/>).
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        services.AddOptions<ConnectorClientOptions>().BindConfiguration(BotOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var tokens = new ConnectorClientTokens(sp.GetRequiredService<IOptions<ConnectorClientOptions>>(), sp.GetRequiredService<TimeProvider>());
            var options = sp.GetRequiredService<IOptions<ConnectorClientOptions>>().Value;
            if (!options.IsLocalMode && !tokens.SignsIn)
            {
                ConnectorClientLog.NoCredentials(sp.GetRequiredService<ILogger<ConnectorClientTokens>>());
            }

            return tokens;
        });
        services.AddTransient<ConnectorClientTokenHandler>();
        var http = services.AddHttpClient(ConnectorClient.HttpClientName);
        http.AddStandardResilienceHandler(ConnectorClientRetry.Configure);
        http.AddHttpMessageHandler<ConnectorClientTokenHandler>();
        services.TryAddSingleton<IConnectorClient, ConnectorClient>();
        return services;
    }
}
