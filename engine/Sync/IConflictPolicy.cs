namespace CouplingBot.Engine.Sync;

/// <summary>
/// Settles field conflicts of a merge: keep Business Central, keep Sales, or ask a person (house
/// style: "conflict policy is a strategy"). Implementations are pure. See <see cref="ConflictPolicies"/>.
/// </summary>
public interface IConflictPolicy
{
    /// <summary>How to settle one conflicting field.</summary>
    ConflictResolution Resolve(FieldConflict conflict);
}
