using CouplingBot.Bot.Conversation;
using CouplingBot.Engine.Jobs;

namespace CouplingBot.Bot.Proactive;

/// <summary>
/// What the bot says when a job ends. Register another implementation (it replaces
/// <see cref="JobEndMessages"/>) to post richer cards.
/// </summary>
public interface IJobEndMessages
{
    /// <summary>The message posted into the requester's conversation: the outcome with its counters, or why the job failed.</summary>
    Reply Completion(JobInfo job);

    /// <summary>What replaces the card that started the job, or null to leave that card as it is.</summary>
    Reply? FinalCard(JobInfo job);
}
