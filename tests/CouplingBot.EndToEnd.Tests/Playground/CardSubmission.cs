using System.Text.Json;
using CouplingBot.EndToEnd.Tests.Stack;

namespace CouplingBot.EndToEnd.Tests.Playground;

/// <summary>
/// What a Teams client sends when a person presses an Action.Execute button: the action's <c>data</c> with the
/// card's inputs merged in (each at its current value: what the card shows by default, or what the person chose),
/// unless the action's <c>associatedInputs</c> is <c>none</c>.
/// </summary>
internal static class CardSubmission
{
    /// <summary>
    /// The data of the <paramref name="index"/>-th Action.Execute with <paramref name="verb"/> in <paramref name="card"/>,
    /// its inputs at their default values, then <paramref name="choices"/> (input id to the value the person picks).
    /// </summary>
    /// <exception cref="InvalidOperationException">The card has no such button.</exception>
    public static Dictionary<string, object?> Of(JsonElement card, string verb, int index = 0, IReadOnlyDictionary<string, string>? choices = null)
    {
        var actions = Elements(card).Where(e => TypeOf(e) == "Action.Execute" && e.TryGetProperty("verb", out var v) && v.GetString() == verb).ToList();
        if (index >= actions.Count)
        {
            throw new InvalidOperationException($"The card has {actions.Count} {verb} button(s), not {index + 1}: {CardText.Joined(card)}");
        }

        var action = actions[index];
        var value = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in data.EnumerateObject())
            {
                value[property.Name] = property.Value.Clone();
            }
        }

        var withInputs = !(action.TryGetProperty("associatedInputs", out var associated) && string.Equals(associated.GetString(), "none", StringComparison.OrdinalIgnoreCase));
        if (withInputs)
        {
            foreach (var input in Elements(card).Where(e => TypeOf(e).StartsWith("Input.", StringComparison.Ordinal) && e.TryGetProperty("id", out _)))
            {
                value[input.GetProperty("id").GetString()!] = DefaultValue(input);
            }
        }

        foreach (var (id, chosen) in choices ?? new Dictionary<string, string>())
        {
            value[id] = chosen;
        }

        return value;
    }

    // An Input.Toggle sends its valueOn or valueOff; the others their value, or "" when empty.
    private static string DefaultValue(JsonElement input)
    {
        var shown = input.TryGetProperty("value", out var v) ? v.GetString() : null;
        if (TypeOf(input) != "Input.Toggle")
        {
            return shown ?? "";
        }

        var on = input.TryGetProperty("valueOn", out var vOn) ? vOn.GetString() : "true";
        var off = input.TryGetProperty("valueOff", out var vOff) ? vOff.GetString() : "false";
        return (shown == on ? on : off) ?? "";
    }

    private static string TypeOf(JsonElement element) =>
        element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString()! : "";

    private static IEnumerable<JsonElement> Elements(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Elements(p.Value)).Prepend(element),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Elements),
        _ => [],
    };
}
