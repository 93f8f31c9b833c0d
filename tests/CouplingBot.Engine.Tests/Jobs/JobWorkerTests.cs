using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Sandbox.Storage;
using static CouplingBot.Engine.Tests.Jobs.JobTestData;

namespace CouplingBot.Engine.Tests.Jobs;

/// <summary>The worker against the sandbox and Azurite: counters, errors, history, notification.</summary>
public sealed class JobWorkerTests(JobsFixture fixture) : IClassFixture<JobsFixture>, IAsyncLifetime
{
    public ValueTask InitializeAsync() => new(fixture.ResetSandboxAsync());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task SyncJob_SeveralCustomers_CompletesWithCountersHistoryAndNotification()
    {
        await using var host = new JobsHost(fixture, JobNames.Unique(), checkpointEvery: 2);
        await CoupleAsync(host);
        var ct = TestContext.Current.CancellationToken;

        var jobId = await host.Queue.EnqueueAsync(SyncToSales("10000", "20000", "30000", "40000"), ct);
        var queued = await host.Queue.GetAsync(jobId, ct);
        await host.StartWorkerAsync();
        var job = await host.WaitForEndAsync(jobId);

        Assert.Equal(JobStatus.Queued, queued!.Status);
        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.Empty(await host.Queue.ErrorsAsync(jobId, ct));
        Assert.Equal(new JobCounters(Modified: 3, Skipped: 1), job.Counters);
        Assert.Equal(4, job.Checkpoint);
        Assert.Equal("tester", job.Request.RequestedBy);
        Assert.Equal("conversation-ref", job.Request.ConversationReference);
        Assert.NotNull(job.StartedAt);
        Assert.NotNull(job.FinishedAt);
        var writes = await fixture.DataverseWritesAsync();
        Assert.Equal(3, writes.Count);
        Assert.Equal(3, writes.Distinct(StringComparer.Ordinal).Count());

        var history = Assert.Single(await host.History.ListAsync(CustomerMapping.Name, "10000", 10, ct));
        Assert.Equal(jobId, history.JobId);
        Assert.Equal("tester", history.By);
        Assert.Equal(Side.Sales, history.Target);
        Assert.Equal(SandboxSeed.CannonGroupAccountId.ToString(), history.TargetId);
        Assert.Contains(new FieldEdit("name", "Cannon Group", "The Cannon Group PLC"), history.Fields);

        var told = Assert.Single(host.Notifier.Ended);
        Assert.Equal(jobId, told.Id);
        Assert.Equal(JobStatus.Completed, told.Status);
    }

    [Fact]
    public async Task SyncJob_SomeRecordsFail_ErrorsRecordedAndJobCompletes()
    {
        await using var host = new JobsHost(fixture, JobNames.Unique());
        await CoupleAsync(host, count: 2);
        // Dataverse refuses that one account's write inside the $batch (as a plug-in would).
        await fixture.AddFaultAsync(new { service = "dataverse", method = "PATCH", pathContains = SandboxSeed.SelangorianAccountId.ToString(), status = 400, batchParts = true });
        var ct = TestContext.Current.CancellationToken;

        var jobId = await host.Queue.EnqueueAsync(SyncToSales("10000", "20000", "99999"), ct);
        await host.StartWorkerAsync();
        var job = await host.WaitForEndAsync(jobId);

        Assert.Equal(JobStatus.Completed, job.Status);
        Assert.Equal(new JobCounters(Modified: 1, Failed: 2), job.Counters);
        var errors = await host.Queue.ErrorsAsync(jobId, ct);
        Assert.Equal([(1, "20000"), (2, "99999")], errors.Select(e => (e.Index, e.Record)));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        Assert.Contains("does not exist", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PoisonMessage_TakenTooOften_JobFailedAndMessageDeleted()
    {
        await using var host = new JobsHost(fixture, JobNames.Unique(), maxDequeueCount: 1);
        var ct = TestContext.Current.CancellationToken;
        var messages = (JobMessages)host.Services.GetService(typeof(JobMessages))!;
        var jobId = await host.Queue.EnqueueAsync(SyncToSales("40000"), ct);

        // A worker that takes the message and dies: the message comes back after its timeout, taken once already.
        Assert.NotNull(await messages.ReceiveAsync(TimeSpan.FromSeconds(1), ct));
        await host.StartWorkerAsync();
        var job = await host.WaitForEndAsync(jobId);

        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Contains("not tried again", job.Message, StringComparison.Ordinal);
        Assert.Equal(0, job.Counters.Total);
        Assert.Equal(JobStatus.Failed, Assert.Single(host.Notifier.Ended).Status);
        await host.CrashWorkerAsync();
        Assert.Null(await messages.ReceiveAsync(TimeSpan.FromSeconds(1), ct));
    }

    [Fact]
    public async Task Worker_QueueUnreachable_KeepsRunningUntilStopped()
    {
        var unreachable = fixture.StorageConnectionString.Split(';', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith("QueueEndpoint=", StringComparison.Ordinal))
            .Append("QueueEndpoint=http://127.0.0.1:9/devstoreaccount1");
        await using var host = new JobsHost(fixture, JobNames.Unique(), connectionString: string.Join(';', unreachable));

        await host.StartWorkerAsync();
        while (!host.Logs.EventIds.Contains(1106))
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.False(host.Worker!.ExecuteTask!.IsCompleted);
        await host.CrashWorkerAsync();
        Assert.True(host.Worker.ExecuteTask.IsCompletedSuccessfully);
    }
}
