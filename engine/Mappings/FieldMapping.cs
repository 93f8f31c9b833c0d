namespace CouplingBot.Engine.Mappings;

/// <summary>One field of a table mapping: a Business Central field, its Sales column, its direction.</summary>
/// <param name="Label">What a person calls the field ("Address", "Phone").</param>
/// <param name="BusinessCentralField">The Business Central API field, e.g. <c>addressLine1</c>.</param>
/// <param name="SalesField">The Dataverse column, e.g. <c>address1_line1</c>.</param>
/// <param name="Direction">Which way values may flow.</param>
public sealed record FieldMapping(string Label, string BusinessCentralField, string SalesField, FieldDirection Direction)
{
    /// <summary>True when this field may be written on the Sales side.</summary>
    public bool FlowsToSales => Direction is FieldDirection.Bidirectional or FieldDirection.ToSales;

    /// <summary>True when this field may be written on the Business Central side.</summary>
    public bool FlowsFromSales => Direction is FieldDirection.Bidirectional or FieldDirection.FromSales;
}
