using System.Collections.Frozen;
using System.Collections.Immutable;

namespace CouplingBot.Engine.Mappings;

/// <summary>
/// Every table mapping by name (case-insensitive), and the order to synchronize them in: a mapping
/// comes after the mappings its lookups need, so the couplings those lookups translate through exist.
/// </summary>
public sealed class MappingCatalog
{
    private readonly FrozenDictionary<string, TableMapping> byName;

    private MappingCatalog(IReadOnlyList<TableMapping> ordered)
    {
        InDependencyOrder = [.. ordered];
        byName = ordered.ToFrozenDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The shipped mappings, the anchor's defaults: CURRENCY, SALESPEOPLE, CUSTOMER, CONTACT.</summary>
    public static MappingCatalog Default { get; } = Create(
        [CustomerMapping.Default, ContactMapping.Default, SalespeopleMapping.Default, CurrencyMapping.Default]);

    /// <summary>The mappings, each after its dependencies; ties keep the order given.</summary>
    public ImmutableArray<TableMapping> InDependencyOrder { get; }

    /// <summary>The names of the mappings.</summary>
    public IEnumerable<string> Names => InDependencyOrder.Select(m => m.Name);

    /// <summary>The mapping with this name.</summary>
    /// <exception cref="KeyNotFoundException">No mapping has the name.</exception>
    public TableMapping this[string name] =>
        TryGet(name) ?? throw new KeyNotFoundException($"There is no mapping {name}. Mappings: {string.Join(", ", Names)}.");

    /// <summary>The mapping with this name, or null.</summary>
    public TableMapping? TryGet(string name) => byName.GetValueOrDefault(name);

    /// <summary>The shipped mappings (or <paramref name="baseline"/>) with the configuration's overrides applied.</summary>
    /// <exception cref="InvalidOperationException">An override or the result is invalid; the message lists why.</exception>
    public static MappingCatalog FromOptions(MappingOptions options, MappingCatalog? baseline = null)
    {
        var (mappings, errors) = MappingOverrides.Apply((baseline ?? Default).InDependencyOrder, options);
        return errors.Count == 0 ? Create(mappings) : throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
    }

    /// <summary>A catalog of valid mappings.</summary>
    /// <exception cref="InvalidOperationException">The mappings are invalid (<see cref="MappingValidator"/>); the message lists why.</exception>
    public static MappingCatalog Create(IReadOnlyList<TableMapping> mappings)
    {
        ArgumentNullException.ThrowIfNull(mappings);
        var errors = MappingValidator.Validate(mappings);
        return errors.Count == 0
            ? new MappingCatalog(MappingValidator.DependencyOrder(mappings, out _))
            : throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
    }
}
