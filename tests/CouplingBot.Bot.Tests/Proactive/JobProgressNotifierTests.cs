using System.Net;
using System.Text.Json;
using Azure.Data.Tables;
using CouplingBot.Bot.Proactive;
using CouplingBot.Bot.Protocol;
using CouplingBot.Bot.Tests.Protocol;
using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Sync;
using CouplingBot.Testing.Azurite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Tests.Proactive;

/// <summary>
/// Job progress shown in place: the reference stored by the tracker from a real activity (Azurite), the card
/// replaced through the real connector client onto a recording connector.
/// </summary>
public sealed class JobProgressNotifierTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task JobProgressed_StartedFromACard_PutsTheStatusCardWithTheCountersInItsPlace()
    {
        var connector = new RecordingConnector();
        using var stack = new ConnectorStack(connector);
        var (notifier, inbound) = await ArrangeAsync(stack, "a:chat-p1");
        var tap = inbound with { Type = ActivityTypes.Invoke, Name = ActivityTypes.AdaptiveCardAction, ReplyToId = "card-9" };

        await notifier.JobProgressedAsync(Running(JobConversationReference.For(tap), checkpoint: 4, new JobCounters(Modified: 3, Failed: 1)), TestContext.Current.CancellationToken);

        var put = Assert.Single(connector.Requests);
        Assert.Equal(HttpMethod.Put, put.Method);
        Assert.Equal("/amer/v3/conversations/a%3Achat-p1/activities/card-9", put.Path);
        using var body = JsonDocument.Parse(put.Body);
        var attachment = body.RootElement.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content").GetRawText();
        Assert.Contains("Job running", card, StringComparison.Ordinal);
        Assert.Contains("4 of 10", card, StringComparison.Ordinal);
        Assert.Contains("Updated", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JobProgressed_NoCardToUpdate_SendsNothing()
    {
        var connector = new RecordingConnector();
        using var stack = new ConnectorStack(connector);
        var (notifier, inbound) = await ArrangeAsync(stack, "a:chat-p2");

        await notifier.JobProgressedAsync(Running(JobConversationReference.For(inbound), 2, new JobCounters(Modified: 2)), TestContext.Current.CancellationToken);
        await notifier.JobProgressedAsync(Running(null, 2, new JobCounters(Modified: 2)), TestContext.Current.CancellationToken);

        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task JobProgressed_CardGone_DoesNotThrow()
    {
        var connector = new RecordingConnector().ThenStatus(HttpStatusCode.NotFound);
        using var stack = new ConnectorStack(connector);
        var (notifier, inbound) = await ArrangeAsync(stack, "a:chat-p3");

        await notifier.JobProgressedAsync(
            Running(JobConversationReference.For(inbound, cardActivityId: "deleted-card"), 5, new JobCounters(Modified: 5)), TestContext.Current.CancellationToken);

        Assert.Equal([HttpMethod.Put], connector.Requests.Select(r => r.Method));
    }

    private async Task<(JobProgressNotifier Notifier, Activity Inbound)> ArrangeAsync(ConnectorStack stack, string conversationId)
    {
        var store = new TableConversationReferenceStore(
            new TableServiceClient(azurite.ConnectionString),
            Options.Create(new ConversationReferenceOptions { ConversationReferencesTable = "refs" + Guid.NewGuid().ToString("N")[..12] }));
        var inbound = new Activity
        {
            Type = ActivityTypes.Message,
            Id = "m-1",
            ServiceUrl = ConnectorStack.ServiceUrl,
            ChannelId = "msteams",
            From = new ChannelAccount("29:ada", "Ada"),
            Recipient = new ChannelAccount("28:bot", "CouplingBot"),
            Conversation = new ConversationAccount(conversationId) { ConversationType = "personal", TenantId = "tenant-1" },
            Text = "sync customers all",
        };
        await new ConversationReferenceTracker(store, TimeProvider.System, NullLogger<ConversationReferenceTracker>.Instance)
            .ObserveAsync(inbound, TestContext.Current.CancellationToken);
        return (new JobProgressNotifier(store, stack.Client, NullLogger<JobProgressNotifier>.Instance), inbound);
    }

    private static JobInfo Running(string? conversationReference, int checkpoint, JobCounters counters)
    {
        var records = Enumerable.Range(1, 10).Select(i => (10000 * i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var request = JobRequest.For(JobKind.Sync, "CUSTOMER", records, SyncDirection.ToSales, "Ada", conversationReference);
        return new JobInfo("job-2", request, records, JobStatus.Running, counters, checkpoint, T0, T0);
    }
}
