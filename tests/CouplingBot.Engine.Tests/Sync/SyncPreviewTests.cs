using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;
using static CouplingBot.Engine.Tests.Sync.SyncFixtures;

namespace CouplingBot.Engine.Tests.Sync;

public class SyncPreviewTests
{
    [Fact]
    public void Of_ListsWritesWithTheirSide_ThenConflictsWithBothValues()
    {
        var coupling = Synced(Bc(Records.T0), Sales(Records.T0));
        var plan = SyncPlanner.Plan(Mapping, coupling, Bc(Later, ("displayName", "A"), ("city", "X")), Sales(Later, ("name", "B")), SyncDirection.Automatic);

        var preview = SyncPreview.Of(plan);

        Assert.Equal(
            [new FieldPreview("city", "City", "Birmingham", "X", Side.Sales, false), new FieldPreview("displayName", "Name", "A", "B", null, true)],
            preview);
    }
}
