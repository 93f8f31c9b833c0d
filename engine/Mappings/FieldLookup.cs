namespace CouplingBot.Engine.Mappings;

/// <summary>
/// A field whose value is the key of a record of another mapping, translated through that
/// mapping's couplings: the Business Central salesperson code <c>JO</c> becomes the id of the Sales
/// user coupled to salesperson JO, and back.
/// </summary>
/// <param name="Mapping">The mapping whose couplings translate the value, e.g. <c>SALESPEOPLE</c>.</param>
/// <param name="BusinessCentralKeyField">
/// Which field of the related Business Central record the value holds: <c>code</c> for a salesperson
/// or currency code, <c>id</c> for a system id, <c>number</c> for a contact number.
/// </param>
/// <param name="Sales">How the Sales column is read and written (its value is always the related record's id).</param>
/// <param name="BusinessCentralNoun">What the related Business Central record is called ("salesperson").</param>
/// <param name="SalesNoun">What the related Sales record is called ("Sales user").</param>
public sealed record FieldLookup(string Mapping, string BusinessCentralKeyField, DataverseLookup Sales, string BusinessCentralNoun, string SalesNoun);
