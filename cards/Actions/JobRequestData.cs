using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Actions;

/// <summary>
/// The data of <see cref="CardVerbs.ConfirmJob"/> and <see cref="CardVerbs.CancelJob"/>: the job a
/// confirmation card describes, in keys only.
/// </summary>
/// <param name="Job">"sync" or "couple".</param>
/// <param name="RecordKind">"customer" or "contact".</param>
/// <param name="Numbers">The Business Central numbers; empty or absent when <paramref name="All"/> (a client may drop an empty list).</param>
/// <param name="All">Every record the job applies to instead of a list.</param>
/// <param name="Direction">"toSales" or "fromSales" (sync jobs); absent for jobs without one.</param>
public sealed record JobRequestData(
    [property: JsonPropertyName("job")] string Job,
    [property: JsonPropertyName("recordKind")] string RecordKind,
    [property: JsonPropertyName("numbers")] IReadOnlyList<string>? Numbers = null,
    [property: JsonPropertyName("all")] bool All = false,
    [property: JsonPropertyName("direction")] string? Direction = null);
