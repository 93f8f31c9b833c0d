using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Sync;

/// <summary>
/// One mapped field of a coupled pair as the planner sees it: each side's value as read, and each value
/// translated for the other side (<see cref="FieldTransform"/>: option mapping, lookup, constant). Two sides
/// agree when a translation equals the other side's value, so a salesperson <c>JO</c> and the id of the Sales
/// user coupled to JO agree.
/// </summary>
/// <param name="Field">The field.</param>
/// <param name="BusinessCentral">Business Central's value as read.</param>
/// <param name="Sales">Sales's value as read (a lookup's <c>_x_value</c>).</param>
/// <param name="ForSales">Business Central's value translated for Sales; null when the field does not flow to Sales.</param>
/// <param name="ForBusinessCentral">Sales's value translated for Business Central; null when the field does not flow from Sales.</param>
/// <param name="BusinessCentralDisplay">Business Central's value as people know it (a payment terms code rather than its id).</param>
/// <param name="SalesDisplay">Sales's value as people know it (the Business Central key of a lookup's related record, an option's label).</param>
public sealed record FieldReading(
    FieldMapping Field,
    string? BusinessCentral,
    string? Sales,
    FieldValueOutcome? ForSales,
    FieldValueOutcome? ForBusinessCentral,
    string? BusinessCentralDisplay,
    string? SalesDisplay)
{
    /// <summary>Reads one field of a pair and translates each side's value with <paramref name="lookups"/>.</summary>
    public static FieldReading Of(FieldMapping field, EntityRecord businessCentral, EntityRecord sales, LookupValues lookups)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(businessCentral);
        ArgumentNullException.ThrowIfNull(sales);
        ArgumentNullException.ThrowIfNull(lookups);
        var bc = field.BusinessCentralField.Length == 0 ? null : businessCentral[field.BusinessCentralField];
        var s = sales[field.SalesReadField];
        var forSales = field.FlowsToSales ? FieldTransform.Translate(field, SyncDirection.ToSales, bc, lookups) : null;
        var forBusinessCentral = field.FlowsFromSales ? FieldTransform.Translate(field, SyncDirection.FromSales, s, lookups) : null;
        return new FieldReading(field, bc, s, forSales, forBusinessCentral,
            bc is null ? (field.Lookup is null ? null : field.EmptyMeans)
            : field.BusinessCentralCodes is { } codes ? lookups.CodeOf(codes, bc) ?? bc : bc,
            SalesDisplayOf(field, s, lookups));
    }

    /// <summary>
    /// True when nothing needs writing: a translation equals the other side's value (either way, so a
    /// two-way field agrees even when only one direction can be translated).
    /// </summary>
    public bool Agree =>
        (ForSales is TargetValue toSales && Same(toSales.Value, Sales))
        || (ForBusinessCentral is TargetValue toBusinessCentral && Same(toBusinessCentral.Value, BusinessCentral));

    /// <summary>
    /// The write that makes <paramref name="target"/> take the other side's value, or why it cannot be written
    /// (<see cref="FieldValueFailure"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The field does not flow towards <paramref name="target"/>.</exception>
    public PlannedWrite Toward(Side target)
    {
        var translated = (target == Side.Sales ? ForSales : ForBusinessCentral)
            ?? throw new InvalidOperationException($"Field '{Field.Label}' does not flow to {target}.");
        return translated switch
        {
            TargetValue value when target == Side.Sales =>
                new(new FieldChange(Field, Sales, value.Value) { Target = Side.Sales, OldDisplay = SalesDisplay, NewDisplay = BusinessCentralDisplay }, null),
            TargetValue value =>
                new(new FieldChange(Field, BusinessCentral, value.Value) { Target = Side.BusinessCentral, OldDisplay = BusinessCentralDisplay, NewDisplay = SalesDisplay }, null),
            FieldValueFailure failure => new(null, failure),
            _ => throw new InvalidOperationException($"Unexpected translation {translated.GetType().Name}."),
        };
    }

    /// <summary>Lookup ids and codes compare ignoring case (GUIDs come in either case); other values exactly.</summary>
    private bool Same(string? left, string? right) =>
        Field.IsPlainCopy
            ? FieldValues.AreEqual(left, right)
            : string.Equals(FieldValues.Normalize(left)?.Trim(), FieldValues.Normalize(right)?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string? SalesDisplayOf(FieldMapping field, string? sales, LookupValues lookups) =>
        sales is null ? null
        : field.Lookup is { } lookup ? lookups.Translate(lookup, Side.Sales, sales) ?? sales
        : field.ValueMap?.FindBySales(sales)?.SalesLabel ?? sales;

    /// <summary>A planned write of one field: either the change, or why it cannot be made.</summary>
    /// <param name="Change">The write, when the value translates.</param>
    /// <param name="Failure">Why it cannot be written, otherwise.</param>
    public readonly record struct PlannedWrite(FieldChange? Change, FieldValueFailure? Failure);
}
