using CouplingBot.Engine.Incremental;

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
        Assert.Single(journal, e => e is { Service: "bc", Method: "POST" } && e.PathAndQuery.Contains("/$batch", StringComparison.Ordinal));
        Assert.Single(journal, e => e is { Service: "dataverse", Method: "POST" } && e.PathAndQuery.Contains("/$batch", StringComparison.Ordinal));
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

        Assert.Equal(small, large);
        Assert.Equal(4, large); // BC changes, Sales delta, the counterpart's read, one $batch
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

    private async Task<int> RequestsForOneChangeAsync(int coupled)
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
        return sandbox.Journal.List().Count;
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
