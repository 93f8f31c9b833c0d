using CouplingBot.Engine.Records;
using CouplingBot.Engine.Sync;

namespace CouplingBot.Engine.Mappings;

/// <summary>
/// The pure value transformation the sync applies to each mapped field: constant, option mapping,
/// lookup through another mapping's couplings. No I/O: coupling look-ups come in as a function.
/// </summary>
public static class FieldTransform
{
    /// <summary>
    /// The target value for one source value. Rules, in order: a constant is written whatever the
    /// source holds; an empty source clears the target (an empty lookup needs no coupling); an option
    /// mapping translates the value or reports <see cref="NoMatchingOption"/>; a lookup translates
    /// through <paramref name="translate"/>, and a related record that is not coupled either clears
    /// the target (<see cref="FieldMapping.ClearWhenNotCoupled"/>) or reports
    /// <see cref="DependencyNotCoupled"/>; otherwise the value is copied.
    /// </summary>
    /// <exception cref="ArgumentException">The field does not flow in <paramref name="direction"/>.</exception>
    public static FieldValueOutcome Translate(FieldMapping field, SyncDirection direction, string? sourceValue, LookupTranslator translate)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(translate);
        var toSales = direction == SyncDirection.ToSales;
        if (toSales ? !field.FlowsToSales : !field.FlowsFromSales)
        {
            throw new ArgumentException($"Field '{field.Label}' does not flow {(toSales ? "to" : "from")} Sales.", nameof(direction));
        }

        if (field.Constant is { } constant)
        {
            return new TargetValue(field, constant);
        }

        if (FieldValues.Normalize(sourceValue) is null)
        {
            return new TargetValue(field, null);
        }

        var value = sourceValue!.Trim();
        if (field.ValueMap is { } map)
        {
            return MapOption(field, map, value, toSales);
        }

        return field.Lookup is { } lookup ? TranslateLookup(field, lookup, value, toSales, translate) : new TargetValue(field, sourceValue);
    }

    private static FieldValueOutcome MapOption(FieldMapping field, OptionValueMap map, string value, bool toSales)
    {
        var option = toSales ? map.FindByBusinessCentral(value) : map.FindBySales(value);
        if (option is not null)
        {
            return new TargetValue(field, toSales ? option.SalesValue : option.BusinessCentralValue);
        }

        var (from, to) = toSales ? ("Business Central", "Sales") : ("Sales", "Business Central");
        return new NoMatchingOption(field, value,
            $"{field.Label} '{value}' in {from} has no matching {to} value. Add it to the field's option mapping, or change the value in {from}.");
    }

    private static FieldValueOutcome TranslateLookup(FieldMapping field, FieldLookup lookup, string value, bool toSales, LookupTranslator translate)
    {
        var translated = translate(lookup, toSales ? Side.BusinessCentral : Side.Sales, value);
        if (FieldValues.Normalize(translated) is { } key)
        {
            return new TargetValue(field, key);
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
