using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Service;

/// <summary>
/// How to fix a record that failed because a related record is not coupled ("salesperson OF is not coupled to a Sales
/// user"): the related record, and the Sales records it may be coupled to, best first.
/// </summary>
/// <param name="Failure">The failure being fixed.</param>
/// <param name="Related">The related record's mapping (<c>SALESPEOPLE</c>).</param>
/// <param name="Record">The related Business Central record (salesperson OF).</param>
/// <param name="Name">The related record's name, for people.</param>
/// <param name="Candidates">Uncoupled Sales records it may be, most similar name first; empty when there are none.</param>
public sealed record DependencyFix(DependencyNotCoupled Failure, TableMapping Related, EntityRecord Record, string Name, IReadOnlyList<DependencyCandidate> Candidates);

/// <summary>A Sales record a related record may be coupled to.</summary>
/// <param name="SalesId">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="Score">How similar the names are, 0 to 100.</param>
public sealed record DependencyCandidate(string SalesId, string Name, int Score);
