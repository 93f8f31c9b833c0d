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
/// Scheduled-sync problems posted to the person who coupled each record (1:1) or else to the configured channel: stored
/// references and couplers (Azurite) address the posts, sent through the real connector client onto a recording connector.
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
        var (notifier, _) = await ArrangeAsync(stack, Channel, storeChannel: true);
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
        var (notifier, _) = await ArrangeAsync(stack, Channel, storeChannel: true);

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
        var (notifier, _) = await ArrangeAsync(stack, configured, storeChannel: false);

        await notifier.RunCompletedAsync(
            Report(new IncrementalSyncProblem("CUSTOMER", "bc-1", "10000", IncrementalProblemKind.Failed, "Refused.", T0)), TestContext.Current.CancellationToken);

        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task RunCompleted_CoupledFromAPersonalChat_PostsThoseProblemsThere_AndTheRestToTheChannel()
    {
        var connector = new RecordingConnector();
        using var stack = new ConnectorStack(connector);
        var (notifier, couplers) = await ArrangeAsync(stack, Channel, storeChannel: true);
        await couplers.RememberAsync("CUSTOMER", "bc-1", Ada("a:ada-personal", "personal"), TestContext.Current.CancellationToken);

        await notifier.RunCompletedAsync(
            Report(
                new IncrementalSyncProblem("CUSTOMER", "bc-1", "10000", IncrementalProblemKind.Failed, "Refused by Sales.", T0),
                new IncrementalSyncProblem("CUSTOMER", "bc-2", "20000", IncrementalProblemKind.Failed, "Refused by Business Central.", T0)),
            TestContext.Current.CancellationToken);

        var posts = connector.Requests.ToList();
        Assert.Equal(2, posts.Count);
        var toAda = Assert.Single(posts, p => p.Path == "/amer/v3/conversations/a%3Aada-personal/activities");
        Assert.Contains("records you coupled", toAda.Body, StringComparison.Ordinal);
        Assert.Contains("Refused by Sales.", toAda.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Refused by Business Central.", toAda.Body, StringComparison.Ordinal);
        var toChannel = Assert.Single(posts, p => p.Path == "/amer/v3/conversations/19%3Ageneral%40thread.tacv2/activities");
        Assert.Contains("Refused by Business Central.", toChannel.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Refused by Sales.", toChannel.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunCompleted_CoupledInAGroupChat_OpensAPersonalChatWithTheCoupler_AndPostsOneCardForAllTheirRecords()
    {
        var connector = new RecordingConnector().Then(() => new HttpResponseMessage(System.Net.HttpStatusCode.Created) { Content = new StringContent("""{"id":"a:opened"}""") });
        using var stack = new ConnectorStack(connector);
        var (notifier, couplers) = await ArrangeAsync(stack, configured: null, storeChannel: false);
        await couplers.RememberAsync("CUSTOMER", "bc-1", Ada("19:group@thread.v2", "groupChat"), TestContext.Current.CancellationToken);
        await couplers.RememberAsync("CUSTOMER", "bc-2", Ada("19:group@thread.v2", "groupChat"), TestContext.Current.CancellationToken);

        await notifier.RunCompletedAsync(
            Report(
                new IncrementalSyncProblem("CUSTOMER", "bc-1", "10000", IncrementalProblemKind.Failed, "First refusal.", T0),
                new IncrementalSyncProblem("CUSTOMER", "bc-2", "20000", IncrementalProblemKind.Conflict, "Changed on both sides (City).", T0)),
            TestContext.Current.CancellationToken);

        var requests = connector.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal("/amer/v3/conversations", requests[0].Path);
        using (var create = JsonDocument.Parse(requests[0].Body))
        {
            Assert.Equal("29:ada", Assert.Single(create.RootElement.GetProperty("members").EnumerateArray()).GetProperty("id").GetString());
            Assert.Equal("tenant-1", create.RootElement.GetProperty("tenantId").GetString());
        }

        Assert.Equal("/amer/v3/conversations/a%3Aopened/activities", requests[1].Path);
        Assert.Contains("First refusal.", requests[1].Body, StringComparison.Ordinal);
        Assert.Contains("Changed on both sides (City).", requests[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunCompleted_ThePersonalChatCannotBeOpened_PostsToTheChannelInstead()
    {
        var connector = new RecordingConnector().ThenStatus(System.Net.HttpStatusCode.Forbidden); // e.g. the app isn't installed for the user
        using var stack = new ConnectorStack(connector);
        var (notifier, couplers) = await ArrangeAsync(stack, Channel, storeChannel: true);
        await couplers.RememberAsync("CUSTOMER", "bc-1", Ada("19:group@thread.v2", "groupChat"), TestContext.Current.CancellationToken);

        await notifier.RunCompletedAsync(
            Report(new IncrementalSyncProblem("CUSTOMER", "bc-1", "10000", IncrementalProblemKind.Failed, "Refused.", T0)), TestContext.Current.CancellationToken);

        var requests = connector.Requests.ToList();
        Assert.Equal(["/amer/v3/conversations", "/amer/v3/conversations/19%3Ageneral%40thread.tacv2/activities"], requests.Select(r => r.Path));
        Assert.Contains("Refused.", requests[1].Body, StringComparison.Ordinal);
    }

    private static ConversationReference Ada(string conversationId, string conversationType) =>
        new(conversationId, ConnectorStack.ServiceUrl, "msteams", conversationType, "tenant-1", "28:bot", "CouplingBot", "29:ada", "Ada", "aad-ada", T0);

    private async Task<(SyncProblemNotifier Notifier, TableCouplerDirectory Couplers)> ArrangeAsync(ConnectorStack stack, string? configured, bool storeChannel)
    {
        var tables = Options.Create(new ConversationReferenceOptions
        {
            ConversationReferencesTable = "refs" + Guid.NewGuid().ToString("N")[..12],
            CouplersTable = "couplers" + Guid.NewGuid().ToString("N")[..12],
        });
        var store = new TableConversationReferenceStore(new TableServiceClient(azurite.ConnectionString), tables);
        var couplers = new TableCouplerDirectory(new TableServiceClient(azurite.ConnectionString), tables);
        if (storeChannel)
        {
            await store.SaveAsync(
                new ConversationReference(Channel, ConnectorStack.ServiceUrl, "msteams", "channel", "tenant-1", "28:bot", "CouplingBot", "29:ada", "Ada", null, T0),
                TestContext.Current.CancellationToken);
        }

        return (new SyncProblemNotifier(store, couplers, stack.Client, Options.Create(new NotificationOptions { ChannelConversationId = configured }), NullLogger<SyncProblemNotifier>.Instance), couplers);
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
