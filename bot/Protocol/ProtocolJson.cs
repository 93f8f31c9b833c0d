using System.Text.Json;
using System.Text.Json.Serialization;

namespace CouplingBot.Bot.Protocol;

/// <summary>The JSON settings of the activity protocol: camelCase, nulls left out.</summary>
public static class ProtocolJson
{
    /// <summary>The options every protocol payload is read and written with.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
