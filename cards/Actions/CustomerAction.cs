using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Actions;

/// <summary>
/// What the bot receives for <see cref="CardVerbs.ShowSetUpCoupling"/>, <see cref="CardVerbs.ShowSync"/>
/// and <see cref="CardVerbs.RemoveCoupling"/>.
/// </summary>
/// <param name="CustomerNumber">The Business Central customer (or contact) number.</param>
/// <param name="RecordKind">"contact" for a contact; null for a customer.</param>
public sealed record CustomerAction(
    [property: JsonPropertyName("customerNumber")] string CustomerNumber,
    [property: JsonPropertyName("recordKind")] string? RecordKind = null);
