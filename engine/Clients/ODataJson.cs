using System.Globalization;
using System.Text.Json;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Clients;

/// <summary>Reads OData JSON entities into <see cref="EntityRecord"/>s.</summary>
internal static class ODataJson
{
    /// <summary>One entity object: every plain property as text, annotations dropped.</summary>
    public static EntityRecord ToRecord(JsonElement entity, EntitySet set)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        string etag = "";
        foreach (var property in entity.EnumerateObject())
        {
            if (property.Name == "@odata.etag")
            {
                etag = property.Value.GetString() ?? "";
            }
            else if (!property.Name.Contains('@', StringComparison.Ordinal))
            {
                fields[property.Name] = AsText(property.Value);
            }
        }

        var id = fields.GetValueOrDefault(set.KeyField)
            ?? throw new JsonException($"The {set.Name} entity has no {set.KeyField}.");
        var modifiedOn = fields.GetValueOrDefault(set.ModifiedOnField) is { } text
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : DateTimeOffset.MinValue;
        return new EntityRecord(id, fields, modifiedOn, etag);
    }

    /// <summary>
    /// A number in one form whatever the service's scale: Dataverse answers money as <c>5000.0000</c>, Business
    /// Central as <c>5000</c>, and the two must compare equal.
    /// </summary>
    private static string Canonical(decimal number) => number.ToString("0.############################", CultureInfo.InvariantCulture);

    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetDecimal(out var number) ? Canonical(number) : value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };
}
