using CouplingBot.Sandbox.Storage;
using Microsoft.OData.Edm;

namespace CouplingBot.Sandbox.OData;

/// <summary>
/// One entity type and set of an Edm model built from an <see cref="EntitySchema"/>, for the OData parser: alone in its
/// own model, or part of an <see cref="EdmService"/> with navigation properties.
/// </summary>
public sealed class EdmEntity
{
    /// <summary>Builds a model holding only this entity.</summary>
    public EdmEntity(EntitySchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        var model = new EdmModel();
        var type = BuildType(schema);
        model.AddElement(type);
        var container = new EdmEntityContainer(schema.EdmNamespace, "container");
        model.AddElement(container);
        Set = container.AddEntitySet(schema.EntitySetName, type);
        Type = type;
        Model = model;
    }

    internal EdmEntity(EntitySchema schema, IEdmModel model, IEdmEntityType type, IEdmEntitySet set)
    {
        Schema = schema;
        Model = model;
        Type = type;
        Set = set;
    }

    /// <summary>The schema the model was built from.</summary>
    public EntitySchema Schema { get; }

    /// <summary>The model.</summary>
    public IEdmModel Model { get; }

    /// <summary>The entity type.</summary>
    public IEdmEntityType Type { get; }

    /// <summary>The entity set.</summary>
    public IEdmEntitySet Set { get; }

    internal static EdmEntityType BuildType(EntitySchema schema)
    {
        var type = new EdmEntityType(schema.EdmNamespace, schema.TypeName);
        foreach (var column in schema.Columns)
        {
            var property = type.AddStructuralProperty(column.Name, Kind(column.Type), isNullable: column.Name != schema.KeyName);
            if (column.Name == schema.KeyName)
            {
                type.AddKeys(property);
            }
        }

        return type;
    }

    private static EdmPrimitiveTypeKind Kind(ColumnType type) => type switch
    {
        ColumnType.String => EdmPrimitiveTypeKind.String,
        ColumnType.Guid => EdmPrimitiveTypeKind.Guid,
        ColumnType.Decimal => EdmPrimitiveTypeKind.Decimal,
        ColumnType.Boolean => EdmPrimitiveTypeKind.Boolean,
        ColumnType.Int32 => EdmPrimitiveTypeKind.Int32,
        ColumnType.Int64 => EdmPrimitiveTypeKind.Int64,
        ColumnType.DateTimeOffset => EdmPrimitiveTypeKind.DateTimeOffset,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
