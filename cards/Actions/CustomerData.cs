using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Actions;

/// <summary>
/// The data of the actions that only name a customer: <see cref="CardVerbs.ShowSetUpCoupling"/>,
/// <see cref="CardVerbs.ShowSync"/>, <see cref="CardVerbs.SyncNow"/> and <see cref="CardVerbs.RemoveCoupling"/>.
/// </summary>
/// <param name="CustomerNumber">The Business Central customer (or contact) number.</param>
/// <param name="RecordKind">"contact" for a contact; null (not sent) for a customer.</param>
public sealed record CustomerData(
    [property: JsonPropertyName("customerNumber")] string CustomerNumber,
    [property: JsonPropertyName("recordKind")] string? RecordKind = null);
