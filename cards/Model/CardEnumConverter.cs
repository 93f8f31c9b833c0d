using System.Text.Json;
using System.Text.Json.Serialization;

namespace CouplingBot.Cards.Model;

/// <summary>
/// Writes a card enum as the camelCase string the Adaptive Card schema expects
/// (<c>ExtraLarge</c> becomes <c>"extraLarge"</c>); numbers are refused when reading.
/// </summary>
internal sealed class CardEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;
