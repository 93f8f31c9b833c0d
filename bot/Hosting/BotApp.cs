using CouplingBot.Bot.Auth;
using CouplingBot.Bot.ComposeExtension;
using CouplingBot.Bot.Conversation;
using CouplingBot.Bot.Proactive;
using CouplingBot.Bot.Protocol;
using CouplingBot.Bot.Webhooks;
using CouplingBot.Engine.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Hosting;

/// <summary>Builds the bot's web app: configuration, services and endpoints.</summary>
public static class BotApp
{
    /// <summary>Creates the app from command-line arguments (plus appsettings and environment).</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // appsettings*.json are read from beside the binaries, whatever the working directory.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = MessagesEndpoint.MaxBodyBytes);

        var botOptions = builder.Configuration.GetSection(BotOptions.SectionName).Get<BotOptions>() ?? new BotOptions();
        if (botOptions.IsLocalMode)
        {
            LoopbackGuard.EnsureLoopbackUrls(ConfiguredUrls(builder.Configuration));
        }

        builder.Services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        builder.Services.AddInboundAuthentication();
        builder.Services.AddBusinessCentralWebhooks();
        builder.Services.AddCouplingEngine();
        builder.Services.AddCouplingJobs();
        builder.Services.AddCouplingIncrementalSync();
        builder.Services.AddBotConnector();
        builder.Services.AddProactiveMessaging();
        builder.Services.AddSingleton<SyncRecorder>().AddSingleton<CouplerRecorder>().AddSingleton<CouplingConversation>().AddSingleton<RecordConversation>().AddSingleton<RecordSearch>().AddSingleton<JobConversation>().AddSingleton<ConversationRouter>();
        builder.Services.AddSingleton<ComposeExtensionHandler>();
        builder.Services.AddSingleton<TurnHandler>();
        builder.Services.AddCouplingHealthChecks().AddCouplingTelemetry(builder.Configuration);

        var app = builder.Build();
        app.MapGet("/", () => Results.Text("CouplingBot is running. Teams posts to /api/messages."));
        app.MapCouplingHealth();
        app.MapMessages();
        app.MapBusinessCentralWebhooks();
        app.Lifetime.ApplicationStarted.Register(() => CheckBoundAddresses(app, botOptions));
        return app;
    }

    private static IEnumerable<string> ConfiguredUrls(IConfiguration configuration) =>
        (configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? "http://localhost:5000")
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // A second check on what Kestrel really bound, in case addresses came from elsewhere (code, Kestrel config).
    private static void CheckBoundAddresses(WebApplication app, BotOptions options)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(BotApp));
        if (options.IsLocalMode && addresses.Any(a => !LoopbackGuard.IsLoopback(a)))
        {
            logger.LogCritical("Local mode must listen on loopback only, but listens on {Addresses}; stopping.", string.Join(", ", addresses));
            app.Lifetime.StopApplication();
        }
    }
}
