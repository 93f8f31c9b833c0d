using System.Net.Http.Json;
using Azure.Data.Tables;
using CouplingBot.Bot.Hosting;
using CouplingBot.Bot.Proactive;
using CouplingBot.Bot.Protocol;
using CouplingBot.Bot.Tests.Protocol;
using CouplingBot.Engine.Jobs;
using CouplingBot.Testing.Azurite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Tests.Proactive;

/// <summary>The whole bot (local mode) on Azurite: what arrives at /api/messages leaves a reference the notifier can use.</summary>
public sealed class ProactiveWiringTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task Message_ThroughTheBot_StoresTheReference_AndTheRegisteredNotifierUsesIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var table = "refs" + Guid.NewGuid().ToString("N")[..12];
        var connector = new RecordingConnector();
        await using var app = BotApp.Create(
            [
                "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning",
                "--BusinessCentral:Tenant=sandbox", "--BusinessCentral:CompanyName=CRONUS UK Ltd.", "--Dataverse:Url=http://127.0.0.1:9/dataverse/",
                $"--Storage:ConnectionString={azurite.ConnectionString}", $"--Storage:ConversationReferencesTable={table}",
                "--Jobs:RunWorker=false", "--IncrementalSync:Enabled=false",
            ],
            builder => builder.Services.AddHttpClient(ConnectorClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => connector));
        await app.StartAsync(ct);
        using var bot = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
        var message = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "m-1",
            ServiceUrl = "http://127.0.0.1:1/_connector",
            ChannelId = "msteams",
            From = new ChannelAccount("29:ada", "Ada"),
            Recipient = new ChannelAccount("28:bot", "CouplingBot"),
            Conversation = new ConversationAccount("a:wired-chat") { ConversationType = "personal", TenantId = "tenant-1" },
            Text = "help",
        };

        using var response = await bot.PostAsJsonAsync("/api/messages", message, ProtocolJson.Options, ct);
        response.EnsureSuccessStatusCode();

        var stored = await new TableConversationReferenceStore(
            new TableServiceClient(azurite.ConnectionString),
            Options.Create(new ConversationReferenceOptions { ConversationReferencesTable = table })).FindAsync("a:wired-chat", ct);
        Assert.Equal("http://127.0.0.1:1/_connector", stored?.ServiceUrl);

        var notifier = app.Services.GetRequiredService<IJobCompletionNotifier>();
        var request = JobRequest.For(JobKind.Uncouple, "CUSTOMER", ["10000"], Engine.Sync.SyncDirection.ToSales, "Ada", JobConversationReference.For(message));
        var before = connector.Requests.Count;
        await notifier.JobEndedAsync(new JobInfo("job-9", request, ["10000"], JobStatus.Completed, new JobCounters(Uncoupled: 1), 1, DateTimeOffset.UtcNow), ct);

        var told = connector.Requests.Skip(before).Single();
        Assert.Equal("/_connector/v3/conversations/a%3Awired-chat/activities", told.Path);
        Assert.Contains("Uncouple customer 10000 finished: 1 uncoupled.", told.Body, StringComparison.Ordinal);
        await app.StopAsync(ct);
    }
}
