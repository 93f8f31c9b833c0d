namespace CouplingBot.Bot.Conversation;

/// <summary>The commands the help card lists, one place for the wording.</summary>
public static class CommandHelp
{
    /// <summary>Each command with what it does.</summary>
    public static IReadOnlyList<(string Command, string What)> Commands { get; } =
    [
        ("couple customer 10000", "Couple a Business Central customer to a Sales account, with suggestions"),
        ("sync customer 10000", "Synchronize a coupled customer; add \"to sales\" or \"from sales\" to go at once"),
        ("show customer 10000", "Show a customer, its coupling and last sync"),
        ("uncouple customer 10000", "Remove a customer's coupling (no data is deleted)"),
        ("retry customer 10000", "Synchronize a customer again that was skipped after failing twice"),
        ("help", "Show this list"),
    ];
}
