namespace CouplingBot.Cards.Actions;

/// <summary>
/// The Action.Execute verbs of CouplingBot's cards: the bot dispatches each to one handler.
/// Each verb lists the data the card sends and the action record the bot reads it into.
/// </summary>
public static class CardVerbs
{
    /// <summary>Couple the customer with the chosen Sales account: <see cref="SetUpCouplingAction"/>.</summary>
    public const string SetUpCoupling = "coupling.setUp";

    /// <summary>Show the set-up card for a customer that is not coupled: <see cref="CustomerAction"/>.</summary>
    public const string ShowSetUpCoupling = "coupling.showSetUp";

    /// <summary>Remove the customer's coupling: <see cref="CustomerAction"/>.</summary>
    public const string RemoveCoupling = "coupling.remove";

    /// <summary>Show the synchronize card for a coupled customer: <see cref="CustomerAction"/>.</summary>
    public const string ShowSync = "sync.show";

    /// <summary>Synchronize the customer now in the chosen direction: <see cref="SyncNowAction"/>.</summary>
    public const string SyncNow = "sync.now";

    /// <summary>Every verb, for a dispatcher's completeness check.</summary>
    public static IReadOnlyList<string> All { get; } = [SetUpCoupling, ShowSetUpCoupling, RemoveCoupling, ShowSync, SyncNow];
}
