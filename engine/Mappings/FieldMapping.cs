namespace CouplingBot.Engine.Mappings;

/// <summary>One field of a table mapping: a Business Central field, its Sales column, its direction.</summary>
/// <param name="Label">What a person calls the field ("Address", "Phone").</param>
/// <param name="BusinessCentralField">The Business Central API field, e.g. <c>addressLine1</c>; empty for a constant written to Sales only.</param>
/// <param name="SalesField">The Dataverse column, e.g. <c>address1_line1</c>; for a lookup its logical name (<c>ownerid</c>).</param>
/// <param name="Direction">Which way values may flow.</param>
/// <remarks>
/// A field is transformed on its way (see <see cref="FieldTransform"/>) in this order: a
/// <see cref="Constant"/> is written whatever the source holds; otherwise an empty source clears the
/// target; otherwise the <see cref="ValueMap"/> translates option values, or the <see cref="Lookup"/>
/// translates a related record's key through that mapping's couplings.
/// </remarks>
public sealed record FieldMapping(string Label, string BusinessCentralField, string SalesField, FieldDirection Direction)
{
    /// <summary>True when this field may be written on the Sales side.</summary>
    public bool FlowsToSales => Direction is FieldDirection.Bidirectional or FieldDirection.ToSales;

    /// <summary>True when this field may be written on the Business Central side.</summary>
    public bool FlowsFromSales => Direction is FieldDirection.Bidirectional or FieldDirection.FromSales;

    /// <summary>False when configuration turned the field off: it is then neither read nor written.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>A value always written to the target (e.g. <c>customertypecode</c> 3 on accounts); null for none.</summary>
    public string? Constant { get; init; }

    /// <summary>The option mapping between Business Central values and a Sales option set; null for none.</summary>
    public OptionValueMap? ValueMap { get; init; }

    /// <summary>
    /// The reference table whose record id the Business Central field holds, when the <see cref="ValueMap"/>
    /// speaks of its codes (payment terms); null when the field holds the code itself.
    /// </summary>
    public CodeTable? BusinessCentralCodes { get; init; }

    /// <summary>The related mapping that translates this field's value; null for a plain value.</summary>
    public FieldLookup? Lookup { get; init; }

    /// <summary>
    /// The anchor's "clear value on failed sync": when the related record is not coupled, clear the
    /// target field instead of failing the record with "must be coupled".
    /// </summary>
    public bool ClearWhenNotCoupled { get; init; }

    /// <summary>
    /// What an empty Business Central value of a lookup stands for: Business Central leaves a customer's currency code
    /// empty for the local currency, which Sales names like any other (set it to the local currency's code, e.g.
    /// <c>GBP</c>). Null: empty means none, and clears the Sales lookup.
    /// </summary>
    public string? EmptyMeans { get; init; }

    /// <summary>The Sales column to read: a lookup's <c>_&lt;column&gt;_value</c>, otherwise <see cref="SalesField"/>.</summary>
    public string SalesReadField => Lookup?.Sales.ReadColumn ?? SalesField;

    /// <summary>The Sales property a write sets: a lookup's <c>&lt;column&gt;@odata.bind</c>, otherwise <see cref="SalesField"/>.</summary>
    public string SalesWriteField => Lookup?.Sales.BindProperty ?? SalesField;

    /// <summary>True when the value is copied as it is: no constant, option mapping or lookup.</summary>
    public bool IsPlainCopy => Constant is null && ValueMap is null && Lookup is null && BusinessCentralCodes is null;

    /// <summary>The value to write on Sales for a target value: a lookup's <c>/set(id)</c> reference, otherwise the value.</summary>
    public string? SalesWriteValue(string? value) => Lookup is { } lookup && value is not null ? lookup.Sales.BindValue(value) : value;
}
