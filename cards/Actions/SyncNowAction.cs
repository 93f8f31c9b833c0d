using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Actions;

/// <summary>What the bot receives for <see cref="CardVerbs.SyncNow"/>: the customer and the chosen direction.</summary>
/// <param name="CustomerNumber">The Business Central customer number.</param>
/// <param name="Direction">"toSales" or "fromSales".</param>
/// <param name="RecordKind">"contact" for a contact; null for a customer.</param>
public sealed record SyncNowAction(
    [property: JsonPropertyName("customerNumber")] string CustomerNumber,
    [property: JsonPropertyName(CardInputIds.Direction)] string? Direction = null,
    [property: JsonPropertyName("recordKind")] string? RecordKind = null)
{
    /// <summary>The chosen direction, or null when missing or unknown.</summary>
    [JsonIgnore]
    public SyncDirectionChoice? ChosenDirection => SyncDirectionChoices.TryParse(Direction, out var d) ? d : null;
}
