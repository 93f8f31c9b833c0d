namespace CouplingBot.Cards.Model;

/// <summary>Opens a web page.</summary>
/// <param name="Title">The button text.</param>
/// <param name="Url">The page to open.</param>
public sealed record ActionOpenUrl(string Title, Uri Url) : CardAction(Title);
