using CouplingBot.Benchmarks.Harness;
using CouplingBot.Benchmarks.Report;

namespace CouplingBot.Benchmarks.Tests;

/// <summary>The benchmark's scenarios at quick size: what they measured must be real work, done right, by both strategies.</summary>
public sealed class QuickRunTests(QuickRunFixture run) : IClassFixture<QuickRunFixture>
{
    private static readonly string[] SyncScenarios = [Scenario.Initial, Scenario.Incremental, Scenario.Limits];

    [Fact]
    public void EveryScenario_IsInTheRows_AndInTheTable()
    {
        var text = ResultTable.ToText(run.Rows);
        var markdown = ResultTable.ToMarkdown(run.Rows);

        foreach (var scenario in Scenario.All)
        {
            Assert.Contains(run.Rows, r => r.Scenario == scenario);
            Assert.Contains(scenario, text, StringComparison.Ordinal);
            Assert.Contains(scenario, markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void BothStrategies_RanEverySyncScenario_AndConvergedToTheExpectedData()
    {
        foreach (var scenario in SyncScenarios)
        {
            foreach (var strategy in Strategy.Both)
            {
                var row = Assert.Single(run.Rows, r => r.Scenario == scenario && r.Strategy == strategy);
                Assert.True(row.Verified, $"{scenario} {strategy}: the data afterwards is not what the run had to make. {row.Note}");
                Assert.Equal(0, row.Failed);
                var expected = scenario == Scenario.Initial ? run.Options.Sizes[0] : run.Options.ChangedCounts[0];
                Assert.True(row.Records >= expected, $"{scenario} {strategy}: {row.Records} records synchronized, expected at least {expected}.");
            }
        }
    }

    [Fact]
    public void RequestCounts_AreNonZero_AndTheAnchorSendsMoreThanCouplingBot()
    {
        foreach (var scenario in SyncScenarios)
        {
            var mine = Assert.Single(run.Rows, r => r.Scenario == scenario && r.Strategy == Strategy.Batched).Requests!;
            var anchor = Assert.Single(run.Rows, r => r.Scenario == scenario && r.Strategy == Strategy.PerRecord).Requests!;

            Assert.True(mine.BusinessCentral.Requests > 0 && mine.Dataverse.Requests > 0, $"{scenario}: CouplingBot {mine}");
            Assert.True(anchor.BusinessCentral.Requests > 0 && anchor.Dataverse.Requests > 0, $"{scenario}: anchor {anchor}");
            // Per record the anchor reads and writes Sales once each; CouplingBot batches them.
            Assert.True(anchor.Dataverse.Requests > mine.Dataverse.Requests, $"{scenario}: anchor {anchor} vs CouplingBot {mine}");
        }
    }

    [Fact]
    public void Ratios_AreCouplingBotsRequestsOverTheAnchors()
    {
        var mine = Assert.Single(run.Rows, r => r.Scenario == Scenario.Incremental && r.Strategy == Strategy.Batched);
        var anchor = Assert.Single(run.Rows, r => r.Scenario == Scenario.Incremental && r.Strategy == Strategy.PerRecord);

        Assert.Equal((double)mine.Requests!.Total / anchor.Requests!.Total, mine.RequestRatio!.Value, 6);
        Assert.Null(anchor.RequestRatio);
    }

    [Fact]
    public void UnderLimits_TheRowsCarryTheCeiling_AndTheLatencyRowsEveryTurn()
    {
        Assert.All(run.Rows.Where(r => r.Scenario == Scenario.Limits), r => Assert.Equal(
            BenchmarkRunner.Ceiling(ScaledLimits.For(r.Strategy, run.Options.BatchedLimitsWindow), r.Strategy, r.K!.Value), r.CeilingPerSecond));
        Assert.NotNull(Assert.Single(run.Rows, r => r.Scenario == Scenario.Limits && r.Strategy == Strategy.Batched).CeilingPerSecond);
        var latency = run.Rows.Where(r => r.Scenario == Scenario.Latency).ToList();
        Assert.Equal(2, latency.Count);
        Assert.All(latency, r =>
        {
            Assert.Equal(run.Options.LatencyTurns, r.K);
            Assert.Equal(0, r.Failed);
            var (p50, p95, p99) = r.LatencyMs!.Value;
            Assert.True(p50 > 0 && p50 <= p95 && p95 <= p99, $"{r.Strategy}: {p50} / {p95} / {p99}");
        });
    }

    [Fact]
    public void TheDoc_HasTheTableTheMachineAndTheTargets()
    {
        var doc = PerformanceDoc.Render(run.Rows, run.Options, Machine.Current(), DateTimeOffset.UnixEpoch, "dotnet run -- --quick");

        Assert.Contains("| scenario |", doc, StringComparison.Ordinal);
        Assert.Contains(Environment.ProcessorCount + " logical cores", doc, StringComparison.Ordinal);
        Assert.Contains("Peak memory under 300 MB at N = 100,000", doc, StringComparison.Ordinal);
        Assert.Contains("200 per 10 s", doc, StringComparison.Ordinal);
    }
}
