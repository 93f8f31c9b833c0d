using System.Text.Json;
using CouplingBot.Cards.Actions;
using CouplingBot.Reliability.Tests.Suite;
using CouplingBot.Testing.Connector;

namespace CouplingBot.Reliability.Tests.Concurrency;

/// <summary>
/// Many people coupling at the same moment, and people editing both sides while the bot synchronizes: exactly one
/// coupling wins and the others are told it is coupled already; no coupling row is left without its counterpart; no
/// edit is overwritten without the person being told.
/// </summary>
public sealed partial class ConcurrentCouplingTests(ConcurrencyFixture fixture) : IClassFixture<ConcurrencyFixture>
{
    private const string Area = "Concurrency";
    private const int Requests = 50;

    [Fact]
    public async Task SetUpCoupling_FiftyAtOnceForOneCustomer_OneCouplingAndTheRestToldAlreadyCoupled()
    {
        var stack = fixture.Stack;
        var customer = Ids.Of(Ids.Customer, 100);
        var accounts = Enumerable.Range(1, Requests).Select(i => Ids.Of(Ids.Account, 100 + i)).ToList();
        await stack.BulkAsync(
            [new { id = customer, number = "RC100", displayName = "Simultaneous Couple Ltd" }],
            accounts.Select((id, i) => new { accountid = id, name = $"Simultaneous Couple {i + 1:00}" }));

        var answers = await AtOnce.RunAsync([.. accounts.Select(account => (Func<Task<Answer>>)(() => SetUpAsync("RC100", account)))]);

        var coupled = accounts.Where((_, i) => answers[i].Coupled).ToList();
        var count = await stack.CountCouplingRowsAsync([customer, .. accounts]);
        await RecordAsync("one customer", answers, count);
        Assert.All(answers, a => Assert.True(a.Status < 500, $"HTTP {a.Status}: {a.Text}"));
        Assert.Single(coupled);
        Assert.Equal(Requests - 1, answers.Count(a => a.Refused));
        Assert.All(answers.Where(a => a.Refused), a => Assert.Contains("Customer RC100 is already coupled", a.Text, StringComparison.Ordinal));
        Assert.Equal(new CouplingRowCount(1, 1, 0), count);
        Assert.Equal(coupled[0].ToString(), (await CouplingsAsync())[customer.ToString()]);
    }

    [Fact]
    public async Task SetUpCoupling_FiftyCustomersAtOnceToOneAccount_OneCouplingAndTheRestToldAlreadyCoupled()
    {
        var stack = fixture.Stack;
        var account = Ids.Of(Ids.Account, 200);
        var numbers = Enumerable.Range(1, Requests).Select(i => $"RC2{i:00}").ToList();
        var customers = numbers.Select((_, i) => Ids.Of(Ids.Customer, 200 + i + 1)).ToList();
        await stack.BulkAsync(
            numbers.Select((number, i) => new { id = customers[i], number, displayName = $"Contested Account Customer {i + 1:00}" }),
            [new { accountid = account, name = "Contested Account" }]);

        var answers = await AtOnce.RunAsync([.. numbers.Select(number => (Func<Task<Answer>>)(() => SetUpAsync(number, account)))]);

        var count = await stack.CountCouplingRowsAsync([account, .. customers]);
        await RecordAsync("one account", answers, count);
        Assert.All(answers, a => Assert.True(a.Status < 500, $"HTTP {a.Status}: {a.Text}"));
        Assert.Single(answers, a => a.Coupled);
        Assert.Equal(Requests - 1, answers.Count(a => a.Refused));
        Assert.All(answers.Where(a => a.Refused), a => Assert.Contains("Contested Account is already coupled", a.Text, StringComparison.Ordinal));

        Assert.Equal(new CouplingRowCount(1, 1, 0), count);
        Assert.Contains(account.ToString(), (await CouplingsAsync()).Values);
    }

    // Set Up Coupling on the set-up card, without the sync after it.
    private async Task<Answer> SetUpAsync(string number, Guid account)
    {
        using var response = await fixture.Stack.TapAsync(CardVerbs.SetUpCoupling,
            new { customerNumber = number, accountId = account.ToString(), syncAfterCoupling = "false", direction = "toSales" });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            return new Answer((int)response.StatusCode, body);
        }

        var invoke = JsonDocument.Parse(body).RootElement;
        return new Answer(invoke.GetProperty("statusCode").GetInt32(), CardText.Joined(invoke.GetProperty("value")));
    }

    // Business Central id -> Sales id, from the forward rows.
    private async Task<IReadOnlyDictionary<string, string>> CouplingsAsync()
    {
        var couplings = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var row in fixture.Stack.Couplings.QueryAsync<Azure.Data.Tables.TableEntity>(r => r.RowKey.CompareTo("bc|") >= 0 && r.RowKey.CompareTo("bc}") < 0))
        {
            couplings[row.GetString("BusinessCentralId")] = row.GetString("SalesId");
        }

        return couplings;
    }

    private static async Task RecordAsync(string what, IReadOnlyList<Answer> answers, CouplingRowCount count)
    {
        await ReliabilityFigures.RecordAsync(Area, $"couple requests at once ({what})", answers.Count);
        await ReliabilityFigures.RecordAsync(Area, $"couplings made ({what})", answers.Count(a => a.Coupled));
        await ReliabilityFigures.RecordAsync(Area, $"refused as already coupled ({what})", answers.Count(a => a.Refused));
        await ReliabilityFigures.RecordAsync(Area, $"5xx answers ({what})", answers.Count(a => a.Status >= 500));
        await ReliabilityFigures.RecordAsync(Area, $"orphan coupling rows ({what})", count.Orphans);
    }

    /// <summary>An invoke's status and its card's text.</summary>
    private sealed record Answer(int Status, string Text)
    {
        public bool Refused => Status == 200 && Text.Contains("already coupled", StringComparison.OrdinalIgnoreCase);

        public bool Coupled => Status == 200 && !Refused && !Text.Contains("not found", StringComparison.OrdinalIgnoreCase);
    }
}
