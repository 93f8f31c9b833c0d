namespace CouplingBot.Cards.Model;

/// <summary>
/// A Universal Action: Teams sends an <c>adaptiveCard/action</c> invoke to the bot with
/// <see cref="Verb"/> and <see cref="Data"/>, the card's input values merged into the data.
/// </summary>
/// <param name="Title">The button text.</param>
/// <param name="Verb">Which handler the bot runs (see <c>CardVerbs</c>).</param>
public sealed record ActionExecute(string Title, string Verb) : CardAction(Title)
{
    /// <summary>A small typed record of keys (never whole records); serialized as its runtime type.</summary>
    public object? Data { get; init; }

    /// <summary>Which inputs are sent: all of the card's (auto, the default) or none.</summary>
    public AssociatedInputs? AssociatedInputs { get; init; }
}
