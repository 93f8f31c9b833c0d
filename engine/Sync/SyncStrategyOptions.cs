namespace CouplingBot.Engine.Sync;

/// <summary>How synchronizations send their record requests (section <c>Sync</c>, e.g. <c>--Sync:Strategy=PerRecord</c>).</summary>
public sealed class SyncStrategyOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sync";

    /// <summary>The strategy of the incremental sync and of create-and-couple in bulk; default <see cref="SyncStrategy.Batched"/>.</summary>
    public SyncStrategy Strategy { get; set; } = SyncStrategy.Batched;
}
