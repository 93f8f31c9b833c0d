using CouplingBot.Cards;
using CouplingBot.Cards.Model;

namespace CouplingBot.Bot.Conversation;

/// <summary><c>status</c> and <c>status all</c>: the latest jobs.</summary>
public sealed partial class JobConversation
{
    /// <summary>How many jobs <c>status</c> lists.</summary>
    public const int RecentCount = 10;

    /// <summary>The latest jobs of <paramref name="requestedBy"/>, or everyone's when null, newest first, each with its button.</summary>
    public async Task<AdaptiveCard> RecentAsync(string? requestedBy, CancellationToken cancellationToken)
    {
        var recent = await jobs.ListRecentAsync(requestedBy, RecentCount, cancellationToken).ConfigureAwait(false);
        return requestedBy is null
            ? JobCards.Recent("Latest jobs", [.. recent.Select(JobViews.Of)],
                "Nobody has started a job yet. \"sync customers 10000 20000\", \"sync all customers\" and \"match customers\" start one.")
            : JobCards.Recent("Your latest jobs", [.. recent.Select(JobViews.Of)],
                "You haven't started a job yet. \"sync customers 10000 20000\", \"sync all customers\" and \"match customers\" start one; \"status all\" shows everyone's jobs.");
    }
}
