namespace CouplingBot.EndToEnd.Tests.Stack;

/// <summary>
/// Tests that assert something arrives within seconds by itself (a webhook waking the sync) run alone, not beside
/// other stacks competing for the machine's two cores, so a slow neighbour can't reorder their steps.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitive
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Timing-sensitive";
}
