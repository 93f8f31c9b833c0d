using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Mappings;

/// <summary>
/// The pure value transformation the sync applies to each mapped field: constant, option mapping,
/// lookup through another mapping's couplings. No I/O: what lookups translate through comes in as
/// <see cref="LookupValues"/>, read beforehand.
/// </summary>
public static class FieldTransform
{
    /// <summary>
    /// The target value for one source value. Rules, in order: a constant is written whatever the
    /// source holds; an empty source clears the target (an empty lookup needs no coupling); an option
    /// mapping translates the value (by code, for a <see cref="FieldMapping.BusinessCentralCodes"/> field) or
    /// reports <see cref="NoMatchingOption"/>; a lookup translates through <paramref name="lookups"/>, and a
    /// related record that is not coupled either clears
    /// the target (<see cref="FieldMapping.ClearWhenNotCoupled"/>) or reports
    /// <see cref="DependencyNotCoupled"/>; otherwise the value is copied.
    /// </summary>
    /// <exception cref="ArgumentException">The field does not flow in <paramref name="direction"/>.</exception>
    public static FieldValueOutcome Translate(FieldMapping field, SyncDirection direction, string? sourceValue, LookupValues lookups)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(lookups);
        var toSales = direction == SyncDirection.ToSales;
        if (toSales ? !field.FlowsToSales : !field.FlowsFromSales)
        {
            throw new ArgumentException($"Field '{field.Label}' does not flow {(toSales ? "to" : "from")} Sales.", nameof(direction));
        }

        if (field.Constant is { } constant)
        {
            return new TargetValue(field, constant);
        }

        if (toSales && FieldValues.Normalize(sourceValue) is null && field.Lookup is not null && field.EmptyMeans is { } local)
        {
            sourceValue = local; // the local currency: empty in Business Central, named in Sales
        }

        if (FieldValues.Normalize(sourceValue) is null || (toSales && field.BusinessCentralCodes is not null && IsEmptyId(sourceValue!)))
        {
            return new TargetValue(field, null);
        }

        var value = sourceValue!.Trim();
        if (field.ValueMap is { } map)
        {
            return MapOption(field, map, value, toSales, lookups);
        }

        return field.Lookup is { } lookup ? TranslateLookup(field, lookup, value, toSales, lookups) : new TargetValue(field, sourceValue);
    }

    /// <summary>Business Central has no null: a reference field without a record holds the empty GUID.</summary>
    private static bool IsEmptyId(string value) => Guid.TryParse(value, out var id) && id == Guid.Empty;

    private static FieldValueOutcome MapOption(FieldMapping field, OptionValueMap map, string value, bool toSales, LookupValues lookups)
    {
        var codes = field.BusinessCentralCodes;
        if (toSales && codes is not null)
        {
            // The field holds a reference record's id; the option mapping speaks of its code.
            var code = lookups.CodeOf(codes, value);
            if (code is null)
            {
                return new NoMatchingOption(field, value,
                    $"{field.Label} {value} is not a record of {codes.Set.Name} in Business Central. Choose another {field.Label} in Business Central.");
            }

            value = code;
        }

        var option = toSales ? map.FindByBusinessCentral(value) : map.FindBySales(value);
        if (option is null)
        {
            var (from, to) = toSales ? ("Business Central", "Sales") : ("Sales", "Business Central");
            return new NoMatchingOption(field, value,
                $"{field.Label} '{value}' in {from} has no matching {to} value. Add it to the field's option mapping, or change the value in {from}.");
        }

        if (toSales)
        {
            return new TargetValue(field, option.SalesValue);
        }

        if (codes is null)
        {
            return new TargetValue(field, option.BusinessCentralValue);
        }

        return lookups.IdOf(codes, option.BusinessCentralValue) is { } id
            ? new TargetValue(field, id)
            : new NoMatchingOption(field, value,
                $"{field.Label} '{option.SalesLabel}' in Sales maps to {option.BusinessCentralValue}, which Business Central's {codes.Set.Name} does not have. Create it in Business Central, or change the field's option mapping.");
    }

    private static FieldValueOutcome TranslateLookup(FieldMapping field, FieldLookup lookup, string value, bool toSales, LookupValues lookups)
    {
        var translated = lookups.Translate(lookup, toSales ? Side.BusinessCentral : Side.Sales, value);
        if (FieldValues.Normalize(translated) is { } key)
        {
            return new TargetValue(field, !toSales && string.Equals(key, field.EmptyMeans, StringComparison.OrdinalIgnoreCase) ? null : key);
        }

        if (field.ClearWhenNotCoupled)
        {
            return new TargetValue(field, null);
        }

        var (noun, other) = toSales ? (lookup.BusinessCentralNoun, lookup.SalesNoun) : (lookup.SalesNoun, lookup.BusinessCentralNoun);
        return new DependencyNotCoupled(field, lookup.Mapping, value,
            $"{noun} {value} is not coupled to a {other}. Couple it ({lookup.Mapping}) first, or set {field.Label} to be cleared when not coupled.");
    }
}
