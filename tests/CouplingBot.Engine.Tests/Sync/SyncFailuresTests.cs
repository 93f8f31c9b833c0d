using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Tests.Sync;

/// <summary>The anchor's "Skipped records" rule.</summary>
public class SyncFailuresTests
{
    [Fact]
    public void Failed_SameErrorTwiceInARow_IsSkipped()
    {
        var first = SyncFailures.Failed(null, "Name too long", Records.T0);
        var second = SyncFailures.Failed(first, "Name too long ", Records.T0.AddMinutes(30));

        Assert.False(first.Skipped);
        Assert.True(second.Skipped);
        Assert.Equal(2, second.Count);
        Assert.True(SyncFailures.IsExcluded(second));
    }

    [Fact]
    public void Failed_TwoDifferentErrors_IsNotSkipped()
    {
        var second = SyncFailures.Failed(SyncFailures.Failed(null, "Name too long", Records.T0), "Timeout", Records.T0);

        Assert.False(second.Skipped);
        Assert.Equal(1, second.Count);
    }

    [Fact]
    public void Succeeded_ClearsTheFailure()
    {
        Assert.Null(SyncFailures.Succeeded(SyncFailures.Failed(null, "x", Records.T0)));
    }

    [Fact]
    public void Retry_UnSkips_AndOnlyTwoMoreIdenticalFailuresSkipAgain()
    {
        var skipped = SyncFailures.Failed(SyncFailures.Failed(null, "x", Records.T0), "x", Records.T0);

        var retried = SyncFailures.Retry(skipped);
        var once = SyncFailures.Failed(retried, "x", Records.T0);

        Assert.False(SyncFailures.IsExcluded(retried));
        Assert.True(SyncFailures.IsPending(retried));
        Assert.False(once.Skipped);
        Assert.True(SyncFailures.Failed(once, "x", Records.T0).Skipped);
    }

    [Fact]
    public void IsPending_FailedNotSkipped_CountsTheRecordAsChanged()
    {
        var coupling = SyncFixtures.Synced(failure: SyncFailures.Failed(null, "x", Records.T0));

        var (bc, sales) = SyncPlanner.ChangedSides(coupling, SyncFixtures.Bc(Records.T0), SyncFixtures.Sales(Records.T0));

        Assert.True(bc);
        Assert.True(sales);
    }
}
