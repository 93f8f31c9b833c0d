using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Sync;

/// <summary>What to do about a coupling whose record is gone on one or both sides.</summary>
/// <param name="Missing">The side whose record is gone; null when both are.</param>
/// <param name="Action">What to do: fail, restore, or uncouple.</param>
/// <param name="Restore">For <see cref="DeletedCounterpartRule.Restore"/>: the create plan (all mapped fields flowing towards <paramref name="Missing"/>).</param>
/// <param name="Message">What happened and what can be done, for people.</param>
public sealed record DeletedCounterpartDecision(Side? Missing, DeletedCounterpartRule Action, SyncPlan? Restore, string Message);
