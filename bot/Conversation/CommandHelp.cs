namespace CouplingBot.Bot.Conversation;

/// <summary>The commands the help card lists, one place for the wording.</summary>
public static class CommandHelp
{
    /// <summary>Each command with what it does.</summary>
    public static IReadOnlyList<(string Command, string What)> Commands { get; } =
    [
        ("show customer 10000", "A customer, its coupling and last sync (\"contact CT000012\" works everywhere too)"),
        ("find customer cannon", "Customers whose name contains the words, to pick one"),
        ("couple customer 10000", "Couple a customer to a Sales account, with ranked suggestions"),
        ("create customer 10000", "Create the customer in Sales and couple the two"),
        ("sync customer 10000", "Synchronize a coupled customer; add \"to sales\" or \"from sales\" to go at once"),
        ("sync customers 10000 20000", "Synchronize several customers as a job (you confirm first)"),
        ("sync all customers", "Synchronize every coupled customer as a job (you confirm first)"),
        ("match customers", "See which uncoupled customers match a Sales account, then couple them as a job"),
        ("uncouple customer 10000", "Remove a coupling after you confirm (no data is deleted)"),
        ("undo sync customer 10000", "Write back what the last sync changed, if nobody edited it since"),
        ("errors / skipped", "Records whose last sync failed, or that were skipped, each with Retry"),
        ("retry customer 10000", "Synchronize a skipped customer again"),
        ("status", "Your latest jobs, each with Refresh or Details (\"status all\" for everyone's)"),
        ("status JOBID", "Where a job is (the id is at the bottom of its card)"),
        ("help", "Show this list"),
    ];
}
