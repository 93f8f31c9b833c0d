using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Actions;

/// <summary>
/// The data of <see cref="CardVerbs.PickRecord"/>: the command a person typed by name, to run on the
/// record they picked from the matches.
/// </summary>
/// <param name="RecordKind">"customer" or "contact".</param>
/// <param name="Number">The picked record's Business Central number.</param>
/// <param name="Command">The verb to run: "show", "couple", "create", "sync", "uncouple", "retry" or "undo".</param>
public sealed record PickRecordData(
    [property: JsonPropertyName("recordKind")] string RecordKind,
    [property: JsonPropertyName("number")] string Number,
    [property: JsonPropertyName("command")] string Command);
