using Azure.Data.Tables;
using CouplingBot.Bot.Conversation;
using CouplingBot.Bot.Proactive;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Mappings;
using CouplingBot.Testing.Azurite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Logs;

namespace CouplingBot.Bot.Tests.Conversation;

/// <summary>The coupler of a record coupled from chat is kept in the directory (Azurite); failing to keep it never fails the turn.</summary>
public sealed class CouplerRecorderTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
    private static readonly Coupling Coupled = new("CONTACT", "bc-contact-6", "sales-6", "CT000006", "Andy Teal", T0, "Alex Wilber");
    private static readonly ConversationReference Alex = new("a:chat-1", "https://smba.example/amer/", "msteams", "personal", "tenant-1", "28:bot", "CouplingBot", "29:alex", "Alex Wilber", null, T0);

    [Fact]
    public async Task Remember_WithARequester_KeepsThemAsTheRecordsCoupler()
    {
        var directory = Directory(new TableServiceClient(azurite.ConnectionString));
        var ct = TestContext.Current.CancellationToken;

        await new CouplerRecorder(directory, NullLogger<CouplerRecorder>.Instance).RememberAsync(ContactMapping.Default, Coupled, new TurnContext("Alex Wilber", null, Alex), ct);

        Assert.Equal(Alex, await directory.FindAsync("CONTACT", "bc-contact-6", ct));
    }

    [Fact]
    public async Task Remember_WithoutARequester_KeepsNothing()
    {
        var directory = Directory(new TableServiceClient(azurite.ConnectionString));
        var ct = TestContext.Current.CancellationToken;

        await new CouplerRecorder(directory, NullLogger<CouplerRecorder>.Instance).RememberAsync(ContactMapping.Default, Coupled, new TurnContext("Alex Wilber"), ct);

        Assert.Null(await directory.FindAsync("CONTACT", "bc-contact-6", ct));
    }

    [Fact]
    public async Task Remember_StorageDown_LogsAWarning_AndDoesNotThrow()
    {
        var unreachable = new TableServiceClient(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + AzuriteServer.AccountKey + ";TableEndpoint=http://127.0.0.1:9/devstoreaccount1;",
            new TableClientOptions { Retry = { MaxRetries = 0 } });
        var logs = new List<LogRecord>();
        using (var factory = LoggerFactory.Create(b => b.AddOpenTelemetry(o => o.AddInMemoryExporter(logs))))
        {
            await new CouplerRecorder(Directory(unreachable), factory.CreateLogger<CouplerRecorder>())
                .RememberAsync(ContactMapping.Default, Coupled, new TurnContext("Alex Wilber", null, Alex), TestContext.Current.CancellationToken);
        }

        var entry = Assert.Single(logs);
        Assert.Equal((LogLevel.Warning, 2003), (entry.LogLevel, entry.EventId.Id));
        Assert.NotNull(entry.Exception);
    }

    private static TableCouplerDirectory Directory(TableServiceClient service) =>
        new(service, Options.Create(new ConversationReferenceOptions { CouplersTable = "couplers" + Guid.NewGuid().ToString("N")[..12] }));
}
