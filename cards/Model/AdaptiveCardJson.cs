using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace CouplingBot.Cards.Model;

/// <summary>
/// The one place that turns the card model into JSON: camelCase names, nulls and empty lists
/// omitted, enums as the schema's strings, <c>type</c> discriminators, non-ASCII text unescaped.
/// </summary>
public static class AdaptiveCardJson
{
    /// <summary>The serializer options for cards and for the data of their actions.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The card as compact JSON text.</summary>
    public static string ToJson(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.Serialize(card, Options);
    }

    /// <summary>The card as a JSON element, to embed in an activity attachment or invoke response.</summary>
    public static JsonElement ToJsonElement(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToElement(card, Options);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitEmptyLists } },
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>An empty body or action list says nothing: leave it out, as the schema allows.</summary>
    private static void OmitEmptyLists(JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (property.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(property.PropertyType))
            {
                // ShouldSerialize replaces the ignore condition for this property: keep omitting nulls too.
                property.ShouldSerialize = static (_, value) => value is not (null or ICollection { Count: 0 });
            }
        }
    }
}
