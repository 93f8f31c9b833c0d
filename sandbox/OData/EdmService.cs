using CouplingBot.Sandbox.Storage;
using Microsoft.OData.Edm;

namespace CouplingBot.Sandbox.OData;

/// <summary>A single-valued navigation property: <paramref name="Name"/> on <paramref name="SourceSet"/> points to one row of <paramref name="TargetSet"/>.</summary>
public sealed record EdmNavigation(string SourceSet, string Name, string TargetSet);

/// <summary>
/// One Edm model holding several entity types and sets with single-valued navigation properties between them, so the
/// OData parser can resolve <c>$expand=primarycontactid($select=fullname)</c>.
/// </summary>
public sealed class EdmService
{
    private readonly Dictionary<string, EdmEntity> _entities = new(StringComparer.Ordinal);

    /// <summary>Builds the model from the schemas (all in one namespace) and the navigations between their sets.</summary>
    public EdmService(IReadOnlyList<EntitySchema> schemas, IReadOnlyList<EdmNavigation> navigations)
    {
        ArgumentNullException.ThrowIfNull(schemas);
        ArgumentNullException.ThrowIfNull(navigations);
        var model = new EdmModel();
        var container = new EdmEntityContainer(schemas[0].EdmNamespace, "container");
        model.AddElement(container);
        var types = new Dictionary<string, (EdmEntityType Type, EdmEntitySet Set)>(StringComparer.Ordinal);
        foreach (var schema in schemas)
        {
            var type = EdmEntity.BuildType(schema);
            model.AddElement(type);
            types[schema.EntitySetName] = (type, container.AddEntitySet(schema.EntitySetName, type));
        }

        foreach (var navigation in navigations)
        {
            var (source, sourceSet) = types[navigation.SourceSet];
            var (target, targetSet) = types[navigation.TargetSet];
            var property = source.AddUnidirectionalNavigation(new EdmNavigationPropertyInfo
            {
                Name = navigation.Name,
                Target = target,
                TargetMultiplicity = EdmMultiplicity.ZeroOrOne,
            });
            sourceSet.AddNavigationTarget(property, targetSet);
        }

        foreach (var schema in schemas)
        {
            var (type, set) = types[schema.EntitySetName];
            _entities[schema.EntitySetName] = new EdmEntity(schema, model, type, set);
        }

        Model = model;
    }

    /// <summary>The model.</summary>
    public IEdmModel Model { get; }

    /// <summary>The entity of a set.</summary>
    public EdmEntity this[string entitySet] => _entities[entitySet];
}
