using CouplingBot.Cards.Model;
using static CouplingBot.Cards.CardParts;

namespace CouplingBot.Cards.ComposeExtension;

/// <summary>
/// The compact record cards the compose box inserts where the chat has no card of its own: a Business
/// Central contact, and a Sales record that is not coupled. Customers use <see cref="CustomerCards.Record"/>.
/// They carry no buttons: the record is shown to everyone in the chat, who can ask the bot in a chat.
/// </summary>
public static class ComposeCards
{
    /// <summary>A Business Central contact with its key fields and coupling status.</summary>
    public static AdaptiveCard Contact(ContactView contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var title = ContactTitle(contact);
        var status = contact.CoupledTo is { } name
            ? new TextBlock($"Coupled to Sales contact {name}") { Color = TextColor.Good, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium }
            : new TextBlock("Not coupled to a Sales contact") { Color = TextColor.Warning, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium };
        return Card(
            contact.CoupledTo is { } coupled ? $"{title}: coupled to Sales contact {coupled}." : $"{title}: not coupled to a Sales contact.",
            [Title(title), Subtle("Business Central contact"), Facts(contact.Facts), status]);
    }

    /// <summary>A Sales record that has no Business Central counterpart yet, saying so.</summary>
    public static AdaptiveCard SalesRecord(SalesRecordView record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Card(
            $"{record.KindLabel} {record.Name}: not coupled to a {record.CounterpartLabel}.",
            [
                Title(record.Name),
                Subtle($"Dynamics 365 {record.KindLabel}"),
                Facts(record.Facts),
                new TextBlock($"Not coupled to a {record.CounterpartLabel}") { Color = TextColor.Warning, Weight = TextWeight.Bolder, Wrap = true, Spacing = Spacing.Medium },
            ]);
    }

    /// <summary>"Contact CT000001 · Mr. Andy Teal".</summary>
    public static string ContactTitle(ContactView contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return $"Contact {contact.Number} · {contact.Name}";
    }
}
