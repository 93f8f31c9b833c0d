using System.Net.Http.Json;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Tests.Service;

/// <summary>
/// Helpers for the synchronization tests over <see cref="ServiceSandbox"/>: a coupled customer synchronized
/// once (so it has a snapshot), edits made directly on either side, and the sandbox's fault rules.
/// </summary>
internal static class SyncScenario
{
    /// <summary>The customer the tests couple.</summary>
    public const string Number = "60000";

    /// <summary>CUSTOMER with only its enabled plain-copy fields (no lookups, option sets or money).</summary>
    public static TableMapping Mapping { get; } = CustomerMapping.Default with
    {
        Fields = [.. CustomerMapping.Default.Fields.Where(f => f.Enabled && f.IsPlainCopy)],
    };

    /// <summary>Creates the customer's account, couples it, synchronizes once to Sales, and clears the journal.</summary>
    public static async Task<CouplingService> CoupledAsync(ServiceSandbox sandbox, TableMapping mapping)
    {
        var (service, _) = await sandbox.StartTestAsync();
        var ct = TestContext.Current.CancellationToken;
        Assert.True((await service.CreateInSalesAsync(mapping, Number, "tester", ct)).Coupled);
        var first = await service.SynchronizeAsync(mapping, Number, SyncDirection.ToSales, "tester", ct);
        Assert.Contains(first.Outcome, new[] { SyncOutcome.Modified, SyncOutcome.Unchanged });
        sandbox.Journal.Clear();
        return service;
    }

    /// <summary>Writes <paramref name="values"/> on the Business Central customer, as someone in Business Central would.</summary>
    public static async Task EditBusinessCentralAsync(ServiceSandbox sandbox, CouplingService service, TableMapping mapping, Dictionary<string, string?> values)
    {
        var ct = TestContext.Current.CancellationToken;
        var record = (await service.FindAsync(mapping, Number, ct))!.Record;
        await sandbox.Clients.BusinessCentral.UpdateAsync(mapping.BusinessCentral, record.Id, record.ETag, values, mapping.BusinessCentralFields, ct);
    }

    /// <summary>Writes <paramref name="values"/> on the coupled account, as someone in Sales would.</summary>
    public static async Task EditSalesAsync(ServiceSandbox sandbox, CouplingService service, TableMapping mapping, Dictionary<string, string?> values)
    {
        var ct = TestContext.Current.CancellationToken;
        var sales = (await service.FindAsync(mapping, Number, ct))!.SalesRecord!;
        await sandbox.Clients.Sales.UpdateAsync(mapping.Sales, sales.Id, sales.ETag, values, mapping.SalesFields, ct);
    }

    /// <summary>Both records as they are now.</summary>
    public static async Task<(EntityRecord BusinessCentral, EntityRecord? Sales)> ReadAsync(CouplingService service, TableMapping mapping)
    {
        var lookup = (await service.FindAsync(mapping, Number, TestContext.Current.CancellationToken))!;
        return (lookup.Record, lookup.SalesRecord);
    }

    /// <summary>Adds a sandbox fault rule (<c>POST /_sandbox/faults</c>).</summary>
    public static async Task AddFaultAsync(ServiceSandbox sandbox, object rule) =>
        (await sandbox.Control.PostAsJsonAsync("_sandbox/faults", rule, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();

    /// <summary>Clears the sandbox's fault rules (<c>DELETE /_sandbox/faults</c>).</summary>
    public static async Task ClearFaultsAsync(ServiceSandbox sandbox) =>
        (await sandbox.Control.DeleteAsync("_sandbox/faults", TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
}
