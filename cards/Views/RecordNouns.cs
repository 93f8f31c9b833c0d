namespace CouplingBot.Cards.Views;

/// <summary>
/// What a record card calls the record on each side, so one card serves customers and contacts.
/// </summary>
/// <param name="Noun">The Business Central record, e.g. "customer"; also the <c>recordKind</c> the card's actions send.</param>
/// <param name="SalesNoun">Its Sales counterpart, e.g. "account".</param>
public sealed record RecordNouns(string Noun, string SalesNoun)
{
    /// <summary>A Business Central customer and a Sales account.</summary>
    public static RecordNouns Customer { get; } = new("customer", "account");

    /// <summary>A Business Central contact and a Sales contact.</summary>
    public static RecordNouns Contact { get; } = new("contact", "contact");

    /// <summary>The kind the card actions send: null for customers (cards sent before contacts had cards carry none).</summary>
    public string? ActionKind => this == Customer ? null : Noun;
}
