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

    /// <summary>Run a command on one record picked from a list of matches: <see cref="PickRecordData"/>.</summary>
    public const string PickRecord = "record.pick";

    /// <summary>Remove a record's coupling after the confirmation card: <see cref="RecordData"/>.</summary>
    public const string ConfirmUncouple = "record.uncouple";

    /// <summary>Retry a failed or skipped record (un-skip it and synchronize): <see cref="RecordData"/>.</summary>
    public const string RetryRecord = "record.retry";

    /// <summary>Start the job a confirmation card describes: <see cref="JobRequestData"/>.</summary>
    public const string ConfirmJob = "job.confirm";

    /// <summary>Don't start it after all: <see cref="JobRequestData"/>.</summary>
    public const string CancelJob = "job.cancel";

    /// <summary>Show where a job is now: <see cref="JobIdData"/>.</summary>
    public const string RefreshJob = "job.refresh";

    /// <summary>Show a job's failed and skipped records: <see cref="JobIdData"/>.</summary>
    public const string JobDetails = "job.details";

    /// <summary>Synchronize both ways with a person's conflict decisions: <see cref="ConflictDecisionData"/> + per-field inputs.</summary>
    public const string DecideConflicts = "sync.decide";

    /// <summary>Couple a record's missing related record (a salesperson, a currency), then synchronize the record again: <see cref="DependencyCoupleAction"/>.</summary>
    public const string CoupleDependency = "dependency.couple";

    /// <summary>Create the record's counterpart in Sales and couple the two (the set-up card's alternative): <see cref="RecordData"/>.</summary>
    public const string CreateInSales = "record.create";

    /// <summary>Every verb, for a dispatcher's completeness check.</summary>
    public static IReadOnlyList<string> All { get; } =
        [SetUpCoupling, ShowSetUpCoupling, RemoveCoupling, ShowSync, SyncNow, PickRecord, ConfirmUncouple, RetryRecord, ConfirmJob, CancelJob, RefreshJob, JobDetails, DecideConflicts, CoupleDependency, CreateInSales];
}
