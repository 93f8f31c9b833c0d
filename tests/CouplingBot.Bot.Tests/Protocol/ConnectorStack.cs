using Azure.Core;
using CouplingBot.Bot.Protocol;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CouplingBot.Bot.Tests.Protocol;

/// <summary>The connector client as the bot registers it (resilience, token handler), over a <see cref="RecordingConnector"/>.</summary>
internal sealed class ConnectorStack : IDisposable
{
    public const string ServiceUrl = "https://smba.example.test/amer/";

    private readonly ServiceProvider _services;

    public ConnectorStack(RecordingConnector connector, TokenCredential? credential = null, Dictionary<string, string?>? settings = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build());
        services.AddLogging();
        if (credential is not null)
        {
            services.AddSingleton(new ConnectorClientTokens(credential, TimeProvider.System));
        }

        services.AddBotConnector();
        services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => connector);
        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<IConnectorClient>();
    }

    public IConnectorClient Client { get; }

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>An inbound message in a personal chat whose conversation id needs escaping.</summary>
    public static Activity Inbound(string conversationId = "a:1x/y#z?w;messageid=7") => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ServiceUrl = ServiceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount("29:user", "Ada"),
        Recipient = new ChannelAccount("28:bot", "CouplingBot"),
        Conversation = new ConversationAccount(conversationId) { ConversationType = "personal", TenantId = "tenant-1" },
        Text = "help",
    };

    public void Dispose() => _services.Dispose();
}
