using CouplingBot.Engine.Sync;
using Microsoft.Extensions.Logging;

namespace CouplingBot.Engine.Service;

/// <summary>The engine's log messages (event ids 1000-1999). Record bodies are never logged.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Information, "Coupled {Mapping} {Number} to Sales record {SalesId}")]
    public static partial void Coupled(ILogger logger, string mapping, string number, string salesId);

    [LoggerMessage(1002, LogLevel.Information, "Uncoupled {Mapping} {Number} from Sales record {SalesId}")]
    public static partial void Uncoupled(ILogger logger, string mapping, string number, string salesId);

    [LoggerMessage(1003, LogLevel.Information, "Synchronized {Mapping} {Number} {Direction}: {FieldsChanged} fields written")]
    public static partial void Synchronized(ILogger logger, string mapping, string number, SyncDirection direction, int fieldsChanged);

    [LoggerMessage(1004, LogLevel.Warning, "Synchronized {Mapping} {Number}, but its coupling changed meanwhile; sync state not saved")]
    public static partial void SyncStateNotSaved(ILogger logger, string mapping, string number);
}
