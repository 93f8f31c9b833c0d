namespace CouplingBot.Cards.Views;

/// <summary>
/// A record that failed because a related record is not coupled, and how to fix it on the spot: the related record
/// and the Sales records it may be.
/// </summary>
/// <param name="RecordKind">"customer" or "contact": the record whose sync failed.</param>
/// <param name="Number">Its number.</param>
/// <param name="Direction">The direction of the failed sync ("toSales" or "fromSales"), to run again after the fix.</param>
/// <param name="Message">The failure in words ("salesperson OF is not coupled to a Sales user. ...").</param>
/// <param name="Mapping">The related record's mapping (<c>SALESPEOPLE</c>).</param>
/// <param name="RelatedNoun">What the related record is called ("salesperson").</param>
/// <param name="RelatedKey">Its key (<c>OF</c>).</param>
/// <param name="RelatedName">Its name ("Otis Falls").</param>
/// <param name="SalesNoun">What the Sales records are called ("Sales user").</param>
/// <param name="Candidates">The Sales records it may be, best first: id, name, similarity 0-100.</param>
public sealed record DependencyFixView(
    string RecordKind,
    string Number,
    string Direction,
    string Message,
    string Mapping,
    string RelatedNoun,
    string RelatedKey,
    string RelatedName,
    string SalesNoun,
    IReadOnlyList<(string Id, string Name, int Score)> Candidates);
