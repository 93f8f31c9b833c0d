namespace CouplingBot.Engine.Mappings;

/// <summary>
/// How records of a small reference mapping (salespeople, currencies) are coupled without asking anyone when a
/// lookup needs them: a Business Central record is coupled to the one active Sales record whose column holds the
/// same value (case-insensitive), never to one of several. Anything else stays "not coupled" and is reported.
/// </summary>
/// <param name="BusinessCentralField">The Business Central field, e.g. a salesperson's <c>email</c>.</param>
/// <param name="SalesField">The Sales column holding the same value, e.g. a user's <c>internalemailaddress</c>.</param>
/// <param name="Description">Why the two are the same record, for people: "same e-mail address".</param>
public sealed record AutoCoupleRule(string BusinessCentralField, string SalesField, string Description);
