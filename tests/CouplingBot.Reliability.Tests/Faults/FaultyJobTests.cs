using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Sync;
using CouplingBot.Reliability.Tests.Suite;

namespace CouplingBot.Reliability.Tests.Faults;

/// <summary>
/// A sync job of 5,000 coupled records, run by a worker in its own OS process while the sandbox injects faults on both
/// services (10 % 429 with <c>Retry-After</c>, 5 % 503, 1 % timeouts, 1 % dropped connections), with the worker killed
/// twice mid-job (SIGKILL of the process tree, at a third and at two thirds of the job) and a new one started each
/// time. A checker then compares both sides record by record: no account created, no change lost (every change not in
/// Sales is a failure the job log names), the counters' failures equal to the job's error rows; the failed records,
/// synchronized again once the faults stop, converge too. The worker syncs the job in chunks of 50 records (reads and
/// writes in <c>$batch</c>es), so a fault hits a whole batch and a kill lands with a chunk in flight.
/// </summary>
public sealed class FaultyJobTests
{
    private const int Records = 5000;
    private const string Area = "Faults";
    private const string Mapping = "CUSTOMER";
    private static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(8);

    /// <summary>Share of all requests per fault, in the order the rules are posted (the sandbox applies the first that wins its draw).</summary>
    private static readonly (string Kind, double Share, object Effect)[] Faults =
    [
        ("429 Too Many Requests", 0.10, new { status = 429, retryAfterSeconds = 1 }),
        ("503 Service Unavailable", 0.05, new { status = 503 }),
        ("timeouts", 0.01, new { timeout = true }),
        ("dropped connections", 0.01, new { dropConnection = true }),
    ];

    [Fact]
    public async Task SyncJob_UnderFaultsWithTheWorkerKilledTwice_LosesAndDuplicatesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var stack = await FaultsStack.StartAsync(ct);
        var pairs = FaultPair.Generate(Records);
        await SeedAsync(stack, pairs, ct);
        var accountsBefore = (await stack.Sandbox.AccountsAsync(ct)).Count;
        await InjectFaultsAsync(stack.Sandbox, ct);

        var workers = new List<WorkerProcess>();
        try
        {
            workers.Add(await WorkerProcess.StartAsync("faults-worker-1", stack.WorkerSettings(), ct));
            var jobId = await stack.Jobs.EnqueueAsync(JobRequest.ForAll(JobKind.Sync, Mapping, SyncDirection.ToSales, "faults-test"), ct);
            for (var kill = 1; kill <= 2; kill++)
            {
                var seen = await WaitAsync(stack.Jobs, jobId, j => j.IsFinished || j.Checkpoint >= Records * kill / 3, ct);
                Assert.False(seen.IsFinished, $"The job ended before kill {kill}: {seen.Status}, checkpoint {seen.Checkpoint}.");
                await workers[^1].KillAsync();
                workers.Add(await WorkerProcess.StartAsync($"faults-worker-{kill + 1}", stack.WorkerSettings(), ct));
            }

            var job = await WaitAsync(stack.Jobs, jobId, j => j.IsFinished, ct);
            var counts = await stack.Sandbox.StatsAsync(ct);
            var applied = await stack.Sandbox.FaultsAppliedAsync(ct);
            await stack.Sandbox.ClearFaultsAsync(ct);
            var retries = workers.Sum(w => w.RetriesLogged);
            var errors = await stack.Jobs.ErrorsAsync(jobId, ct);
            var failed = errors.Select(e => e.Record).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var check = PairChecker.Check(pairs, await stack.Sandbox.CustomersAsync(ct), await stack.Sandbox.AccountsAsync(ct), accountsBefore, failed);

            // The failures the job log names, synchronized again now that the services behave: they converge too.
            var retried = failed.Count == 0 ? null : await WaitAsync(
                stack.Jobs, await stack.Jobs.EnqueueAsync(JobRequest.For(JobKind.Sync, Mapping, [.. failed.Order(StringComparer.Ordinal)], SyncDirection.ToSales, "faults-test"), ct),
                j => j.IsFinished, ct);
            var after = PairChecker.Check(pairs, await stack.Sandbox.CustomersAsync(ct), await stack.Sandbox.AccountsAsync(ct), accountsBefore, failed);

            await RecordAsync(job, counts, applied, retries, errors.Count, check, after);
            Assert.Empty(check.NotChanged);
            Assert.Equal(JobStatus.Completed, job.Status);
            Assert.Equal(Records, job.Counters.Total);
            Assert.All(applied, a => Assert.True(a > 0, "Every kind of fault was injected at least once."));
            Assert.Equal(0, check.Duplicates);
            Assert.True(check.Lost.Count == 0, $"Changes lost (not in Sales, not in the job log): {string.Join(", ", check.Lost.Take(20))}");
            Assert.Equal(job.Counters.Failed, errors.Count);
            Assert.All(errors, e => Assert.Contains(e.Record, pairs.Select(p => p.Number)));
            Assert.True(check.Diverged.All(failed.Contains), $"Pairs not converged and not in the job log: {string.Join(", ", check.Diverged.Where(n => !failed.Contains(n)).Take(20))}");
            Assert.True(retried is null || retried is { Status: JobStatus.Completed, Counters.Failed: 0 }, $"The retry of the failures: {retried}");
            Assert.True(after.Diverged.Count == 0, $"Pairs not converged after the retry: {string.Join(", ", after.Diverged.Take(20))}");
            Assert.Empty(after.NotArrived);
            Assert.Equal(0, after.Duplicates);
        }
        finally
        {
            foreach (var worker in workers)
            {
                await worker.KillAsync();
            }
        }
    }

    /// <summary>
    /// 5,000 customers and their accounts through the bulk endpoint, coupled through the engine's store (as coupled and
    /// never synchronized), then every customer renamed and given a new phone in Business Central.
    /// </summary>
    private static async Task SeedAsync(FaultsStack stack, IReadOnlyList<FaultPair> pairs, CancellationToken ct)
    {
        await stack.Sandbox.BulkAsync(
            new { businessCentral = new { customers = pairs.Select(p => p.CustomerBody()) }, dataverse = new { accounts = pairs.Select(p => p.AccountBody()) } }, ct);
        var coupledAt = DateTimeOffset.UtcNow;
        var added = 0;
        await Parallel.ForEachAsync(pairs, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = ct }, async (pair, token) =>
        {
            var coupling = new Coupling(Mapping, pair.CustomerId.ToString(), pair.AccountId.ToString(), pair.Number, pair.Name, coupledAt, "faults-test");
            if (await stack.Couplings.TryAddAsync(coupling, token))
            {
                Interlocked.Increment(ref added);
            }
        });
        Assert.Equal(pairs.Count, added);
        await stack.Sandbox.BulkAsync(new { businessCentral = new { customers = pairs.Select(p => p.ChangeBody()) } }, ct);
    }

    /// <summary>Posts the fault rules on both services (seeded draws) and clears the statistics.</summary>
    private static async Task InjectFaultsAsync(SandboxControl sandbox, CancellationToken ct)
    {
        var taken = 0.0;
        var seed = 7000;
        foreach (var (_, share, effect) in Faults)
        {
            // A rule only draws for the requests the rules before it let through: scale its fraction so its share of all requests is the one named.
            var fraction = share / (1 - taken);
            taken += share;
            var rule = System.Text.Json.JsonSerializer.SerializeToNode(effect)!.AsObject();
            rule["fraction"] = fraction;
            rule["seed"] = seed++;
            await sandbox.AddFaultAsync(rule, ct);
        }

        await sandbox.ClearStatsAsync(ct);
    }

    private static async Task<JobInfo> WaitAsync(IJobQueue jobs, string jobId, Func<JobInfo, bool> until, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(JobTimeout);
        while (true)
        {
            if (await jobs.GetAsync(jobId, deadline.Token) is { } job && until(job))
            {
                return job;
            }

            await Task.Delay(1000, deadline.Token); // the row holds the 5,000 item keys: poll it gently
        }
    }

    private static async Task RecordAsync(
        JobInfo job, SandboxCounts counts, IReadOnlyList<int> applied, int retries, int errorRows, PairCheck check, PairCheck after)
    {
        await ReliabilityFigures.RecordAsync(Area, "records", check.Pairs);
        await ReliabilityFigures.RecordAsync(Area, "requests to the services", counts.Requests);
        await ReliabilityFigures.RecordAsync(Area, "faults injected", counts.FaultsInjected);
        for (var i = 0; i < Faults.Length; i++)
        {
            await ReliabilityFigures.RecordAsync(Area, $"faults injected: {Faults[i].Kind}", applied[i]);
        }

        await ReliabilityFigures.RecordAsync(Area, "retries (logged by the workers)", retries);
        await ReliabilityFigures.RecordAsync(Area, "worker kills", 2);
        await ReliabilityFigures.RecordAsync(Area, "records modified", job.Counters.Modified);
        await ReliabilityFigures.RecordAsync(Area, "records unchanged (written before a kill, re-run)", job.Counters.Unchanged);
        await ReliabilityFigures.RecordAsync(Area, "failures", job.Counters.Failed);
        await ReliabilityFigures.RecordAsync(Area, "failures visible in the job log", errorRows);
        await ReliabilityFigures.RecordAsync(Area, "pairs converged after the job", check.Converged);
        await ReliabilityFigures.RecordAsync(Area, "pairs converged after retrying the failures", after.Converged);
        await ReliabilityFigures.RecordAsync(Area, "duplicates", check.Duplicates);
        await ReliabilityFigures.RecordAsync(Area, "lost updates", check.Lost.Count);
    }
}
