namespace CouplingBot.Engine.Storage;

/// <summary>Azure Storage for couplings and jobs (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Storage";

    /// <summary>A connection string (Azurite: <c>UseDevelopmentStorage=true</c>); empty to use <see cref="TableServiceUri"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The Table service endpoint, used with managed identity when there is no connection string.</summary>
    public Uri? TableServiceUri { get; set; }

    /// <summary>The table that holds couplings.</summary>
    public string CouplingsTable { get; set; } = "Couplings";

    /// <summary>What the couplings belong to, e.g. the Business Central environment and company.</summary>
    public string Scope { get; set; } = "default";
}
