using Microsoft.Extensions.Logging;

namespace CouplingBot.Engine.Incremental;

/// <summary>Incremental sync log messages (event ids 1200-1299). Record bodies are never logged.</summary>
internal static partial class IncrementalLog
{
    [LoggerMessage(1201, LogLevel.Information,
        "Incremental sync {Mapping}: {BusinessCentralChanges} BC / {SalesChanges} Sales changes, {ModifiedInSales} written to Sales, {ModifiedInBusinessCentral} to BC, {Unchanged} unchanged, {Uncoupled} uncoupled, {Conflicts} conflicts, {Failed} failed, {Deletions} Sales deletions")]
    public static partial void Completed(ILogger logger, string mapping, int businessCentralChanges, int salesChanges, int modifiedInSales,
        int modifiedInBusinessCentral, int unchanged, int uncoupled, int conflicts, int failed, int deletions);

    [LoggerMessage(1202, LogLevel.Warning, "Incremental sync {Mapping}: the Sales delta link expired; reading the table in full")]
    public static partial void DeltaLinkExpired(ILogger logger, string mapping);

    [LoggerMessage(1203, LogLevel.Warning, "Incremental sync {Mapping}: {Side} write of {Number} failed: {Error}")]
    public static partial void WriteFailed(ILogger logger, string mapping, string side, string number, string error);

    [LoggerMessage(1204, LogLevel.Warning, "Incremental sync {Mapping}: the coupling of {Number} changed meanwhile; its sync state was not saved")]
    public static partial void SyncStateNotSaved(ILogger logger, string mapping, string number);

    [LoggerMessage(1205, LogLevel.Warning, "Incremental sync {Mapping}: the counterpart of {Number} is gone")]
    public static partial void CounterpartMissing(ILogger logger, string mapping, string number);

    [LoggerMessage(1206, LogLevel.Information,
        "Incremental sync {Mapping}: {RetriedFailures} failed pairs retried; Sales deletions: {Uncoupled} uncoupled, {Restored} restored, {DeletionFailures} failed")]
    public static partial void FailuresAndDeletions(ILogger logger, string mapping, int retriedFailures, int uncoupled, int restored, int deletionFailures);

    [LoggerMessage(1207, LogLevel.Warning, "Incremental sync {Mapping}: reading {Number} failed: {Error}; the next run tries again")]
    public static partial void ReadFailed(ILogger logger, string mapping, string number, string error);

    [LoggerMessage(1210, LogLevel.Information, "Incremental sync scheduler disabled (IncrementalSync:Enabled is false)")]
    public static partial void SchedulerDisabled(ILogger logger);

    [LoggerMessage(1211, LogLevel.Error, "Incremental sync {Mapping} failed; the next run tries again")]
    public static partial void RunFailed(ILogger logger, Exception exception, string mapping);

    [LoggerMessage(1212, LogLevel.Warning, "Incremental sync: there is no mapping {Mapping}; it is not run")]
    public static partial void UnknownMapping(ILogger logger, string mapping);

    [LoggerMessage(1213, LogLevel.Error, "Incremental sync {Mapping}: the run's observer failed ({NewProblems} new problems may not have been told)")]
    public static partial void ObserverFailed(ILogger logger, Exception exception, string mapping, int newProblems);

    [LoggerMessage(1214, LogLevel.Information, "Incremental sync {Mapping}: {Count} Sales records had changed since they were last synchronized after all; they are read and planned again")]
    public static partial void AssumedStateStale(ILogger logger, string mapping, int count);
}
