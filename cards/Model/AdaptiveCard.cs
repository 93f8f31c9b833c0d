using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Model;

/// <summary>
/// The root of an Adaptive Card (schema 1.5, the highest version Teams renders).
/// Serialize it with <see cref="AdaptiveCardJson"/>.
/// </summary>
/// <param name="Body">The elements shown top to bottom.</param>
public sealed record AdaptiveCard(IReadOnlyList<CardElement> Body)
{
    /// <summary>The Adaptive Card JSON schema.</summary>
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>The schema version every CouplingBot card declares.</summary>
    public const string CurrentVersion = "1.5";

    /// <summary>Always <c>AdaptiveCard</c>.</summary>
    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    /// <summary>The JSON schema the card follows.</summary>
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string? Schema { get; init; } = SchemaUrl;

    /// <summary>The schema version; Teams renders 1.5 and below.</summary>
    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = CurrentVersion;

    /// <summary>Buttons at the bottom of the card (Teams shows at most 6).</summary>
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Text shown where the card cannot be rendered (notifications, old clients).</summary>
    public string? FallbackText { get; init; }

    /// <summary>Teams-only properties, such as full width.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }
}
