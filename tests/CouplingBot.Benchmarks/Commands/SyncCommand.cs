using System.Diagnostics;
using CouplingBot.Engine.Hosting;
using CouplingBot.Engine.Incremental;
using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Benchmarks.Commands;

/// <summary>
/// The work of one measured sync run: an engine host configured by <c>--Section:Key=value</c> settings (the services,
/// storage, <c>Sync:Strategy</c>), then a couple job over every uncoupled customer or one incremental run of CUSTOMER.
/// Run in a child process by the benchmark so the peak working set is the sync's alone.
/// </summary>
internal static class SyncCommand
{
    private const string Mapping = "CUSTOMER";
    private static readonly TimeSpan JobPoll = TimeSpan.FromMilliseconds(100);

    /// <summary>Runs the sync and answers its figures.</summary>
    public static async Task<SyncFigures> RunAsync(SyncKind kind, IReadOnlyList<string> settings, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder([.. settings]);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddCouplingEngine().AddCouplingIncrementalSync().AddCouplingJobs();
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            var (records, failed, detail) = kind == SyncKind.Initial
                ? await CoupleAllAsync(host.Services, cancellationToken)
                : await IncrementalAsync(host.Services, cancellationToken);
            var wall = clock.Elapsed.TotalSeconds;
            using var self = Process.GetCurrentProcess();
            self.Refresh();
            return new SyncFigures(records, failed, wall, self.PeakWorkingSet64, detail);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<(int Records, int Failed, string Detail)> CoupleAllAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var jobs = services.GetRequiredService<IJobQueue>();
        var request = JobRequest.Couple(Mapping, null, new MatchCriteria([], CreateNewIfNoMatch: true), "benchmark");
        var id = await jobs.EnqueueAsync(request, cancellationToken);
        while (true)
        {
            await Task.Delay(JobPoll, cancellationToken);
            if (await jobs.GetAsync(id, cancellationToken) is { IsFinished: true } job)
            {
                var c = job.Counters;
                return (c.Inserted + c.Coupled, c.Failed, $"job {job.Status}: {c.Inserted} inserted, {c.Coupled} coupled, {c.Skipped} skipped, {c.Failed} failed{(job.Message is { } m ? ": " + m : "")}");
            }
        }
    }

    private static async Task<(int Records, int Failed, string Detail)> IncrementalAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var mapping = services.GetRequiredService<MappingCatalog>()[Mapping];
        var r = await services.GetRequiredService<IIncrementalSync>().RunAsync(mapping, cancellationToken);
        return (r.ModifiedInSales + r.ModifiedInBusinessCentral, r.Failed,
            $"BC changes {r.BusinessCentralChanges}, Sales changes {r.SalesChanges}, to Sales {r.ModifiedInSales}, to BC {r.ModifiedInBusinessCentral}, "
            + $"unchanged {r.Unchanged}, conflicts {r.Conflicts}, failed {r.Failed}");
    }
}
