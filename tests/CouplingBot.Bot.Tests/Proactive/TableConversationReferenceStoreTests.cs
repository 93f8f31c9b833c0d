using Azure.Data.Tables;
using CouplingBot.Bot.Proactive;
using CouplingBot.Testing.Azurite;
using Microsoft.Extensions.Options;

namespace CouplingBot.Bot.Tests.Proactive;

public sealed class TableConversationReferenceStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset At = new(2026, 11, 25, 9, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("a:1Hk9_personal-chat")]
    [InlineData("19:abc@thread.tacv2;messageid=1732500000000")]
    [InlineData("odd/id#with?characters\\keys refuse")]
    public async Task Save_ThenFind_ReturnsTheSameReference(string conversationId)
    {
        var store = NewStore();
        var reference = new ConversationReference(conversationId, "https://smba.example.test/emea/", "msteams", "channel", "tenant-1",
            "28:bot", "CouplingBot", "29:ada", "Ada", "aad-ada", At);
        var ct = TestContext.Current.CancellationToken;

        await store.SaveAsync(reference, ct);

        Assert.Equal(reference, await store.FindAsync(conversationId, ct));
    }

    [Fact]
    public async Task Save_Twice_TheLatestWins()
    {
        var store = NewStore();
        var ct = TestContext.Current.CancellationToken;
        var first = new ConversationReference("a:chat", "https://one.example.test/", "msteams", "personal", "t", "28:bot", null, "29:u", null, null, At);

        await store.SaveAsync(first, ct);
        await store.SaveAsync(first with { ServiceUrl = "https://two.example.test/", UpdatedAt = At.AddDays(1) }, ct);

        Assert.Equal("https://two.example.test/", (await store.FindAsync("a:chat", ct))?.ServiceUrl);
    }

    [Fact]
    public async Task Find_Unknown_IsNull()
    {
        Assert.Null(await NewStore().FindAsync("a:nobody", TestContext.Current.CancellationToken));
    }

    private TableConversationReferenceStore NewStore() => new(
        new TableServiceClient(azurite.ConnectionString),
        Options.Create(new ConversationReferenceOptions { ConversationReferencesTable = "refs" + Guid.NewGuid().ToString("N")[..12] }));
}
