using System.Text.Json;

namespace CouplingBot.Testing.Connector;

/// <summary>Reads what a card shows, for assertions that don't depend on its layout.</summary>
public static class CardText
{
    /// <summary>Every text, fact, choice title and button title in the card, in order.</summary>
    public static IReadOnlyList<string> Of(JsonElement card)
    {
        var texts = new List<string>();
        Collect(card, texts);
        return texts;
    }

    /// <summary>All of it as one string.</summary>
    public static string Joined(JsonElement card) => string.Join(" | ", Of(card));

    /// <summary>The choices of the Input.ChoiceSet with <paramref name="id"/>: (title, value).</summary>
    public static IReadOnlyList<(string Title, string Value)> Choices(JsonElement card, string id)
    {
        var found = new List<(string, string)>();
        Walk(card, element =>
        {
            if (element.TryGetProperty("type", out var t) && t.GetString() == "Input.ChoiceSet"
                && element.TryGetProperty("id", out var i) && i.GetString() == id)
            {
                found.AddRange(element.GetProperty("choices").EnumerateArray().Select(c => (c.GetProperty("title").GetString()!, c.GetProperty("value").GetString()!)));
            }
        });
        return found;
    }

    /// <summary>The verbs of every Action.Execute in the card.</summary>
    public static IReadOnlyList<string> Verbs(JsonElement card)
    {
        var verbs = new List<string>();
        Walk(card, element =>
        {
            if (element.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute" && element.TryGetProperty("verb", out var v))
            {
                verbs.Add(v.GetString()!);
            }
        });
        return verbs;
    }

    /// <summary>The data of every Action.Execute with the verb in the card, in order.</summary>
    public static IReadOnlyList<JsonElement> Data(JsonElement card, string verb)
    {
        var data = new List<JsonElement>();
        Walk(card, element =>
        {
            if (element.TryGetProperty("type", out var t) && t.GetString() == "Action.Execute" && element.TryGetProperty("verb", out var v) && v.GetString() == verb)
            {
                data.Add(element.GetProperty("data"));
            }
        });
        return data;
    }

    private static void Collect(JsonElement card, List<string> texts) => Walk(card, element =>
    {
        foreach (var name in new[] { "text", "title", "value" })
        {
            if (element.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String)
            {
                texts.Add(p.GetString()!);
            }
        }
    });

    private static void Walk(JsonElement element, Action<JsonElement> visit)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                visit(element);
                foreach (var property in element.EnumerateObject())
                {
                    Walk(property.Value, visit);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, visit);
                }

                break;
        }
    }
}
