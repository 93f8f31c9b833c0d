using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;
using CouplingBot.Sandbox.Storage;
using Microsoft.Extensions.DependencyInjection;
using static CouplingBot.Engine.Tests.Jobs.JobTestData;

namespace CouplingBot.Engine.Tests.Jobs;

/// <summary>Undo of the last sync, from SyncHistory.</summary>
public sealed class SyncUndoTests(JobsFixture fixture) : IClassFixture<JobsFixture>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(fixture.ResetSandboxAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task UndoLastSync_AfterJob_RestoresOldValuesAndRecordsIt()
    {
        await using var host = new JobsHost(fixture, JobNames.Unique());
        await CoupleAsync(host, count: 1);
        var ct = TestContext.Current.CancellationToken;
        await host.StartWorkerAsync();
        await host.WaitForEndAsync(await host.Queue.EnqueueAsync(SyncToSales("10000"), ct));
        Assert.Equal("The Cannon Group PLC", await AccountNameAsync(host));

        var undo = await host.Undo.UndoLastSyncAsync(CustomerMapping.Default, "10000", "undoer", ct);
        var again = await host.Undo.UndoLastSyncAsync(CustomerMapping.Default, "10000", "undoer", ct);

        Assert.Equal(UndoOutcome.Undone, undo.Outcome);
        Assert.Equal("Cannon Group", await AccountNameAsync(host));
        Assert.Equal(UndoOutcome.NothingToUndo, again.Outcome);
        var history = await host.History.ListAsync(CustomerMapping.Name, "10000", 10, ct);
        Assert.Equal([true, false], history.Select(h => h.IsUndo));
        Assert.Equal("undoer", history[0].By);
        Assert.Contains(new FieldEdit("name", "The Cannon Group PLC", "Cannon Group"), history[0].Fields);
    }

    [Fact]
    public async Task UndoLastSync_TargetEditedSince_RefusesAndWritesNothing()
    {
        await using var host = new JobsHost(fixture, JobNames.Unique());
        await CoupleAsync(host, count: 1);
        var ct = TestContext.Current.CancellationToken;
        await host.StartWorkerAsync();
        await host.WaitForEndAsync(await host.Queue.EnqueueAsync(SyncToSales("10000"), ct));
        var sales = host.Services.GetRequiredService<ServiceClients>().Sales;
        var account = SandboxSeed.CannonGroupAccountId.ToString();
        var current = await sales.GetAsync(CustomerMapping.Accounts, account, ["name"], ct);
        await sales.UpdateAsync(CustomerMapping.Accounts, account, current!.ETag, new Dictionary<string, string?> { ["name"] = "Edited Later" }, ["name"], ct);

        var undo = await host.Undo.UndoLastSyncAsync(CustomerMapping.Default, "10000", "undoer", ct);

        Assert.Equal(UndoOutcome.ChangedSince, undo.Outcome);
        Assert.Equal("Edited Later", await AccountNameAsync(host));
        Assert.Single(await host.History.ListAsync(CustomerMapping.Name, "10000", 10, ct));
    }

    [Fact]
    public async Task UndoLastSync_NoHistory_NothingToUndo()
    {
        await using var host = new JobsHost(fixture, JobNames.Unique());

        var undo = await host.Undo.UndoLastSyncAsync(CustomerMapping.Default, "10000", "undoer", TestContext.Current.CancellationToken);

        Assert.Equal(UndoOutcome.NothingToUndo, undo.Outcome);
        Assert.Null(undo.Entry);
    }

    private static async Task<string?> AccountNameAsync(JobsHost host)
    {
        var sales = host.Services.GetRequiredService<ServiceClients>().Sales;
        var account = await sales.GetAsync(CustomerMapping.Accounts, SandboxSeed.CannonGroupAccountId.ToString(), ["name"], TestContext.Current.CancellationToken);
        return account?["name"];
    }
}
