namespace CouplingBot.Bot.Hosting;

/// <summary>How readiness is checked (section <c>Health</c>).</summary>
public sealed class HealthOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Health";

    /// <summary>How long a check's result is reused, so frequent probes do not spend the services' API limits (30 s).</summary>
    public TimeSpan CacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one check may take before it counts as failed (10 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
