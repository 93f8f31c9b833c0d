using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Sync;
using static CouplingBot.Engine.Tests.Sync.SyncFixtures;

namespace CouplingBot.Engine.Tests.Sync;

/// <summary>The anchor's "Synchronize Now, one record" table, row by row.</summary>
public class SyncAdvisorTests
{
    [Fact]
    public void Recommend_NeitherChanged_Merge()
    {
        var advice = SyncAdvisor.Recommend(Mapping, Synced(), Bc(Records.T0), Sales(Records.T0));

        Assert.Equal(SyncDirection.Automatic, advice.Recommended);
        Assert.Equal([SyncDirection.Automatic, SyncDirection.ToSales, SyncDirection.FromSales], advice.Allowed);
        Assert.Null(advice.Warning);
    }

    [Fact]
    public void Recommend_OnlySalesChanged_Get()
    {
        var advice = SyncAdvisor.Recommend(Mapping, Synced(), Bc(Records.T0), Sales(Later, ("name", "Cannon Ltd")));

        Assert.Equal(SyncDirection.FromSales, advice.Recommended);
        Assert.Contains(SyncDirection.Automatic, advice.Allowed);
    }

    [Fact]
    public void Recommend_OnlyBusinessCentralChanged_Send()
    {
        var advice = SyncAdvisor.Recommend(Mapping, Synced(), Bc(Later, ("displayName", "Cannon Ltd")), Sales(Records.T0));

        Assert.Equal(SyncDirection.ToSales, advice.Recommended);
        Assert.Null(advice.Warning);
    }

    [Fact]
    public void Recommend_BothChangedButTwoWayFieldsAgree_Merge()
    {
        var advice = SyncAdvisor.Recommend(Mapping, Synced(), Bc(Later), Sales(Later));

        Assert.Equal(SyncDirection.Automatic, advice.Recommended);
    }

    [Fact]
    public void Recommend_BothChangedAndATwoWayFieldDiffers_OnlySendOrGet_WithAWarning()
    {
        var advice = SyncAdvisor.Recommend(Mapping, Synced(), Bc(Later, ("displayName", "A")), Sales(Later, ("name", "B")));

        Assert.Null(advice.Recommended);
        Assert.Equal([SyncDirection.ToSales, SyncDirection.FromSales], advice.Allowed);
        Assert.Contains("Name", advice.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommend_BothChangedDifferentFields_WithASnapshot_MergesCleanly()
    {
        var coupling = Synced(Bc(Records.T0), Sales(Records.T0));

        var advice = SyncAdvisor.Recommend(Mapping, coupling, Bc(Later, ("displayName", "A")), Sales(Later, ("address1_city", "Leeds")));

        Assert.Equal(SyncDirection.Automatic, advice.Recommended);
        Assert.Null(advice.Warning);
    }

    [Fact]
    public void Recommend_OneWayMapping_OnlyThatDirection_WarningWhenTheTargetIsNewer()
    {
        var oneWay = Mapping with { Fields = [new FieldMapping("Name", "displayName", "name", FieldDirection.ToSales)] };

        var calm = SyncAdvisor.Recommend(oneWay, Synced(), Bc(Later, ("displayName", "A")), Sales(Records.T0));
        var warned = SyncAdvisor.Recommend(oneWay, Synced(), Bc(Records.T0), Sales(Later, ("name", "B")));

        Assert.Equal([SyncDirection.ToSales], calm.Allowed);
        Assert.Null(calm.Warning);
        Assert.Equal(SyncDirection.ToSales, warned.Recommended);
        Assert.NotNull(warned.Warning);
    }
}
