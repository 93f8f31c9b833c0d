using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Mappings;

/// <summary>
/// A Business Central field that holds the id of a record of a small reference table, where people
/// (and option mappings) use the record's code instead: the API's customer holds <c>paymentTermsId</c>,
/// the option mapping speaks of <c>30 DAYS</c>. The sync reads the table once per run to translate.
/// </summary>
/// <param name="Set">The reference table, e.g. <c>paymentTerms</c>.</param>
/// <param name="CodeField">Its code field, e.g. <c>code</c>.</param>
public sealed record CodeTable(EntitySet Set, string CodeField);
