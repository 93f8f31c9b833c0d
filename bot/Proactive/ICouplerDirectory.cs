namespace CouplingBot.Bot.Proactive;

/// <summary>
/// Who coupled each record from chat, as the conversation reference of the turn they did it in, so a scheduled sync's
/// problems with the record can be posted to them. Notification routing only: a coupling whose coupler is not known
/// (coupled by a job, or before this was kept) still works; its problems go to the configured channel.
/// </summary>
public interface ICouplerDirectory
{
    /// <summary>Keeps (or replaces) who coupled a record.</summary>
    /// <param name="mapping">The coupling's mapping, e.g. <c>CUSTOMER</c>.</param>
    /// <param name="businessCentralId">The Business Central record's id.</param>
    /// <param name="coupler">The reference of the turn in which the person coupled it.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    Task RememberAsync(string mapping, string businessCentralId, ConversationReference coupler, CancellationToken cancellationToken);

    /// <summary>Who coupled the record, or null when not known.</summary>
    Task<ConversationReference?> FindAsync(string mapping, string businessCentralId, CancellationToken cancellationToken);
}
