namespace CouplingBot.Engine.Clients;

/// <summary>An OData query: a <c>$filter</c> expression, the columns to select, an optional cap.</summary>
/// <param name="Filter">A <c>$filter</c> expression built with <see cref="ODataFilter"/>, or null for all.</param>
/// <param name="Fields">The columns to <c>$select</c>; the key and modified-on are always added.</param>
/// <param name="Top">At most this many records in all, or null for every page.</param>
public sealed record RecordQuery(string? Filter, IReadOnlyCollection<string> Fields, int? Top = null);
