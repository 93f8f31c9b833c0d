namespace CouplingBot.Engine.Incremental;

/// <summary>Where the last incremental run of a mapping stopped reading each side.</summary>
/// <param name="Mapping">The mapping's name.</param>
/// <param name="BusinessCentralModifiedOn">
/// The newest Business Central <c>lastModifiedDateTime</c> handled, capped at that run's start; null before the first run.
/// </param>
/// <param name="SalesDeltaLink">The Dataverse change-tracking delta link of the last fully read feed; null before the first run.</param>
public sealed record SyncWatermark(string Mapping, DateTimeOffset? BusinessCentralModifiedOn, string? SalesDeltaLink);
