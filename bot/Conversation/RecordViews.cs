using CouplingBot.Cards.Views;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Records;

namespace CouplingBot.Bot.Conversation;

/// <summary>
/// Records of either kind as the shared cards show them: the only place the card flow tells customers
/// (<see cref="CustomerViews"/>) from contacts (<see cref="ContactViews"/>).
/// </summary>
public static class RecordViews
{
    /// <summary>The record card's view of a Business Central record of the kind.</summary>
    public static CustomerView Record(RecordKind kind, EntityRecord record) =>
        kind == RecordKind.Contact ? ContactViews.Contact(record) : CustomerViews.Customer(record);

    /// <summary>A ranked Sales record for the set-up card of a record of the kind.</summary>
    public static CandidateView Candidate(RecordKind kind, AccountCandidate candidate) =>
        kind == RecordKind.Contact ? ContactViews.Candidate(candidate) : CustomerViews.Candidate(candidate);

    /// <summary>How Sales records are ranked against a record of the kind.</summary>
    public static MatchProfile Profile(RecordKind kind) => kind == RecordKind.Contact ? MatchProfile.Contact : MatchProfile.Customer;

    /// <summary>What the cards call a record of the kind on each side.</summary>
    public static RecordNouns Nouns(RecordKind kind) => kind == RecordKind.Contact ? RecordNouns.Contact : RecordNouns.Customer;

    /// <summary>The coupling in words, or null when not coupled.</summary>
    public static CouplingView? Coupling(Coupling? coupling) => coupling is null ? null : CustomerViews.Coupling(coupling);
}
