using CouplingBot.Engine.Mappings;

namespace CouplingBot.Engine.Sync;

/// <summary>The conflict policies: one per anchor rule, and a person's per-field decisions.</summary>
public static class ConflictPolicies
{
    /// <summary>The anchor's blank rule: every conflict is left to a person (the record fails and is reported).</summary>
    public static IConflictPolicy FailAndAsk { get; } = new FuncPolicy(_ => ConflictResolution.Ask);

    /// <summary>The anchor's "send to Sales" rule: Business Central's value wins every conflict.</summary>
    public static IConflictPolicy BusinessCentralWins { get; } = new FuncPolicy(_ => ConflictResolution.KeepBusinessCentral);

    /// <summary>The anchor's "get from Sales" rule: Sales's value wins every conflict.</summary>
    public static IConflictPolicy SalesWins { get; } = new FuncPolicy(_ => ConflictResolution.KeepSales);

    /// <summary>The policy for a per-mapping rule (<see cref="TableMapping.ConflictRule"/>).</summary>
    public static IConflictPolicy For(ConflictRule rule) => rule switch
    {
        ConflictRule.FailAndAsk => FailAndAsk,
        ConflictRule.BusinessCentralWins => BusinessCentralWins,
        ConflictRule.SalesWins => SalesWins,
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown conflict rule."),
    };

    /// <summary>
    /// A person's decisions, field by field (key: <see cref="FieldConflict.Key"/>); a field they did
    /// not decide goes to <paramref name="otherwise"/> (by default: still ask).
    /// </summary>
    public static IConflictPolicy Decisions(IReadOnlyDictionary<string, ConflictResolution> byField, IConflictPolicy? otherwise = null)
    {
        ArgumentNullException.ThrowIfNull(byField);
        var fallback = otherwise ?? FailAndAsk;
        return new FuncPolicy(c => byField.TryGetValue(c.Key, out var decision) ? decision : fallback.Resolve(c));
    }

    /// <summary>A policy from a function.</summary>
    public static IConflictPolicy From(Func<FieldConflict, ConflictResolution> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return new FuncPolicy(resolve);
    }

    private sealed class FuncPolicy(Func<FieldConflict, ConflictResolution> resolve) : IConflictPolicy
    {
        public ConflictResolution Resolve(FieldConflict conflict)
        {
            ArgumentNullException.ThrowIfNull(conflict);
            return resolve(conflict);
        }
    }
}
