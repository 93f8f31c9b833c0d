namespace CouplingBot.Bot.Auth;

/// <summary>Registers the validation of inbound activity tokens.</summary>
public static class AuthServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IInboundTokenValidator"/> and the HTTP client that loads its metadata.</summary>
    public static IServiceCollection AddInboundAuthentication(this IServiceCollection services)
    {
        services.AddHttpClient(MetadataDocumentRetriever.HttpClientName).AddStandardResilienceHandler();
        services.AddSingleton<IInboundTokenValidator, InboundTokenValidator>();
        return services;
    }
}
