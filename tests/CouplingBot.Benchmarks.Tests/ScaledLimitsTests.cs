using CouplingBot.Benchmarks.Harness;
using CouplingBot.Benchmarks.Report;

namespace CouplingBot.Benchmarks.Tests;

public sealed class ScaledLimitsTests
{
    [Fact]
    public void ScaledWindow_KeepsTheRealRate()
    {
        Assert.Equal(200, ScaledLimits.Requests);
        Assert.Equal(TimeSpan.FromSeconds(40), ScaledLimits.ExecutionTime);
        Assert.Equal(6000 / 300d, ScaledLimits.RequestsPerSecond);
        Assert.Contains("--Sandbox:Limits:BusinessCentral:Requests=200", ScaledLimits.SandboxArguments);
    }

    [Fact]
    public void Ceiling_IsTheRateOverTheFewestRequestsPerRecord_OfTheTighterService()
    {
        Assert.Equal(20 / (2 / 1000d), BenchmarkRunner.Ceiling(Strategy.Batched), 6);
        Assert.Equal(10, BenchmarkRunner.Ceiling(Strategy.PerRecord), 6);
    }

    [Fact]
    public void Options_ReadTheCommandLine()
    {
        var quick = BenchmarkOptions.Parse(["--quick"], "out.md");
        var sized = BenchmarkOptions.Parse(["--sizes", "1000,10000", "--no-output"], "out.md");

        Assert.Equal([200], quick.Sizes);
        Assert.Equal(50, quick.LatencyTurns);
        Assert.Equal([1000, 10000], sized.Sizes);
        Assert.Null(sized.OutputPath);
        Assert.Throws<ArgumentException>(() => BenchmarkOptions.Parse(["--bogus"], "out.md"));
    }
}
