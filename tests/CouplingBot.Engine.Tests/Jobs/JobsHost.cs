using System.Globalization;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Hosting;
using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Engine.Tests.Jobs;

/// <summary>
/// One "process": the engine and jobs built by AddCouplingEngine + AddCouplingJobs against the sandbox
/// and Azurite, with small timings. <paramref name="wrap"/> may decorate the item processor. Items of a job run one
/// at a time unless <paramref name="itemParallelism"/> says otherwise, so tests can name the item a crash follows;
/// <paramref name="settings"/> overrides any other configuration value.
/// </summary>
public sealed class JobsHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private JobWorker? _worker;
    private CancellationTokenSource? _stop;

    public JobsHost(
        JobsFixture fixture, JobNames names, Func<IJobItemProcessor, IJobItemProcessor>? wrap = null,
        int maxDequeueCount = 5, int checkpointEvery = 1, string? connectionString = null, int chunkSize = 100, TableMapping? mapping = null,
        TimeProvider? clock = null, int itemParallelism = 1, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BusinessCentral:ApiUrl"] = $"{fixture.SandboxUrl}bc/v2.0/",
            ["BusinessCentral:Tenant"] = "jobs",
            ["BusinessCentral:Environment"] = "production",
            ["Dataverse:Url"] = $"{fixture.SandboxUrl}dataverse/",
            ["Storage:ConnectionString"] = connectionString ?? fixture.StorageConnectionString,
            ["Storage:CouplingsTable"] = names.Couplings,
            ["Jobs:QueueName"] = names.Queue,
            ["Jobs:JobsTable"] = names.Jobs,
            ["Jobs:ErrorsTable"] = names.Errors,
            ["Jobs:HistoryTable"] = names.History,
            ["Jobs:VisibilityTimeout"] = "00:00:02",
            ["Jobs:PollInterval"] = "00:00:00.050",
            ["Jobs:UnreachableRetryDelay"] = "00:00:00.200",
            ["Jobs:CheckpointEvery"] = checkpointEvery.ToString(CultureInfo.InvariantCulture),
            ["Jobs:MaxDequeueCount"] = maxDequeueCount.ToString(CultureInfo.InvariantCulture),
            ["Jobs:ChunkSize"] = chunkSize.ToString(CultureInfo.InvariantCulture),
            ["Jobs:ItemParallelism"] = itemParallelism.ToString(CultureInfo.InvariantCulture),
            ["Jobs:ProgressInterval"] = "00:00:05",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        // The shipped catalog (CUSTOMER's lookups need CURRENCY and SALESPEOPLE), with CUSTOMER replaced by
        // the test's mapping when it gives one (couple jobs that create Sales records pass ServiceSandbox's).
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration)
            .AddSingleton(MappingCatalog.Create([.. MappingCatalog.Default.InDependencyOrder.Select(m => m.Name == CustomerMapping.Name ? mapping ?? CustomerMapping.Default : m)]))
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddProvider(Logs)).AddCouplingEngine();
        services.AddSingleton<IJobItemProcessor>(sp =>
        {
            var inner = new CouplingJobItemProcessor(
                sp.GetRequiredService<CouplingService>(), sp.GetRequiredService<ServiceClients>(), sp.GetRequiredService<ICouplingStore>(), sp.GetRequiredService<MappingCatalog>());
            return wrap is null ? inner : wrap(inner);
        });
        services.AddSingleton<IJobCompletionNotifier>(Notifier);
        services.AddSingleton<IJobProgressNotifier>(Progress);
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddCouplingJobs();
        _services = services.BuildServiceProvider();
    }

    public IServiceProvider Services => _services;

    public RecordingNotifier Notifier { get; } = new();

    /// <summary>The progress reports the runner made (<c>Jobs:ProgressInterval</c> is 5 seconds).</summary>
    public RecordingProgress Progress { get; } = new();

    public EventIdLog Logs { get; } = new();

    /// <summary>The worker, once started.</summary>
    public JobWorker? Worker => _worker;

    public IJobQueue Queue => _services.GetRequiredService<IJobQueue>();

    public CouplingService Couplings => _services.GetRequiredService<CouplingService>();

    public ICouplingStore CouplingStore => _services.GetRequiredService<ICouplingStore>();

    public ServiceClients Clients => _services.GetRequiredService<ServiceClients>();

    public SyncHistoryStore History => _services.GetRequiredService<SyncHistoryStore>();

    public SyncUndo Undo => _services.GetRequiredService<SyncUndo>();

    /// <summary>Starts this host's worker; <see cref="CrashWorkerAsync"/> cancels it abruptly.</summary>
    public async Task StartWorkerAsync()
    {
        _worker = _services.GetServices<IHostedService>().OfType<JobWorker>().Single();
        _stop = new CancellationTokenSource();
        await _worker.StartAsync(_stop.Token);
    }

    /// <summary>Cancels the worker's token wherever it is, then waits for it to unwind.</summary>
    public async Task CrashWorkerAsync()
    {
        await _stop!.CancelAsync();
        await _worker!.StopAsync(CancellationToken.None);
    }

    /// <summary>Waits until the job is Completed or Failed.</summary>
    public async Task<JobInfo> WaitForEndAsync(string jobId, TimeSpan? timeout = null)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var job = await Queue.GetAsync(jobId, limit.Token);
            if (job is { IsFinished: true })
            {
                return job;
            }

            await Task.Delay(50, limit.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_worker is not null)
        {
            await CrashWorkerAsync();
            _stop!.Dispose();
        }

        await _services.DisposeAsync();
    }
}
