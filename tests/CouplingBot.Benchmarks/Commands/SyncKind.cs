namespace CouplingBot.Benchmarks.Commands;

/// <summary>The sync a child run performs (its sub-command name is the lower-case form).</summary>
internal enum SyncKind
{
    /// <summary>A couple job that creates and couples a Sales account for every uncoupled customer.</summary>
    Initial,

    /// <summary>One <c>IIncrementalSync.RunAsync</c> for CUSTOMER.</summary>
    Incremental,
}
