using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Actions;

/// <summary>
/// What the bot receives for <see cref="CardVerbs.CoupleDependency"/>: couple the related record to the chosen Sales
/// record, then synchronize the record that failed again. The chosen id is the merged input <see cref="CardInputIds.SalesId"/>.
/// </summary>
/// <param name="Mapping">The related record's mapping, e.g. <c>SALESPEOPLE</c>.</param>
/// <param name="Key">The related record's key, e.g. <c>OF</c>.</param>
/// <param name="RecordKind">"customer" or "contact": the record to synchronize again.</param>
/// <param name="Number">Its number.</param>
/// <param name="Direction">"toSales" or "fromSales".</param>
/// <param name="SalesId">The chosen Sales record (input; missing when the client sent none).</param>
public sealed record DependencyCoupleAction(
    [property: JsonPropertyName("mapping")] string Mapping,
    [property: JsonPropertyName("key")] string Key,
    [property: JsonPropertyName("recordKind")] string RecordKind,
    [property: JsonPropertyName("number")] string Number,
    [property: JsonPropertyName(CardInputIds.Direction)] string Direction,
    [property: JsonPropertyName(CardInputIds.SalesId)] string? SalesId = null);
