using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Actions;

/// <summary>The data the set-up card sends with <see cref="CardVerbs.SetUpCoupling"/> (before inputs are merged).</summary>
/// <param name="CustomerNumber">The Business Central customer (or contact) number.</param>
/// <param name="RecordKind">"contact" for a contact; null (not sent) for a customer.</param>
public sealed record SetUpCouplingData(
    [property: JsonPropertyName("customerNumber")] string CustomerNumber,
    [property: JsonPropertyName("recordKind")] string? RecordKind = null);
