namespace CouplingBot.Bot.Protocol;

/// <summary>The activity types and names CouplingBot handles.</summary>
public static class ActivityTypes
{
    /// <summary>A chat message (also Action.Submit, with a value and no text).</summary>
    public const string Message = "message";

    /// <summary>A request that is answered in the HTTP response.</summary>
    public const string Invoke = "invoke";

    /// <summary>The typing indicator.</summary>
    public const string Typing = "typing";

    /// <summary>The invoke name of a Universal Action (Action.Execute).</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";

    /// <summary>The content type of an Adaptive Card attachment and invoke response.</summary>
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
}
