using CouplingBot.Cards.Model;

namespace CouplingBot.Cards.Tests;

/// <summary>Walks a card's element tree, so tests can ask "which texts, inputs, buttons does it have?".</summary>
internal static class CardInspection
{
    public static IEnumerable<CardElement> Elements(this AdaptiveCard card) => card.Body.SelectMany(Flatten);

    public static IEnumerable<string> Texts(this AdaptiveCard card) => card.Elements().OfType<TextBlock>().Select(t => t.Text);

    public static IEnumerable<Fact> Facts(this AdaptiveCard card) => card.Elements().OfType<FactSet>().SelectMany(f => f.Facts);

    public static T Input<T>(this AdaptiveCard card, string id)
        where T : CardInput => card.Elements().OfType<T>().Single(i => i.Id == id);

    public static IReadOnlyList<ActionExecute> Buttons(this AdaptiveCard card) => [.. (card.Actions ?? []).OfType<ActionExecute>()];

    private static IEnumerable<CardElement> Flatten(CardElement element) => element switch
    {
        Container c => [c, .. c.Items.SelectMany(Flatten)],
        ColumnSet s => [s, .. s.Columns.SelectMany(col => col.Items).SelectMany(Flatten)],
        _ => [element],
    };
}
