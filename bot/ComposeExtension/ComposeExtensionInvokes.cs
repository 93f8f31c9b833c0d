namespace CouplingBot.Bot.ComposeExtension;

/// <summary>The invoke names of the compose box (message extension) that CouplingBot answers.</summary>
public static class ComposeExtensionInvokes
{
    /// <summary>What every compose-box invoke name starts with.</summary>
    public const string Prefix = "composeExtension/";

    /// <summary>A search typed in the compose box.</summary>
    public const string Query = "composeExtension/query";

    /// <summary>A link pasted in the compose box, to unfurl.</summary>
    public const string QueryLink = "composeExtension/queryLink";

    /// <summary>The search command's id in the app manifest.</summary>
    public const string FindRecordsCommand = "findRecords";

    /// <summary>The search command's parameter in the app manifest.</summary>
    public const string SearchTextParameter = "searchText";

    /// <summary>The search parameter's other accepted name (the app manifest's).</summary>
    public const string QueryParameter = "query";

    /// <summary>True for any compose-box invoke (the turn handler routes these here).</summary>
    public static bool Handles(string? invokeName) =>
        invokeName is not null && invokeName.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);
}
