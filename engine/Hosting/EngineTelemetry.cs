using System.Diagnostics;
using System.Diagnostics.Metrics;
using CouplingBot.Engine.Jobs;

namespace CouplingBot.Engine.Hosting;

/// <summary>
/// The engine's telemetry: the <see cref="ActivitySource"/> and <see cref="Meter"/> names a host
/// subscribes to, and the job counters. Calls to Business Central and Dataverse are measured by the
/// host's HttpClient instrumentation, so the engine adds no counters of its own for them.
/// Tags carry kinds and outcomes only, never record keys or data.
/// </summary>
public sealed class EngineTelemetry : IDisposable
{
    /// <summary>The name of the engine's activity source.</summary>
    public const string SourceName = "CouplingBot.Engine";

    /// <summary>The name of the engine's meter.</summary>
    public const string MeterName = "CouplingBot.Engine";

    /// <summary>The counter of jobs that ended, tagged <c>job.kind</c> and <c>job.status</c>.</summary>
    public const string JobsEndedCounter = "couplingbot.jobs.ended";

    /// <summary>The counter of the items of ended jobs, tagged <c>job.kind</c> and <c>item.outcome</c>.</summary>
    public const string JobItemsCounter = "couplingbot.jobs.items";

    private readonly Meter _meter;
    private readonly Counter<long> _jobs;
    private readonly Counter<long> _items;

    /// <summary>Creates the meter and its instruments from the host's meter factory.</summary>
    public EngineTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _jobs = _meter.CreateCounter<long>(JobsEndedCounter, "{job}", "Jobs that ended, by kind and status.");
        _items = _meter.CreateCounter<long>(JobItemsCounter, "{item}", "Items of ended jobs, by kind and outcome.");
    }

    /// <summary>The engine's activity source (spans for work the engine does outside a request).</summary>
    public ActivitySource Source { get; } = new(SourceName);

    /// <summary>Counts a job that ended and its items by outcome.</summary>
    public void JobEnded(JobInfo job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var kind = new KeyValuePair<string, object?>("job.kind", job.Request.Kind.ToString());
        _jobs.Add(1, kind, new("job.status", job.Status.ToString()));
        AddItems(kind, JobItemOutcome.Inserted, job.Counters.Inserted);
        AddItems(kind, JobItemOutcome.Modified, job.Counters.Modified);
        AddItems(kind, JobItemOutcome.Unchanged, job.Counters.Unchanged);
        AddItems(kind, JobItemOutcome.Skipped, job.Counters.Skipped);
        AddItems(kind, JobItemOutcome.Failed, job.Counters.Failed);
        AddItems(kind, JobItemOutcome.Coupled, job.Counters.Coupled);
        AddItems(kind, JobItemOutcome.Uncoupled, job.Counters.Uncoupled);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Source.Dispose();
        _meter.Dispose();
    }

    private void AddItems(KeyValuePair<string, object?> kind, JobItemOutcome outcome, int count)
    {
        if (count > 0)
        {
            _items.Add(count, kind, new("item.outcome", outcome.ToString()));
        }
    }
}
