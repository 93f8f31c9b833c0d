using System.Text.Json;
using Azure.Data.Tables;
using CouplingBot.Bot.Proactive;
using CouplingBot.Bot.Tests.Protocol;
using CouplingBot.Cards.Actions;
using CouplingBot.Engine.Incremental;
using CouplingBot.Testing.Azurite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Tests.Proactive;

/// <summary>
/// Scheduled-sync problems posted to the configured channel: the channel's stored reference (Azurite) addresses
/// the post, sent through the real connector client onto a recording connector.
/// </summary>
public sealed class SyncProblemNotifierTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string Channel = "19:general@thread.tacv2";
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunCompleted_NewProblems_PostsOneCardToTheChannel_WithEachRecordAndARetry()
    {
        var connector = new RecordingConnector();
        using var stack = new ConnectorStack(connector);
        var notifier = await ArrangeAsync(stack, Channel, storeChannel: true);
        var report = Report(
            new IncrementalSyncProblem("CUSTOMER", "bc-2", "20000", IncrementalProblemKind.Conflict, "Changed on both sides (City); choose which values to keep.", T0),
            new IncrementalSyncProblem("CUSTOMER", "bc-1", "10000", IncrementalProblemKind.Failed, "BadRequest: phoneNumber is too long.", T0));

        await notifier.RunCompletedAsync(report, TestContext.Current.CancellationToken);

        var post = Assert.Single(connector.Requests);
        Assert.Equal(HttpMethod.Post, post.Method);
        Assert.Equal("/amer/v3/conversations/19%3Ageneral%40thread.tacv2/activities", post.Path);
        using var body = JsonDocument.Parse(post.Body);
        Assert.Equal("28:bot", body.RootElement.GetProperty("from").GetProperty("id").GetString());
        var card = body.RootElement.GetProperty("attachments")[0].GetProperty("content").GetRawText();
        Assert.Contains("customer 10000", card, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("phoneNumber is too long", card, StringComparison.Ordinal);
        Assert.Contains("Conflict: Changed on both sides (City)", card, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(card, $"\"{CardVerbs.RetryRecord}\""));
        Assert.True(card.IndexOf("10000", StringComparison.Ordinal) < card.IndexOf("20000", StringComparison.Ordinal), "records are listed by number");
    }

    [Fact]
    public async Task RunCompleted_NoNewProblem_PostsNothing()
    {
        var connector = new RecordingConnector();
        using var stack = new ConnectorStack(connector);
        var notifier = await ArrangeAsync(stack, Channel, storeChannel: true);

        await notifier.RunCompletedAsync(Report(), TestContext.Current.CancellationToken);

        Assert.Empty(connector.Requests);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(Channel)] // configured, but the bot was never added there: no stored reference
    public async Task RunCompleted_NoChannelToPostTo_PostsNothing_AndDoesNotThrow(string? configured)
    {
        var connector = new RecordingConnector();
        using var stack = new ConnectorStack(connector);
        var notifier = await ArrangeAsync(stack, configured, storeChannel: false);

        await notifier.RunCompletedAsync(
            Report(new IncrementalSyncProblem("CUSTOMER", "bc-1", "10000", IncrementalProblemKind.Failed, "Refused.", T0)), TestContext.Current.CancellationToken);

        Assert.Empty(connector.Requests);
    }

    private async Task<SyncProblemNotifier> ArrangeAsync(ConnectorStack stack, string? configured, bool storeChannel)
    {
        var store = new TableConversationReferenceStore(
            new TableServiceClient(azurite.ConnectionString),
            Options.Create(new ConversationReferenceOptions { ConversationReferencesTable = "refs" + Guid.NewGuid().ToString("N")[..12] }));
        if (storeChannel)
        {
            await store.SaveAsync(
                new ConversationReference(Channel, ConnectorStack.ServiceUrl, "msteams", "channel", "tenant-1", "28:bot", "CouplingBot", "29:ada", "Ada", null, T0),
                TestContext.Current.CancellationToken);
        }

        return new SyncProblemNotifier(store, stack.Client, Options.Create(new NotificationOptions { ChannelConversationId = configured }), NullLogger<SyncProblemNotifier>.Instance);
    }

    private static IncrementalSyncReport Report(params IncrementalSyncProblem[] problems) =>
        new("CUSTOMER", 2, 1, 0, false, 0, 0, 0, 0, problems.Count(p => p.Kind == IncrementalProblemKind.Conflict), problems.Count(p => p.Kind == IncrementalProblemKind.Failed))
        {
            NewProblems = problems,
        };

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
