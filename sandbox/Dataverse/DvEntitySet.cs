using System.Collections.Immutable;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>
/// A single-valued lookup: navigation property <paramref name="Navigation"/> (written with <c>Navigation@odata.bind</c>,
/// expanded with <c>$expand</c>) points into <paramref name="TargetSet"/> and is read as <paramref name="Column"/>. A
/// polymorphic lookup (parentcustomerid) is several navigations sharing one column.
/// </summary>
public sealed record DvLookup(string Navigation, string TargetSet, string Column);

/// <summary>One Dataverse table served under its entity set name (the table has the same name).</summary>
/// <param name="Schema">The columns.</param>
/// <param name="PrimaryName">The primary name column (the formatted value of lookups to this table).</param>
public sealed record DvEntitySet(EntitySchema Schema, string PrimaryName)
{
    /// <summary>Entity set (and table) name, e.g. <c>contacts</c>.</summary>
    public string Name => Schema.EntitySetName;

    /// <summary>Logical name, e.g. <c>contact</c> (in messages and <c>lookuplogicalname</c>).</summary>
    public string LogicalName => Schema.TypeName;

    /// <summary>The lookups of this table.</summary>
    public IReadOnlyList<DvLookup> Lookups { get; init; } = [];

    /// <summary>Option-set columns and their valid values.</summary>
    public IReadOnlyDictionary<string, int[]> OptionSets { get; init; } = ImmutableDictionary<string, int[]>.Empty;

    /// <summary>Values of a new row that are not null (before the body is applied).</summary>
    public IReadOnlyDictionary<string, object?> Defaults { get; init; } = ImmutableDictionary<string, object?>.Empty;

    /// <summary>True when the table composes a read-only <c>fullname</c> from <c>firstname</c> (<c>middlename</c>) <c>lastname</c>.</summary>
    public bool ComposesFullName { get; init; }

    /// <summary>True when DELETE is allowed (Dataverse refuses it for system users).</summary>
    public bool CanDelete { get; init; } = true;
}
