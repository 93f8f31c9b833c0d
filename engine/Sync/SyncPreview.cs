namespace CouplingBot.Engine.Sync;

/// <summary>The per-field preview of a plan: the writes, then the open conflicts.</summary>
public static class SyncPreview
{
    /// <summary>One row per planned write and per open conflict, in mapping order within each group.</summary>
    public static IReadOnlyList<FieldPreview> Of(SyncPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return
        [
            .. plan.Changes.Select(c => new FieldPreview(FieldConflict.KeyOf(c.Field), c.Field.Label, c.OldDisplay, c.NewDisplay, c.Target, false)),
            .. plan.Conflicts.Select(c => new FieldPreview(c.Key, c.Field.Label, c.BusinessCentralValue, c.SalesValue, null, true)),
        ];
    }
}
