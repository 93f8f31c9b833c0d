using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Actions;

/// <summary>
/// The data of actions on one record of either kind, sent and read back as is (these cards have no
/// inputs): <see cref="CardVerbs.ConfirmUncouple"/>, <see cref="CardVerbs.RetryRecord"/>.
/// </summary>
/// <param name="RecordKind">"customer" or "contact".</param>
/// <param name="Number">The Business Central number.</param>
public sealed record RecordData(
    [property: JsonPropertyName("recordKind")] string RecordKind,
    [property: JsonPropertyName("number")] string Number);
