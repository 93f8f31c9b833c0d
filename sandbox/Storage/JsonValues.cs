using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CouplingBot.Sandbox.Storage;

/// <summary>Conversions between stored CLR values and JSON, per <see cref="ColumnType"/>.</summary>
public static class JsonValues
{
    /// <summary>The JSON node for a stored value (null for null).</summary>
    public static JsonNode? ToNode(object? value, string dateFormat = "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ") => value switch
    {
        null => null,
        string s => JsonValue.Create(s),
        Guid g => JsonValue.Create(g.ToString("D")),
        decimal d => JsonValue.Create(d),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        DateTimeOffset t => JsonValue.Create(t.UtcDateTime.ToString(dateFormat, CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"Unsupported value type {value.GetType()}.", nameof(value)),
    };

    /// <summary>Reads a JSON value as <paramref name="type"/>; false when the JSON kind or format does not fit.</summary>
    public static bool TryRead(JsonElement json, ColumnType type, out object? value)
    {
        value = null;
        if (json.ValueKind == JsonValueKind.Null)
        {
            return true;
        }

        switch (type)
        {
            case ColumnType.String when json.ValueKind == JsonValueKind.String:
                value = json.GetString();
                return true;
            case ColumnType.Guid when json.ValueKind == JsonValueKind.String && Guid.TryParse(json.GetString(), out var g):
                value = g;
                return true;
            case ColumnType.Decimal when json.ValueKind == JsonValueKind.Number && json.TryGetDecimal(out var d):
                value = d;
                return true;
            case ColumnType.Boolean when json.ValueKind is JsonValueKind.True or JsonValueKind.False:
                value = json.GetBoolean();
                return true;
            case ColumnType.Int32 when json.ValueKind == JsonValueKind.Number && json.TryGetInt32(out var i):
                value = i;
                return true;
            case ColumnType.Int64 when json.ValueKind == JsonValueKind.Number && json.TryGetInt64(out var l):
                value = l;
                return true;
            case ColumnType.DateTimeOffset when json.ValueKind == JsonValueKind.String
                && DateTimeOffset.TryParse(json.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t):
                value = t.ToUniversalTime();
                return true;
            default:
                return false;
        }
    }

    /// <summary>The Edm name of a column type, for error messages.</summary>
    public static string EdmName(ColumnType type) => "Edm." + type;
}
