using System.ComponentModel.DataAnnotations;
using CouplingBot.Engine.Hosting;

namespace CouplingBot.Engine.Incremental;

/// <summary>Scheduled incremental synchronization (section <c>IncrementalSync</c>).</summary>
public sealed class IncrementalSyncOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "IncrementalSync";

    /// <summary>The mappings run when <see cref="Mappings"/> names none.</summary>
    public static readonly IReadOnlyList<string> DefaultMappings = ["CUSTOMER"];

    /// <summary>Run the scheduler in this process.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often every configured mapping is run.</summary>
    [TimeSpanRange("00:00:00.010", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The mappings to run, by name; empty means <see cref="DefaultMappings"/>.</summary>
    public IList<string> Mappings { get; } = [];

    /// <summary>The table that holds each mapping's watermarks.</summary>
    [Required] public string WatermarksTable { get; set; } = "SyncWatermarks";

    /// <summary>The mappings actually run: <see cref="Mappings"/>, or the default when none are configured.</summary>
    public IReadOnlyList<string> EffectiveMappings => Mappings.Count > 0 ? [.. Mappings] : DefaultMappings;
}
