using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Matching;

/// <summary>A Sales record that may be the same as a Business Central record, with why.</summary>
/// <param name="Record">The Sales record.</param>
/// <param name="Score">0 to 100: how likely it is the same.</param>
/// <param name="Reasons">What matched, in words ("same phone", "similar name").</param>
public sealed record AccountCandidate(EntityRecord Record, int Score, IReadOnlyList<string> Reasons);
