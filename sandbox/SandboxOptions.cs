using CouplingBot.Sandbox.ChangeTracking;
using CouplingBot.Sandbox.Protection;
using CouplingBot.Sandbox.Webhooks;

namespace CouplingBot.Sandbox;

/// <summary>Configuration section <c>Sandbox</c>.</summary>
public sealed class SandboxOptions
{
    /// <summary>Folder for the JSON data files; when null or empty, data lives in memory only.</summary>
    public string? DataPath { get; set; }

    /// <summary>How many recent requests the journal keeps.</summary>
    public int JournalCapacity { get; set; } = 2000;

    /// <summary>
    /// When set, requests to <c>/bc</c> and <c>/dataverse</c> without <c>Authorization: Bearer &lt;this&gt;</c> get 401
    /// (key <c>Sandbox:RequiredBearerToken</c>). Null or empty: no check.
    /// </summary>
    public string? RequiredBearerToken { get; set; }

    /// <summary>Service protection limits (section <c>Sandbox:Limits</c>).</summary>
    public LimitsOptions Limits { get; set; } = new();

    /// <summary>Dataverse change tracking (section <c>Sandbox:ChangeTracking</c>).</summary>
    public ChangeTrackingOptions ChangeTracking { get; set; } = new();

    /// <summary>Business Central webhooks (section <c>Sandbox:Webhooks</c>).</summary>
    public WebhookOptions Webhooks { get; set; } = new();
}
