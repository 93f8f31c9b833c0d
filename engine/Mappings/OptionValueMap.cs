using System.Collections.Immutable;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Mappings;

/// <summary>One pair of an option mapping: a Business Central value and its Sales option value.</summary>
/// <param name="BusinessCentralValue">The Business Central value, e.g. the payment terms code <c>30 DAYS</c>.</param>
/// <param name="SalesValue">The Dataverse option value, e.g. <c>1</c>.</param>
/// <param name="SalesLabel">The option's label in Sales, e.g. <c>Net 30</c>.</param>
public sealed record OptionValue(string BusinessCentralValue, string SalesValue, string SalesLabel);

/// <summary>
/// Translates a field's values between Business Central and a Sales option set, both ways.
/// Business Central values compare case-insensitively (BC codes are upper case, people are not);
/// Sales option values compare as text.
/// </summary>
/// <param name="Values">The pairs; each value appears at most once on each side.</param>
public sealed record OptionValueMap(ImmutableArray<OptionValue> Values)
{
    /// <summary>The Sales option value for a Business Central value, or null when none is mapped.</summary>
    public OptionValue? FindByBusinessCentral(string value) =>
        Values.FirstOrDefault(v => string.Equals(v.BusinessCentralValue.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The Business Central value for a Sales option value, or null when none is mapped.</summary>
    public OptionValue? FindBySales(string value) =>
        Values.FirstOrDefault(v => FieldValues.AreEqual(v.SalesValue, value.Trim()));
}
