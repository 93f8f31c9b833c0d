using System.Collections.Frozen;

namespace CouplingBot.Sandbox.Storage;

/// <summary>One column of an entity: its name, type, optional maximum length and whether clients may write it.</summary>
public sealed record Column(string Name, ColumnType Type, int? MaxLength = null, bool ReadOnly = false);

/// <summary>The shape of one entity type: the Edm names and the columns, the first one being the key.</summary>
public sealed class EntitySchema
{
    private readonly FrozenDictionary<string, Column> _byName;

    /// <summary>Creates a schema; <paramref name="columns"/> must contain <paramref name="keyName"/> as a Guid column.</summary>
    public EntitySchema(string edmNamespace, string typeName, string entitySetName, string keyName, IReadOnlyList<Column> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        EdmNamespace = edmNamespace;
        TypeName = typeName;
        EntitySetName = entitySetName;
        KeyName = keyName;
        Columns = columns;
        _byName = columns.ToFrozenDictionary(c => c.Name, StringComparer.Ordinal);
        if (!_byName.TryGetValue(keyName, out var key) || key.Type != ColumnType.Guid)
        {
            throw new ArgumentException($"Key '{keyName}' must be a Guid column.", nameof(keyName));
        }
    }

    /// <summary>Namespace of the Edm type, e.g. <c>Microsoft.NAV</c>.</summary>
    public string EdmNamespace { get; }

    /// <summary>Edm type name, e.g. <c>customer</c>.</summary>
    public string TypeName { get; }

    /// <summary>Entity set name, e.g. <c>customers</c>.</summary>
    public string EntitySetName { get; }

    /// <summary>Name of the key column.</summary>
    public string KeyName { get; }

    /// <summary>All columns in the order they are serialized.</summary>
    public IReadOnlyList<Column> Columns { get; }

    /// <summary>Full Edm type name, e.g. <c>Microsoft.NAV.customer</c>.</summary>
    public string FullTypeName => $"{EdmNamespace}.{TypeName}";

    /// <summary>Finds a column by its exact (case-sensitive) name.</summary>
    public Column? Find(string name) => _byName.GetValueOrDefault(name);
}
