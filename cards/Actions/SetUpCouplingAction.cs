using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Actions;

/// <summary>
/// What the bot receives for <see cref="CardVerbs.SetUpCoupling"/>: the card's data with the
/// inputs merged in. Inputs are strings and may be missing (a client that sends no value).
/// </summary>
/// <param name="CustomerNumber">The Business Central customer number.</param>
/// <param name="AccountId">The chosen Sales account id.</param>
/// <param name="SyncAfterCoupling">"true" or "false".</param>
/// <param name="Direction">"toSales" or "fromSales".</param>
/// <param name="RecordKind">"contact" for a contact; null for a customer.</param>
public sealed record SetUpCouplingAction(
    [property: JsonPropertyName("customerNumber")] string CustomerNumber,
    [property: JsonPropertyName(CardInputIds.AccountId)] string? AccountId = null,
    [property: JsonPropertyName(CardInputIds.SyncAfterCoupling)] string? SyncAfterCoupling = null,
    [property: JsonPropertyName(CardInputIds.Direction)] string? Direction = null,
    [property: JsonPropertyName("recordKind")] string? RecordKind = null)
{
    /// <summary>True when the person checked "Synchronize after coupling".</summary>
    [JsonIgnore]
    public bool ShouldSync => string.Equals(SyncAfterCoupling, "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The chosen direction, or null when missing or unknown.</summary>
    [JsonIgnore]
    public SyncDirectionChoice? ChosenDirection => SyncDirectionChoices.TryParse(Direction, out var d) ? d : null;
}
