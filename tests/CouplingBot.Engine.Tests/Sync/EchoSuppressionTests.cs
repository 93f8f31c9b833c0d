using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;
using static CouplingBot.Engine.Tests.Sync.SyncFixtures;

namespace CouplingBot.Engine.Tests.Sync;

/// <summary>The anchor's echo suppression: our own write is not a change.</summary>
public class EchoSuppressionTests
{
    [Fact]
    public void IsOwnWrite_StoredVersionEqualsCurrent_IsOurs_EvenWhenModifiedOnMovedOn()
    {
        var current = Bc(Later);

        Assert.True(EchoSuppression.IsOwnWrite(current.ETag, Records.T0, current));
        Assert.False(EchoSuppression.IsOwnWrite("W/\"other\"", Later, current));
    }

    [Fact]
    public void IsOwnWrite_WithoutAVersion_ComparesModifiedOn()
    {
        Assert.True(EchoSuppression.IsOwnWrite(null, Later, Bc(Later)));
        Assert.False(EchoSuppression.IsOwnWrite(null, Records.T0, Bc(Later)));
        Assert.False(EchoSuppression.IsOwnWrite(null, null, Bc(Later)));
    }

    [Fact]
    public void HasForeignChange_UsesTheVersionStoredAfterOurWrite()
    {
        var sales = Sales(Later);
        var state = Synced().LastSync! with { SalesVersion = sales.ETag };

        Assert.False(EchoSuppression.HasForeignChange(state, Side.Sales, sales));
        Assert.True(EchoSuppression.HasForeignChange(state, Side.BusinessCentral, Bc(Later)));
        Assert.True(EchoSuppression.HasForeignChange(null, Side.Sales, sales));
    }

    [Fact]
    public void HasForeignChange_RowLastModifiedByTheIntegrationUser_IsSkipped()
    {
        var sales = Sales(Later, ("modifiedby", "integration"));

        Assert.False(EchoSuppression.HasForeignChange(Synced().LastSync, Side.Sales, sales, r => r["modifiedby"] == "integration"));
        Assert.True(EchoSuppression.HasForeignChange(Synced().LastSync, Side.Sales, sales, r => r["modifiedby"] == "someone"));
    }
}
