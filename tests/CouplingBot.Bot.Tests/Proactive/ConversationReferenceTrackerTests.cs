using Azure.Data.Tables;
using CouplingBot.Bot.Proactive;
using CouplingBot.Bot.Protocol;
using CouplingBot.Testing.Azurite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Tests.Proactive;

/// <summary>The tracker over the real table store in Azurite; a counting wrapper shows which activities reach storage.</summary>
public sealed class ConversationReferenceTrackerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string ServiceUrl = "https://smba.example.test/emea/";

    [Fact]
    public async Task Observe_FirstMessage_StoresTheReference_ThenRemembersIt()
    {
        var (tracker, store) = NewTracker();
        var ct = TestContext.Current.CancellationToken;

        await tracker.ObserveAsync(Message("a:chat-1"), ct);
        await tracker.ObserveAsync(Message("a:chat-1"), ct);
        await tracker.ObserveAsync(Message("a:chat-1"), ct);

        var stored = await store.FindAsync("a:chat-1", ct);
        Assert.NotNull(stored);
        Assert.Equal(ServiceUrl, stored.ServiceUrl);
        Assert.Equal("personal", stored.ConversationType);
        Assert.Equal("tenant-1", stored.TenantId);
        Assert.Equal("28:bot", stored.BotId);
        Assert.Equal("29:ada", stored.UserId);
        Assert.Equal("Ada", stored.UserName);
        Assert.Equal(1, store.Saves);
        Assert.Equal(1, store.Finds - 1); // one look-up by the tracker, one by this test
    }

    [Fact]
    public async Task Observe_ServiceUrlChanged_UpdatesTheReference()
    {
        var (tracker, store) = NewTracker();
        var ct = TestContext.Current.CancellationToken;
        await tracker.ObserveAsync(Message("a:chat-2"), ct);

        await tracker.ObserveAsync(Message("a:chat-2") with { ServiceUrl = "https://smba.example.test/amer/" }, ct);

        Assert.Equal("https://smba.example.test/amer/", (await store.FindAsync("a:chat-2", ct))?.ServiceUrl);
        Assert.Equal(2, store.Saves);
    }

    [Fact]
    public async Task Observe_AlreadyStoredByAnotherProcess_IsNotWrittenAgain()
    {
        var (first, store) = NewTracker();
        var ct = TestContext.Current.CancellationToken;
        await first.ObserveAsync(Message("a:chat-3"), ct);
        var second = new ConversationReferenceTracker(store, TimeProvider.System, NullLogger<ConversationReferenceTracker>.Instance);

        await second.ObserveAsync(Message("a:chat-3"), ct);

        Assert.Equal(1, store.Saves);
    }

    [Fact]
    public async Task Observe_BotAddedToConversation_StoresTheReference()
    {
        var (tracker, store) = NewTracker();
        var ct = TestContext.Current.CancellationToken;
        var added = Message("19:team-channel@thread.tacv2") with
        {
            Type = "conversationUpdate",
            Text = null,
            MembersAdded = [new ChannelAccount("29:someone"), new ChannelAccount("28:bot")],
        };

        await tracker.ObserveAsync(added, ct);

        Assert.Equal("28:bot", (await store.FindAsync("19:team-channel@thread.tacv2", ct))?.BotId);
    }

    [Fact]
    public async Task Observe_Installed_StoresTheReference_EvenWhenKnown()
    {
        var (tracker, store) = NewTracker();
        var ct = TestContext.Current.CancellationToken;
        await tracker.ObserveAsync(Message("a:chat-4"), ct);

        await tracker.ObserveAsync(Message("a:chat-4") with { Type = "installationUpdate", Action = "add", Text = null }, ct);

        Assert.Equal(2, store.Saves);
    }

    [Fact]
    public async Task Observe_OtherActivities_StoreNothing()
    {
        var (tracker, store) = NewTracker();
        var ct = TestContext.Current.CancellationToken;

        await tracker.ObserveAsync(Message("a:chat-5") with { Type = "conversationUpdate", MembersAdded = [new ChannelAccount("29:someone")] }, ct);
        await tracker.ObserveAsync(Message("a:chat-5") with { Type = "installationUpdate", Action = "remove" }, ct);
        await tracker.ObserveAsync(Message("a:chat-5") with { Type = "typing" }, ct);
        await tracker.ObserveAsync(Message("a:chat-5") with { ServiceUrl = null }, ct);

        Assert.Equal(0, store.Saves);
        Assert.Null(await store.FindAsync("a:chat-5", ct));
    }

    [Fact]
    public async Task Observe_StorageDown_DoesNotFailTheTurn_AndTriesAgainNextTime()
    {
        var unreachable = new TableServiceClient("DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AzuriteServer.AccountKey + ";TableEndpoint=http://127.0.0.1:9/devstoreaccount1;",
            new TableClientOptions { Retry = { MaxRetries = 0 } });
        var store = new CountingStore(new TableConversationReferenceStore(unreachable, Options.Create(new ConversationReferenceOptions())));
        var tracker = new ConversationReferenceTracker(store, TimeProvider.System, NullLogger<ConversationReferenceTracker>.Instance);
        var ct = TestContext.Current.CancellationToken;

        await tracker.ObserveAsync(Message("a:chat-6"), ct);
        await tracker.ObserveAsync(Message("a:chat-6"), ct);

        Assert.Equal(2, store.Finds);
    }

    private (ConversationReferenceTracker Tracker, CountingStore Store) NewTracker()
    {
        var table = "refs" + Guid.NewGuid().ToString("N")[..12];
        var store = new CountingStore(new TableConversationReferenceStore(
            new TableServiceClient(azurite.ConnectionString), Options.Create(new ConversationReferenceOptions { ConversationReferencesTable = table })));
        return (new ConversationReferenceTracker(store, TimeProvider.System, NullLogger<ConversationReferenceTracker>.Instance), store);
    }

    private static Activity Message(string conversationId) => new()
    {
        Type = ActivityTypes.Message,
        Id = "m-1",
        ServiceUrl = ServiceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount("29:ada", "Ada") { AadObjectId = "aad-ada" },
        Recipient = new ChannelAccount("28:bot", "CouplingBot"),
        Conversation = new ConversationAccount(conversationId) { ConversationType = "personal", TenantId = "tenant-1" },
        Text = "help",
    };

    /// <summary>The real store, counting the calls that reach it.</summary>
    private sealed class CountingStore(IConversationReferenceStore inner) : IConversationReferenceStore
    {
        private int _finds;
        private int _saves;

        public int Finds => _finds;

        public int Saves => _saves;

        public Task<ConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _finds);
            return inner.FindAsync(conversationId, cancellationToken);
        }

        public Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _saves);
            return inner.SaveAsync(reference, cancellationToken);
        }
    }
}
