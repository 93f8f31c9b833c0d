using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Actions;

/// <summary>
/// The data of <see cref="CardVerbs.ConfirmJob"/> and <see cref="CardVerbs.CancelJob"/>: the job a
/// confirmation card describes, in keys only.
/// </summary>
/// <param name="Job">"sync" or "couple".</param>
/// <param name="RecordKind">"customer" or "contact".</param>
/// <param name="Numbers">The Business Central numbers; empty when <paramref name="All"/>.</param>
/// <param name="All">Every record the job applies to instead of a list.</param>
/// <param name="Direction">"toSales" or "fromSales" (sync jobs).</param>
public sealed record JobRequestData(
    [property: JsonPropertyName("job")] string Job,
    [property: JsonPropertyName("recordKind")] string RecordKind,
    [property: JsonPropertyName("numbers")] IReadOnlyList<string> Numbers,
    [property: JsonPropertyName("all")] bool All,
    [property: JsonPropertyName("direction")] string Direction);
