namespace CouplingBot.Bot.Webhooks;

/// <summary>Business Central webhook notifications (section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Webhooks";

    /// <summary>
    /// The secret given as <c>clientState</c> when subscribing; notifications that don't carry it are
    /// refused. Empty turns the endpoint off (notifications answer 404).
    /// </summary>
    public string? ClientState { get; set; }
}
