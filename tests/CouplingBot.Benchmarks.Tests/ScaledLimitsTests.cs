using CouplingBot.Benchmarks.Harness;
using CouplingBot.Benchmarks.Report;

namespace CouplingBot.Benchmarks.Tests;

public sealed class ScaledLimitsTests
{
    private static readonly ServiceBudgets Batched = ScaledLimits.For(Strategy.Batched, ScaledLimits.BatchedWindow);
    private static readonly ServiceBudgets Anchor = ScaledLimits.For(Strategy.PerRecord, ScaledLimits.BatchedWindow);

    [Fact]
    public void ScaledWindow_KeepsTheRealRate()
    {
        Assert.Equal(200, ScaledLimits.Requests);
        Assert.Equal(TimeSpan.FromSeconds(40), ScaledLimits.ExecutionTime);
        Assert.Equal(6000 / 300d, ScaledLimits.RequestsPerSecond);
        Assert.Contains("--Sandbox:Limits:BusinessCentral:Requests=200", ScaledLimits.SandboxArguments(Anchor));
    }

    [Fact]
    public void Budgets_TheAnchorGetsTheScaledRealOnes_CouplingBotOneDataverseRequestPerWindow()
    {
        Assert.Equal(new ServiceBudgets(200, 200, TimeSpan.FromSeconds(10)), ScaledLimits.For(Strategy.PerRecord, ScaledLimits.BatchedWindow));
        Assert.Equal(new ServiceBudgets(600, 1, TimeSpan.FromSeconds(30)), ScaledLimits.For(Strategy.Batched, ScaledLimits.BatchedWindow));
        Assert.Contains("--Sandbox:Limits:Dataverse:Requests=1", ScaledLimits.SandboxArguments(ScaledLimits.For(Strategy.Batched, ScaledLimits.BatchedWindow)));
        Assert.Contains("--Sandbox:Limits:Dataverse:ExecutionTime=00:02:00", ScaledLimits.SandboxArguments(ScaledLimits.For(Strategy.Batched, ScaledLimits.BatchedWindow)));
        Assert.Contains("--Dataverse:RequestsPerWindow=1", ScaledLimits.EngineArguments(ScaledLimits.For(Strategy.Batched, ScaledLimits.BatchedWindow)));
        Assert.Contains("--Dataverse:RequestWindow=00:00:30", ScaledLimits.EngineArguments(ScaledLimits.For(Strategy.Batched, ScaledLimits.BatchedWindow)));
        Assert.Contains("--BusinessCentral:RequestsPerWindow=0", ScaledLimits.EngineArguments(null));
        Assert.Equal(new ServiceBudgets(40, 1, TimeSpan.FromSeconds(2)), ScaledLimits.For(Strategy.Batched, BenchmarkOptions.Quick(null).BatchedLimitsWindow));
    }

    [Theory]
    [InlineData(100, 2 + 1)]
    [InlineData(1000, 2 + 1)]
    [InlineData(2500, 2 + 3)]
    public void FewestRequests_CouplingBot_ConstantsPlusOneWriteBatchPerThousand(int k, int dataverse) =>
        Assert.Equal((3 + ((k + 999) / 1000), dataverse), BenchmarkRunner.FewestRequests(Strategy.Batched, k));

    [Fact]
    public void Ceiling_CouplingBot_IsKOverTheWindowsItsDataverseRequestsNeed()
    {
        // 3 Dataverse requests at 1 per 30 s: the first at once, the others 30 and 60 s in.
        Assert.Equal(100 / 60d, BenchmarkRunner.Ceiling(Batched, Strategy.Batched, 100)!.Value, 6);
        Assert.Equal(1000 / 60d, BenchmarkRunner.Ceiling(Batched, Strategy.Batched, 1000)!.Value, 6);
    }

    [Fact]
    public void Ceiling_Anchor_CountsTheFirstWindowsBurst_AndNearsTheRateOverTwoRequestsPerRecord()
    {
        Assert.Equal(100 / 10d, BenchmarkRunner.Ceiling(Anchor, Strategy.PerRecord, 100)!.Value, 6); // 202 requests: one window
        Assert.Equal(1000 / 100d, BenchmarkRunner.Ceiling(Anchor, Strategy.PerRecord, 1000)!.Value, 6); // 2002: ten windows
        Assert.Null(BenchmarkRunner.Ceiling(Anchor, Strategy.PerRecord, 20)); // 42 requests fit the first window: no pace set
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
