using CouplingBot.Engine.Incremental;
using CouplingBot.Sandbox.Control;

namespace CouplingBot.Engine.Tests.Incremental;

/// <summary>Incremental sync against the sandbox and Azurite: only changed coupled records flow, in batches.</summary>
public sealed class IncrementalSyncTests(IncrementalSandbox sandbox) : IClassFixture<IncrementalSandbox>
{
    private static readonly Engine.Mappings.TableMapping Mapping = IncrementalSandbox.Mapping;

    [Fact]
    public async Task OneEditOnEachSide_FlowsThroughBatches_AndTheSecondRunWritesNothing()
    {
        var rig = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        var pairs = await sandbox.CoupleNewAsync(rig, 3);
        var baseline = await rig.Sync.RunAsync(Mapping, ct);
        Assert.Equal((0, 0, 0), (baseline.ModifiedInSales, baseline.ModifiedInBusinessCentral, baseline.Failed));

        var customer = (await sandbox.BusinessCentral.GetAsync(Mapping.BusinessCentral, pairs[0].CustomerId, Mapping.BusinessCentralFields, ct))!;
        await sandbox.BusinessCentral.UpdateAsync(Mapping.BusinessCentral, customer.Id, customer.ETag,
            new Dictionary<string, string?> { ["city"] = "York" }, Mapping.BusinessCentralFields, ct);
        var account = (await sandbox.Sales.GetAsync(Mapping.Sales, pairs[1].AccountId, Mapping.SalesFields, ct))!;
        await sandbox.Sales.UpdateAsync(Mapping.Sales, account.Id, account.ETag,
            new Dictionary<string, string?> { ["telephone1"] = "+44 113 496 0000" }, Mapping.SalesFields, ct);
        sandbox.Journal.Clear();

        var run = await rig.Sync.RunAsync(Mapping, ct);

        Assert.Equal((1, 1, 0, 0, 0), (run.ModifiedInSales, run.ModifiedInBusinessCentral, run.Conflicts, run.Failed, run.SkippedUncoupled));
        Assert.Equal("York", (await sandbox.Sales.GetAsync(Mapping.Sales, pairs[0].AccountId, Mapping.SalesFields, ct))!["address1_city"]);
        Assert.Equal("+44 113 496 0000",
            (await sandbox.BusinessCentral.GetAsync(Mapping.BusinessCentral, pairs[1].CustomerId, Mapping.BusinessCentralFields, ct))!["phoneNumber"]);
        var journal = sandbox.Journal.List();
        Assert.DoesNotContain(journal, e => e.Method == "PATCH");
        // Business Central: one $batch reading the counterpart of the Sales edit, one $batch writing. Sales: one $batch
        // writing only; the account the delta feed shows unchanged is written from its last synchronized state.
        Assert.Equal(2, journal.Count(e => e is { Service: "bc", Method: "POST" } && e.PathAndQuery.Contains("/$batch", StringComparison.Ordinal)));
        Assert.Single(journal, e => e is { Service: "bc", Method: "POST" } && e.Body.Contains("\"method\":\"GET\"", StringComparison.Ordinal));
        Assert.Single(journal, e => e is { Service: "dataverse", Method: "POST" } && e.PathAndQuery.Contains("/$batch", StringComparison.Ordinal));
        Assert.DoesNotContain(journal, e => e is { Service: "dataverse", Method: "POST" } && e.Body.Contains("GET http", StringComparison.Ordinal));
        Assert.Equal("Leeds", (await sandbox.Sales.GetAsync(Mapping.Sales, pairs[2].AccountId, Mapping.SalesFields, ct))!["address1_city"]);

        sandbox.Journal.Clear();
        var again = await rig.Sync.RunAsync(Mapping, ct);

        Assert.Equal((0, 0, 0, 0), (again.ModifiedInSales, again.ModifiedInBusinessCentral, again.Conflicts, again.Failed));
        Assert.Equal(2, again.Unchanged); // our own two writes came back in the feeds and were recognized
        Assert.DoesNotContain(sandbox.Journal.List(), e => e.Method is "POST" or "PATCH");
        Assert.Equal(2, sandbox.Journal.List(method: "GET").Count); // the two feeds only: no counterpart was read
    }

    [Fact]
    public async Task RequestsPerRun_DoNotGrowWithTheNumberOfCoupledRecords()
    {
        var small = await RequestsForOneChangeAsync(3);
        var large = await RequestsForOneChangeAsync(10);

        Assert.Equal(small.Count, large.Count);

        // BC changes, Sales delta, one $batch writing the counterpart (unchanged in the feed, so not read); besides
        // those, only reads of the lookups' reference records (payment terms, the salesperson), which follow distinct values, not N.
        Assert.Equal(3, large.Count(e => !IsLookupRead(e)));
        Assert.All(large.Where(IsLookupRead), e => Assert.Equal("GET", e.Method));
    }

    [Fact]
    public async Task CounterpartsOfManyChanges_AreReadInBatches_OneRequestPerBatchLimit()
    {
        var rig = await sandbox.StartTestAsync(batchSize: 2);
        var ct = TestContext.Current.CancellationToken;
        var pairs = await sandbox.CoupleNewAsync(rig, 5);
        await rig.Sync.RunAsync(Mapping, ct);
        foreach (var (_, _, accountId) in pairs)
        {
            await EditAccountAsync(accountId, "address1_city", "Ripon", ct);
        }

        sandbox.Journal.Clear();

        var run = await rig.Sync.RunAsync(Mapping, ct);

        Assert.Equal((0, 5, 0), (run.ModifiedInSales, run.ModifiedInBusinessCentral, run.Failed));
        var journal = sandbox.Journal.List();
        var batches = journal.Where(e => e is { Service: "bc", Method: "POST" } && e.PathAndQuery.Contains("/$batch", StringComparison.Ordinal)).ToList();
        var reads = batches.Where(e => e.Body.Contains("\"method\":\"GET\"", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, reads.Count); // 5 counterparts, 2 per batch: ceil(5 / 2) requests, not 5
        Assert.Equal(5, reads.Sum(e => e.Body.Split("\"method\":\"GET\"", StringSplitOptions.None).Length - 1));
        Assert.Equal(3, batches.Count - reads.Count); // and as many batches writing them
        Assert.DoesNotContain(journal, e => e is { Service: "bc", Method: "GET" } && e.PathAndQuery.Contains("customers(", StringComparison.Ordinal));
        Assert.All(pairs, p => Assert.Contains(journal, e => e.Body.Contains(p.CustomerId, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task SalesCounterpartsTheFeedShowsUnchanged_AreWrittenInBatches_WithoutBeingRead()
    {
        var rig = await sandbox.StartTestAsync(batchSize: 2);
        var ct = TestContext.Current.CancellationToken;
        var pairs = await sandbox.CoupleNewAsync(rig, 5);
        await rig.Sync.RunAsync(Mapping, ct);
        foreach (var (customerId, _, _) in pairs)
        {
            await EditCustomerAsync(customerId, "city", "Ripon", ct);
        }

        sandbox.Journal.Clear();

        var run = await rig.Sync.RunAsync(Mapping, ct);

        Assert.Equal((5, 0, 0), (run.ModifiedInSales, run.ModifiedInBusinessCentral, run.Failed));
        var journal = sandbox.Journal.List(service: "dataverse");
        var batches = journal.Where(e => e.Method == "POST" && e.PathAndQuery.Contains("/$batch", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, batches.Count); // 5 writes, 2 per batch
        Assert.DoesNotContain(batches, e => e.Body.Contains("GET http", StringComparison.Ordinal));
        Assert.All(batches, e => Assert.Contains("If-Match", e.Body, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(journal, e => e.Method == "GET" && e.PathAndQuery.Contains("accounts(", StringComparison.Ordinal));
        foreach (var (_, _, accountId) in pairs)
        {
            Assert.Equal("Ripon", (await sandbox.Sales.GetAsync(Mapping.Sales, accountId, Mapping.SalesFields, ct))!["address1_city"]);
        }
    }

    [Fact]
    public async Task SalesRecordChangedUnseenByTheFeed_IsNotOverwritten_ButReadAndMergedInTheSameRun()
    {
        var rig = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        var pairs = await sandbox.CoupleNewAsync(rig, 2);
        await rig.Sync.RunAsync(Mapping, ct);

        // A Sales edit whose feed entry a run consumed without synchronizing the pair (as while a pair is Skipped):
        // the stored delta link moves past it, so the next run's feed does not show it.
        await EditAccountAsync(pairs[0].AccountId, "telephone1", "+44 1904 000000", ct);
        var stored = await rig.Watermarks.GetAsync(Mapping.Name, ct);
        string? moved = null;
        await foreach (var change in sandbox.Sales.ChangesAsync(Mapping.Sales, Mapping.SalesFields, stored.SalesDeltaLink, ct))
        {
            moved = (change as Engine.Clients.ChangesComplete)?.DeltaLink ?? moved;
        }

        await rig.Watermarks.SaveAsync(stored with { SalesDeltaLink = moved }, ct);
        await EditCustomerAsync(pairs[0].CustomerId, "city", "York", ct);
        sandbox.Journal.Clear();

        var run = await rig.Sync.RunAsync(Mapping, ct);

        Assert.Equal((1, 1, 0, 0), (run.ModifiedInSales, run.ModifiedInBusinessCentral, run.Conflicts, run.Failed));
        var account = (await sandbox.Sales.GetAsync(Mapping.Sales, pairs[0].AccountId, Mapping.SalesFields, ct))!;
        Assert.Equal(("York", "+44 1904 000000"), (account["address1_city"], account["telephone1"]));
        var customer = (await sandbox.BusinessCentral.GetAsync(Mapping.BusinessCentral, pairs[0].CustomerId, Mapping.BusinessCentralFields, ct))!;
        Assert.Equal("+44 1904 000000", customer["phoneNumber"]);
        var journal = sandbox.Journal.List(service: "dataverse");
        var batches = journal.Where(e => e.Method == "POST" && e.PathAndQuery.Contains("/$batch", StringComparison.Ordinal))
            .Select(e => e.Body.Contains("GET http", StringComparison.Ordinal) ? "read" : e.Body.Contains("PATCH http", StringComparison.Ordinal) ? "write" : "other");
        Assert.Equal(["write", "read", "write"], batches); // the write from the stored state refused (412), the account read, written merged

        sandbox.Journal.Clear();
        var again = await rig.Sync.RunAsync(Mapping, ct);
        Assert.Equal((0, 0, 0), (again.ModifiedInSales, again.ModifiedInBusinessCentral, again.Failed));
    }

    [Fact]
    public async Task ExpiredDeltaLink_FallsBackToAFullRead_AndStartsANewLink()
    {
        var rig = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        var pairs = await sandbox.CoupleNewAsync(rig, 2);
        await rig.Sync.RunAsync(Mapping, ct);
        var stored = await rig.Watermarks.GetAsync(Mapping.Name, ct);
        var expired = stored with { SalesDeltaLink = Expire(stored.SalesDeltaLink!) };
        await rig.Watermarks.SaveAsync(expired, ct);
        var account = (await sandbox.Sales.GetAsync(Mapping.Sales, pairs[1].AccountId, Mapping.SalesFields, ct))!;
        await sandbox.Sales.UpdateAsync(Mapping.Sales, account.Id, account.ETag,
            new Dictionary<string, string?> { ["address1_city"] = "Hull" }, Mapping.SalesFields, ct);

        var run = await rig.Sync.RunAsync(Mapping, ct);

        Assert.True(run.FullSalesRead);
        Assert.Equal((0, 1, 0), (run.ModifiedInSales, run.ModifiedInBusinessCentral, run.Failed));
        Assert.Equal("Hull", (await sandbox.BusinessCentral.GetAsync(Mapping.BusinessCentral, pairs[1].CustomerId, Mapping.BusinessCentralFields, ct))!["city"]);
        var renewed = await rig.Watermarks.GetAsync(Mapping.Name, ct);
        Assert.NotEqual(expired.SalesDeltaLink, renewed.SalesDeltaLink);
        var next = await rig.Sync.RunAsync(Mapping, ct);
        Assert.False(next.FullSalesRead);
        Assert.Equal((0, 0, 0), (next.ModifiedInSales, next.ModifiedInBusinessCentral, next.Failed));
    }

    private async Task EditCustomerAsync(string id, string field, string value, CancellationToken ct)
    {
        var customer = (await sandbox.BusinessCentral.GetAsync(Mapping.BusinessCentral, id, Mapping.BusinessCentralFields, ct))!;
        await sandbox.BusinessCentral.UpdateAsync(Mapping.BusinessCentral, customer.Id, customer.ETag,
            new Dictionary<string, string?> { [field] = value }, Mapping.BusinessCentralFields, ct);
    }

    private async Task EditAccountAsync(string id, string column, string value, CancellationToken ct)
    {
        var account = (await sandbox.Sales.GetAsync(Mapping.Sales, id, Mapping.SalesFields, ct))!;
        await sandbox.Sales.UpdateAsync(Mapping.Sales, account.Id, account.ETag, new Dictionary<string, string?> { [column] = value }, Mapping.SalesFields, ct);
    }

    private static bool IsLookupRead(JournalEntry entry) =>
        new[] { "/paymentTerms", "/salespeoplePurchasers", "/currencies", "/systemusers", "/transactioncurrencies" }
            .Any(set => entry.PathAndQuery.Contains(set, StringComparison.Ordinal));

    private async Task<IReadOnlyList<JournalEntry>> RequestsForOneChangeAsync(int coupled)
    {
        var rig = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        var pairs = await sandbox.CoupleNewAsync(rig, coupled);
        await rig.Sync.RunAsync(Mapping, ct);
        var customer = (await sandbox.BusinessCentral.GetAsync(Mapping.BusinessCentral, pairs[^1].CustomerId, Mapping.BusinessCentralFields, ct))!;
        await sandbox.BusinessCentral.UpdateAsync(Mapping.BusinessCentral, customer.Id, customer.ETag,
            new Dictionary<string, string?> { ["city"] = "Durham" }, Mapping.BusinessCentralFields, ct);
        sandbox.Journal.Clear();

        var run = await rig.Sync.RunAsync(Mapping, ct);

        Assert.Equal((1, 0, 0), (run.ModifiedInSales, run.ModifiedInBusinessCentral, run.Failed));
        return sandbox.Journal.List();
    }

    /// <summary>The link with its delta token's issue time moved years back (the sandbox token is <c>{version}!{MM/dd/yyyy HH:mm:ss}</c>).</summary>
    private static string Expire(string link)
    {
        const string Option = "$deltatoken=";
        var at = link.IndexOf(Option, StringComparison.OrdinalIgnoreCase) + Option.Length;
        var end = link.IndexOf('&', at) is var amp and >= 0 ? amp : link.Length;
        var token = Uri.UnescapeDataString(link[at..end]);
        var old = token[..(token.IndexOf('!', StringComparison.Ordinal) + 1)] + "01/01/2020 00:00:00";
        return link[..at] + Uri.EscapeDataString(old) + link[end..];
    }
}
