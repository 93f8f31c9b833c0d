using System.Text.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.Engine.Incremental;
using CouplingBot.Engine.Mappings;
using CouplingBot.Reliability.Tests.Suite;
using CouplingBot.Testing.Connector;

namespace CouplingBot.Reliability.Tests.Concurrency;

public sealed partial class ConcurrentCouplingTests
{
    private const int EditRounds = 45;
    private const string ChangedMeanwhile = "Changed while synchronizing";

    /// <summary>
    /// Each round a person edits the phone in Business Central and another the phone in Sales (unconditionally, as a
    /// later edit would), at random moments around a sync of the pair: Synchronize Now to Sales, Synchronize Now from Sales, or an incremental (both-ways) run. After
    /// the round each side must hold its own edit, unless the sync's answer showed that very value being replaced (a
    /// one-way sync that read the edit and was asked to copy over it): anything else is an edit lost without anyone
    /// being told. Between rounds the pair is brought in step again.
    /// </summary>
    [Fact]
    public async Task Sync_EditsOnBothSidesMeanwhile_NoEditOverwrittenWithoutSaying()
    {
        var stack = fixture.Stack;
        var (customer, account) = (Ids.Of(Ids.Customer, 300), Ids.Of(Ids.Account, 300));
        await stack.BulkAsync(
            [new { id = customer, number = "RC300", displayName = "Edit Race Ltd", phoneNumber = "01000000" }],
            [new { accountid = account, name = "Edit Race Ltd", telephone1 = "01000000" }]);
        var setUp = await SetUpAsync("RC300", account);
        Assert.True(setUp.Coupled, setUp.Text);
        await SettleAsync();
        var incremental = stack.Service<IIncrementalSync>();
        var mapping = stack.Service<MappingCatalog>()["CUSTOMER"];
        await incremental.RunAsync(mapping, TestContext.Current.CancellationToken);

        // The bot's single-record writes take a while (people's edits, made through the bulk endpoint, land at once), so
        // edits often land between a sync's read and its write: the moment only If-Match protects.
        await stack.SlowWritesAsync(TimeSpan.FromMilliseconds(120));
        var random = new Random(7);
        var (silent, conflicts, shown, refused) = (0, 0, 0, 0);
        var failures = new List<string>();
        for (var round = 1; round <= EditRounds; round++)
        {
            var (bcEdit, salesEdit) = ($"0111{round:0000}", $"0222{round:0000}");
            var kind = (SyncKind)(round % 3);
            var delays = (random.Next(0, 150), random.Next(0, 150), random.Next(0, 150));
            var sync = Later(delays.Item3, () => SyncAsync(kind, incremental, mapping));
            await Task.WhenAll(
                Later(delays.Item1, () => stack.BulkAsync([new { id = customer, phoneNumber = bcEdit }], [])),
                Later(delays.Item2, () => stack.BulkAsync([], [new { accountid = account, telephone1 = salesEdit }])),
                sync);
            var answer = await sync;

            var bc = (await stack.CustomerAsync(customer)).GetProperty("phoneNumber").GetString();
            var sales = (await stack.AccountAsync(account)).GetProperty("telephone1").GetString();
            conflicts += answer.Conflict ? 1 : 0;
            refused += answer.Shows(ChangedMeanwhile) ? 1 : 0;
            foreach (var (side, edit, now) in new[] { ("Business Central", bcEdit, bc), ("Sales", salesEdit, sales) })
            {
                if (now == edit)
                {
                    continue;
                }

                if (answer.Shows($"{edit} -> {now}"))
                {
                    shown++;
                    continue;
                }

                silent++;
                failures.Add($"round {round} ({kind}, delays {delays}): {side} edit {edit} became {now}; the sync answered: {answer.Text}");
            }

            await SettleAsync();
        }

        await stack.ClearFaultsAsync();
        await ReliabilityFigures.RecordAsync(Area, "edit rounds (both sides edited during a sync)", EditRounds);
        await ReliabilityFigures.RecordAsync(Area, "edits overwritten without a conflict", silent);
        await ReliabilityFigures.RecordAsync(Area, "conflicts reported (both sides changed, or changed while synchronizing)", conflicts);
        await ReliabilityFigures.RecordAsync(Area, "sync writes refused by If-Match (changed while synchronizing)", refused);
        await ReliabilityFigures.RecordAsync(Area, "edits replaced by a one-way sync that showed it", shown);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(refused > 0, "No edit landed between a sync's read and its write: If-Match was never put to the test.");
    }

    // Synchronize Now to Sales with nobody editing: both sides hold Business Central's phone, and the coupling knows it.
    private async Task SettleAsync()
    {
        var answer = await SyncNowAsync(SyncDirectionChoice.ToSales);
        Assert.Contains("Synchronized", answer.Text, StringComparison.Ordinal);
    }

    private async Task<SyncAnswer> SyncAsync(SyncKind kind, IIncrementalSync incremental, TableMapping mapping)
    {
        if (kind == SyncKind.Incremental)
        {
            var report = await incremental.RunAsync(mapping, TestContext.Current.CancellationToken);
            return new SyncAnswer($"incremental: {report}", report.Conflicts > 0);
        }

        return await SyncNowAsync(kind == SyncKind.ToSales ? SyncDirectionChoice.ToSales : SyncDirectionChoice.FromSales);
    }

    // Synchronize Now on the synchronize card.
    private async Task<SyncAnswer> SyncNowAsync(SyncDirectionChoice direction)
    {
        using var response = await fixture.Stack.TapAsync(CardVerbs.SyncNow,
            new { customerNumber = "RC300", direction = SyncDirectionChoices.ToValue(direction) });
        response.EnsureSuccessStatusCode();
        var card = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("value");
        var text = CardText.Joined(card);
        return new SyncAnswer(text, text.Contains(ChangedMeanwhile, StringComparison.Ordinal) || text.Contains("Both sides changed", StringComparison.Ordinal));
    }

    private static async Task Later(int milliseconds, Func<Task> action)
    {
        await Task.Delay(milliseconds);
        await action();
    }

    private static async Task<T> Later<T>(int milliseconds, Func<Task<T>> action)
    {
        await Task.Delay(milliseconds);
        return await action();
    }

    private enum SyncKind
    {
        Incremental,
        ToSales,
        FromSales,
    }

    /// <summary>What the sync answered (the card's text, or the incremental run's report), and whether it reported a conflict.</summary>
    private sealed record SyncAnswer(string Text, bool Conflict)
    {
        public bool Shows(string change) => Text.Contains(change, StringComparison.Ordinal);
    }
}
