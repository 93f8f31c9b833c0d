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
/// The notifier end to end on our side: the reference stored by the tracker from a real activity (Azurite),
/// the completion sent through the real connector client onto a recording connector.
/// </summary>
public sealed class JobCompletionNotifierTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task JobEnded_Completed_PostsTheCountersIntoTheRequestersConversation()
    {
        var connector = new RecordingConnector();
        using var stack = new ConnectorStack(connector);
        var (notifier, inbound) = await ArrangeAsync(stack, "a:chat/1");
        var job = Job(JobConversationReference.For(inbound), JobStatus.Completed, new JobCounters(Modified: 2, Unchanged: 7, Failed: 1));

        await notifier.JobEndedAsync(job, TestContext.Current.CancellationToken);

        var post = Assert.Single(connector.Requests);
        Assert.Equal(HttpMethod.Post, post.Method);
        Assert.Equal("/amer/v3/conversations/a%3Achat%2F1/activities", post.Path);
        using var body = JsonDocument.Parse(post.Body);
        Assert.Equal("28:bot", body.RootElement.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("29:ada", body.RootElement.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("Synchronize 10 customers (Business Central -> Sales) finished: 2 modified, 7 unchanged, 1 failed.", body.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task JobEnded_StartedFromACard_ReplacesTheCard_ThenPostsTheMessage()
    {
        var connector = new RecordingConnector();
        using var stack = new ConnectorStack(connector);
        var (notifier, inbound) = await ArrangeAsync(stack, "a:chat-2");
        var tap = inbound with { Type = ActivityTypes.Invoke, Name = ActivityTypes.AdaptiveCardAction, ReplyToId = "card-7" };
        var job = Job(JobConversationReference.For(tap), JobStatus.Failed, new JobCounters(), "The job's message could not be read.");

        await notifier.JobEndedAsync(job, TestContext.Current.CancellationToken);

        var requests = connector.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Equal(HttpMethod.Put, requests[0].Method);
        Assert.Equal("/amer/v3/conversations/a%3Achat-2/activities/card-7", requests[0].Path);
        Assert.Equal(HttpMethod.Post, requests[1].Method);
        using var body = JsonDocument.Parse(requests[1].Body);
        Assert.Equal(
            "Synchronize 10 customers (Business Central -> Sales) failed: The job's message could not be read. Nothing more will be done; send the command again to retry.",
            body.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task JobEnded_CardGone_StillPostsTheMessage()
    {
        var connector = new RecordingConnector().ThenStatus(HttpStatusCode.NotFound);
        using var stack = new ConnectorStack(connector);
        var (notifier, inbound) = await ArrangeAsync(stack, "a:chat-3");
        var job = Job(JobConversationReference.For(inbound, cardActivityId: "deleted-card"), JobStatus.Completed, new JobCounters(Modified: 10));

        await notifier.JobEndedAsync(job, TestContext.Current.CancellationToken);

        Assert.Equal([HttpMethod.Put, HttpMethod.Post], connector.Requests.Select(r => r.Method));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a reference")]
    [InlineData("""{"conversationId":"a:never-seen"}""")]
    public async Task JobEnded_NoOneToTell_SendsNothing(string? conversationReference)
    {
        var connector = new RecordingConnector();
        using var stack = new ConnectorStack(connector);
        var (notifier, _) = await ArrangeAsync(stack, "a:chat-4");

        await notifier.JobEndedAsync(Job(conversationReference, JobStatus.Completed, new JobCounters(Modified: 1)), TestContext.Current.CancellationToken);

        Assert.Empty(connector.Requests);
    }

    private async Task<(JobCompletionNotifier Notifier, Activity Inbound)> ArrangeAsync(ConnectorStack stack, string conversationId)
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
            Text = "sync customers 10000 20000",
        };
        await new ConversationReferenceTracker(store, TimeProvider.System, NullLogger<ConversationReferenceTracker>.Instance)
            .ObserveAsync(inbound, TestContext.Current.CancellationToken);
        return (new JobCompletionNotifier(store, stack.Client, new JobEndMessages(), NullLogger<JobCompletionNotifier>.Instance), inbound);
    }

    private static JobInfo Job(string? conversationReference, JobStatus status, JobCounters counters, string? message = null)
    {
        var records = Enumerable.Range(1, 10).Select(i => (10000 * i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var request = JobRequest.For(JobKind.Sync, "CUSTOMER", records, SyncDirection.ToSales, "Ada", conversationReference);
        return new JobInfo("job-1", request, records, status, counters, counters.Total, T0, T0, T0.AddMinutes(1), message);
    }
}
