using CouplingBot.Engine.Hosting;
using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Sync;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace CouplingBot.Bot.Tests.Hosting;

public sealed class EngineTelemetryTests
{
    [Fact]
    public void JobEnded_CountsTheJobAndItsItemsByOutcome()
    {
        var metrics = new List<Metric>();
        using var services = new ServiceCollection().AddMetrics().AddSingleton<EngineTelemetry>().BuildServiceProvider();
        using var provider = Sdk.CreateMeterProviderBuilder().AddMeter(EngineTelemetry.MeterName).AddInMemoryExporter(metrics).Build();
        var telemetry = services.GetRequiredService<EngineTelemetry>();
        var request = JobRequest.For(JobKind.Sync, "CUSTOMER", ["10000", "20000", "30000", "40000"], SyncDirection.ToSales, "Alex Wilber");
        var job = new JobInfo("job-1", request, request.Records, JobStatus.Completed, new JobCounters(Modified: 3, Failed: 1), 4, DateTimeOffset.UnixEpoch);

        telemetry.JobEnded(job);
        provider.ForceFlush();

        var jobs = Points(metrics, EngineTelemetry.JobsEndedCounter);
        Assert.Equal(1, jobs[("Sync", "Completed")]);
        var items = Points(metrics, EngineTelemetry.JobItemsCounter);
        Assert.Equal(3, items[("Sync", "Modified")]);
        Assert.Equal(1, items[("Sync", "Failed")]);
        Assert.Equal(2, items.Count);
    }

    // Each point's sum by its job kind and its other tag (status or outcome).
    private static Dictionary<(string, string), long> Points(List<Metric> metrics, string name)
    {
        var points = new Dictionary<(string, string), long>();
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                string kind = "", other = "";
                foreach (var tag in point.Tags)
                {
                    if (tag.Key == "job.kind")
                    {
                        kind = (string)tag.Value!;
                    }
                    else
                    {
                        other = (string)tag.Value!;
                    }
                }

                points[(kind, other)] = point.GetSumLong();
            }
        }

        return points;
    }
}
