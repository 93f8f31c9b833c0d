namespace CouplingBot.Engine.Incremental;

/// <summary>What a person has to look at after an incremental run.</summary>
public enum IncrementalProblemKind
{
    /// <summary>Changed on both sides in a way the mapping's conflict rule does not settle: a person decides.</summary>
    Conflict,

    /// <summary>The pair's sync failed and the failure is recorded on the coupling (retried, then Skipped).</summary>
    Failed,
}

/// <summary>
/// A coupled pair that newly needs a person after an incremental run: a conflict seen in this run, or a failure whose
/// error this coupling did not have before (the first of its kind: a repeat of the same error, or a Skipped pair, is not new).
/// </summary>
/// <param name="Mapping">The mapping's name.</param>
/// <param name="BusinessCentralId">The Business Central record's id.</param>
/// <param name="Number">The Business Central record's number, as people name it.</param>
/// <param name="Kind">Conflict or failure.</param>
/// <param name="Message">What went wrong, fit to show to a person.</param>
/// <param name="At">When the run found it.</param>
public sealed record IncrementalSyncProblem(string Mapping, string BusinessCentralId, string Number, IncrementalProblemKind Kind, string Message, DateTimeOffset At);
