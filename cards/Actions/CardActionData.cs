using System.Text.Json;
using CouplingBot.Cards.Model;

namespace CouplingBot.Cards.Actions;

/// <summary>Reads the data of an Action.Execute invoke (<c>value.action.data</c>) into an action record.</summary>
public static class CardActionData
{
    /// <summary>
    /// The data as <typeparamref name="T"/> (e.g. <see cref="SetUpCouplingAction"/>); null when it is
    /// not a JSON object. Names match case-insensitively; unknown properties are ignored.
    /// </summary>
    /// <exception cref="JsonException">A property has the wrong JSON type.</exception>
    public static T? Read<T>(JsonElement data)
        where T : class
        => data.ValueKind == JsonValueKind.Object ? data.Deserialize<T>(AdaptiveCardJson.Options) : null;
}
