using System.Collections.Immutable;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Mappings;

/// <summary>
/// What lookup fields translate through, read beforehand so translating is pure: the couplings of related
/// records (salesperson <c>JO</c> &lt;-&gt; Sales user id) and the codes of reference tables (payment terms id
/// &lt;-&gt; <c>30 DAYS</c>). Immutable; <c>Lookups.LookupResolver</c> builds it for the records of one run.
/// Keys compare case-insensitively (codes are upper case in Business Central, GUIDs come in either case).
/// </summary>
public sealed class LookupValues
{
    private readonly ImmutableDictionary<string, string> _values;

    private LookupValues(ImmutableDictionary<string, string> values) => _values = values;

    /// <summary>Nothing known: every lookup is "not coupled", every code unknown.</summary>
    public static LookupValues None { get; } = new(ImmutableDictionary.Create<string, string>(StringComparer.OrdinalIgnoreCase));

    /// <summary>How many translations are known (both directions count).</summary>
    public int Count => _values.Count;

    /// <summary>
    /// A coupling of a related record, both ways: for lookups into <paramref name="mapping"/> by
    /// <paramref name="businessCentralKeyField"/>, the Business Central key <paramref name="businessCentralKey"/>
    /// is the Sales record <paramref name="salesId"/>.
    /// </summary>
    public LookupValues WithCoupling(string mapping, string businessCentralKeyField, string businessCentralKey, string salesId) =>
        new(_values
            .SetItem(CouplingKey(mapping, businessCentralKeyField, Side.BusinessCentral, businessCentralKey), salesId)
            .SetItem(CouplingKey(mapping, businessCentralKeyField, Side.Sales, salesId), businessCentralKey));

    /// <summary>A reference table's record, both ways: id <paramref name="id"/> has code <paramref name="code"/>.</summary>
    public LookupValues WithCode(CodeTable table, string id, string code)
    {
        ArgumentNullException.ThrowIfNull(table);
        return new(_values.SetItem(CodeKey(table, "id", id), code).SetItem(CodeKey(table, "code", code), id));
    }

    /// <summary>The key on the other side of a lookup value, or null when the related record is not coupled.</summary>
    public string? Translate(FieldLookup lookup, Side source, string value)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return _values.GetValueOrDefault(CouplingKey(lookup.Mapping, lookup.BusinessCentralKeyField, source, value));
    }

    /// <summary>The code of a reference table's record, or null when there is no record with that id.</summary>
    public string? CodeOf(CodeTable table, string id) => _values.GetValueOrDefault(CodeKey(table, "id", id));

    /// <summary>The id of a reference table's record, or null when no record has that code.</summary>
    public string? IdOf(CodeTable table, string code) => _values.GetValueOrDefault(CodeKey(table, "code", code));

    private static string CouplingKey(string mapping, string keyField, Side source, string value) =>
        $"coupling|{mapping}|{keyField}|{source}|{value.Trim()}";

    private static string CodeKey(CodeTable table, string by, string value) => $"code|{table.Set.Name}|{by}|{value.Trim()}";
}
