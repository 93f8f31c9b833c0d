using Azure.Data.Tables;
using CouplingBot.Cards.Actions;
using CouplingBot.Reliability.Tests.Concurrency;
using CouplingBot.Reliability.Tests.Suite;

namespace CouplingBot.Reliability.Tests.Outages;

/// <summary>
/// Azurite (coupling storage, job queue) and the sandbox (Business Central and Sales) stop while the bot runs, then come
/// back on the same port with their data: turns taken meanwhile get a clear answer with the next step and leave nothing
/// half-written, and a job running meanwhile resumes and completes with the right counters and no duplicate write.
/// </summary>
public sealed partial class ServicesDownTests(OutagesFixture fixture) : IClassFixture<OutagesFixture>
{
    private const string Area = "Outages";

    [Fact]
    public async Task Turns_WhileAzuriteIsDown_AnsweredClearly_NothingHalfWritten()
    {
        var stack = fixture.Stack;
        var pairs = await SeedPairsAsync("RA", 1, 2);
        await CoupleAsync(pairs[0]);
        var before = await ForwardRowAsync(pairs[0]);
        await stack.BulkAsync([new { id = pairs[0].Customer, phoneNumber = "09990001" }], []);
        stack.ClearJournal();

        await stack.Azurite.StopAsync();
        IReadOnlyList<OutageTurns.Answer> answers;
        try
        {
            answers = await OutageTurns.TakeAsync(stack, pairs[1].Number, pairs[1].Account, pairs[0].Number);
        }
        finally
        {
            await stack.Azurite.RestartAsync(TestContext.Current.CancellationToken);
        }

        var salesWrites = stack.Journal("dataverse", "PATCH");
        var count = await stack.CountCouplingRowsAsync();
        var after = await ForwardRowAsync(pairs[0]);
        await RecordTurnsAsync("Azurite", answers, "Coupling storage is not reachable", count.Orphans + salesWrites.Count + (await IsCoupledAsync(pairs[1]) ? 1 : 0));
        Assert.All(answers, a => Assert.True(a.IsClear("Coupling storage is not reachable"), $"{a.Turn}: HTTP {a.Status}: {a.Text}"));
        Assert.Empty(salesWrites);
        Assert.Equal(0, count.Orphans);
        Assert.False(await IsCoupledAsync(pairs[1]));
        Assert.Equal(before.GetDateTimeOffset("LastSyncAt"), after.GetDateTimeOffset("LastSyncAt"));

        // Back: the same turns work without restarting the bot.
        await CoupleAsync(pairs[1]);
        Assert.Contains("09990001", (await OutageTurns.SendAsync(stack, $"sync customer {pairs[0].Number} to sales")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turns_WhileTheSandboxIsDown_AnsweredClearly_NothingHalfWritten()
    {
        var stack = fixture.Stack;
        var pairs = await SeedPairsAsync("RS", 1, 2);
        await CoupleAsync(pairs[0]);
        var before = await ForwardRowAsync(pairs[0]);
        await stack.BulkAsync([new { id = pairs[0].Customer, phoneNumber = "09990002" }], []);

        await stack.StopSandboxAsync();
        IReadOnlyList<OutageTurns.Answer> answers;
        try
        {
            answers = await OutageTurns.TakeAsync(stack, pairs[1].Number, pairs[1].Account, pairs[0].Number);
        }
        finally
        {
            await stack.StartSandboxAsync();
        }

        var count = await stack.CountCouplingRowsAsync();
        var after = await ForwardRowAsync(pairs[0]);
        await RecordTurnsAsync("the sandbox", answers, "Business Central is not reachable", count.Orphans + (await IsCoupledAsync(pairs[1]) ? 1 : 0));
        Assert.All(answers, a => Assert.True(a.IsClear("Business Central is not reachable"), $"{a.Turn}: HTTP {a.Status}: {a.Text}"));
        Assert.Equal(0, count.Orphans);
        Assert.False(await IsCoupledAsync(pairs[1]));
        Assert.Equal(before.GetDateTimeOffset("LastSyncAt"), after.GetDateTimeOffset("LastSyncAt"));
        Assert.Equal("01000000", (await stack.AccountAsync(pairs[0].Account)).GetProperty("telephone1").GetString());

        // Back, with the data it had: the sync goes through now.
        Assert.Contains("09990002", (await OutageTurns.SendAsync(stack, $"sync customer {pairs[0].Number} to sales")).Text, StringComparison.Ordinal);
    }

    private async Task RecordTurnsAsync(string service, IReadOnlyList<OutageTurns.Answer> answers, string problem, int halfWritten)
    {
        await ReliabilityFigures.RecordAsync(Area, $"outages simulated ({service} down, turns)", 1);
        await ReliabilityFigures.RecordAsync(Area, $"turns during the outage ({service})", answers.Count);
        await ReliabilityFigures.RecordAsync(Area, $"clear answers ({service})", answers.Count(a => a.IsClear(problem)));
        await ReliabilityFigures.RecordAsync(Area, $"5xx answers ({service})", answers.Count(a => a.Status >= 500));
        await ReliabilityFigures.RecordAsync(Area, $"half-written rows or writes ({service})", halfWritten);
    }

    private async Task<TableEntity> ForwardRowAsync(Pair pair)
    {
        await foreach (var row in fixture.Stack.Couplings.QueryAsync<TableEntity>(r => r.RowKey == $"bc|{pair.Customer}"))
        {
            return row;
        }

        throw new InvalidOperationException($"Customer {pair.Number} is not coupled.");
    }

    private async Task<bool> IsCoupledAsync(Pair pair)
    {
        await foreach (var row in fixture.Stack.Couplings.QueryAsync<TableEntity>(r => r.RowKey == $"bc|{pair.Customer}" || r.RowKey == $"sales|{pair.Account}"))
        {
            return true;
        }

        return false;
    }

    // Customer and account pairs numbered {prefix}001...: same name, phones that differ (a sync to Sales writes one).
    private async Task<IReadOnlyList<Pair>> SeedPairsAsync(string prefix, int first, int count)
    {
        var index = prefix.Aggregate(0, (h, c) => (h * 31) + c) * 1000;
        var pairs = Enumerable.Range(first, count)
            .Select(i => new Pair($"{prefix}{i:000}", Ids.Of(Ids.Customer, index + i), Ids.Of(Ids.Account, index + i))).ToList();
        await fixture.Stack.BulkAsync(
            pairs.Select(p => new { id = p.Customer, number = p.Number, displayName = $"Outage {p.Number} Ltd", phoneNumber = "02000000" }),
            pairs.Select(p => new { accountid = p.Account, name = $"Outage {p.Number} Ltd", telephone1 = "01000000" }));
        return pairs;
    }

    // Coupled without a sync: the phones still differ.
    private async Task CoupleAsync(Pair pair)
    {
        var answer = await OutageTurns.TapAsync(fixture.Stack, "couple", CardVerbs.SetUpCoupling,
            new { customerNumber = pair.Number, accountId = pair.Account.ToString(), syncAfterCoupling = "false", direction = "toSales" });
        Assert.True(await IsCoupledAsync(pair), answer.Text);
    }

    /// <summary>A Business Central customer and the Sales account it is (or will be) coupled to.</summary>
    private sealed record Pair(string Number, Guid Customer, Guid Account);
}
