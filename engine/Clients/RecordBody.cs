using System.Globalization;
using System.Text.Json.Nodes;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Clients;

/// <summary>
/// The JSON body of a write: each text value as its column's type (<see cref="EntitySet.ColumnKinds"/>).
/// A value that does not parse as its type is sent as text, so the service's own validation error
/// (which names the column) reaches the person instead of a local exception.
/// </summary>
internal static class RecordBody
{
    /// <summary>A Dataverse body: empty is JSON null, which clears the column (and a lookup's <c>@odata.bind</c>).</summary>
    public static JsonObject ForDataverse(EntitySet set, IReadOnlyDictionary<string, string?> values) =>
        Build(set, values, static _ => null);

    /// <summary>A Business Central body: Business Central has no null, so empty is the type's empty value ("", 0, false, the empty GUID).</summary>
    public static JsonObject ForBusinessCentral(EntitySet set, IReadOnlyDictionary<string, string?> values) =>
        Build(set, values, static kind => kind switch
        {
            ColumnKind.Number => JsonValue.Create(0),
            ColumnKind.Boolean => JsonValue.Create(false),
            ColumnKind.Guid => JsonValue.Create(Guid.Empty.ToString("D")),
            _ => JsonValue.Create(""),
        });

    private static JsonObject Build(EntitySet set, IReadOnlyDictionary<string, string?> values, Func<ColumnKind, JsonNode?> empty)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(values);
        var body = new JsonObject();
        foreach (var (column, value) in values)
        {
            var kind = set.KindOf(column);
            body[column] = string.IsNullOrEmpty(value) ? empty(kind) : Typed(kind, value);
        }

        return body;
    }

    private static JsonNode Typed(ColumnKind kind, string value) => kind switch
    {
        ColumnKind.Number when decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number) =>
            decimal.IsInteger(number) && number is >= long.MinValue and <= long.MaxValue ? JsonValue.Create((long)number) : JsonValue.Create(number),
        ColumnKind.Boolean when bool.TryParse(value, out var flag) => JsonValue.Create(flag),
        _ => JsonValue.Create(value),
    };
}
