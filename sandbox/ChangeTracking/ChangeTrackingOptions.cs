namespace CouplingBot.Sandbox.ChangeTracking;

/// <summary>Dataverse change tracking settings (section <c>Sandbox:ChangeTracking</c>).</summary>
public sealed class ChangeTrackingOptions
{
    /// <summary>
    /// How long a delta token stays usable (Dataverse's organization setting <c>ExpireChangeTrackingInDays</c>,
    /// default 7 days); key <c>Sandbox:ChangeTracking:TokenLifetime</c>.
    /// </summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromDays(7);
}
