namespace CouplingBot.Sandbox.Faults;

/// <summary>A stored fault rule with its id and how often it has been applied (the view <c>GET /_sandbox/faults</c> lists).</summary>
/// <param name="Id">Rule id.</param>
/// <param name="Rule">The rule as posted.</param>
/// <param name="Applied">How many requests it has hit.</param>
/// <param name="Remaining">How many more it will hit when posted with a count; null: unlimited.</param>
public sealed record FaultRule(string Id, FaultRuleRequest Rule, int Applied, int? Remaining)
{
    /// <summary>Longest a <c>timeout</c> fault hangs before it aborts the connection.</summary>
    public static readonly TimeSpan TimeoutCap = TimeSpan.FromSeconds(100);
}
