using System.Text.Json;
using CouplingBot.Cards.Model;

namespace CouplingBot.Cards.Actions;

/// <summary>Reads the data of an Action.Execute invoke (<c>value.action.data</c>) into an action record.</summary>
public static class CardActionData
{
    // Card data can be forged: a property the type cannot do without (non-nullable, or a constructor parameter
    // without a default) that is missing or null is malformed data, not a null for the handler to trip on.
    private static readonly JsonSerializerOptions StrictOptions = new(AdaptiveCardJson.Options)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>
    /// The data as <typeparamref name="T"/> (e.g. <see cref="SetUpCouplingAction"/>); null when it is
    /// not a JSON object. Names match case-insensitively; unknown properties are ignored.
    /// </summary>
    /// <exception cref="JsonException">
    /// A property has the wrong JSON type, or one the type cannot do without (a non-nullable one, or a constructor
    /// parameter without a default) is missing or null: card data can be forged, so it is never trusted to be whole.
    /// </exception>
    public static T? Read<T>(JsonElement data)
        where T : class
        => data.ValueKind == JsonValueKind.Object ? data.Deserialize<T>(StrictOptions) : null;
}
