using CouplingBot.Cards.Views;
using CouplingBot.Engine.Matching;
using CouplingBot.Engine.Records;

namespace CouplingBot.Bot.Conversation;

/// <summary>Business Central contacts and Sales contacts as the shared record cards show them.</summary>
public static class ContactViews
{
    private static readonly (string Label, string Field)[] ShownFields =
    [
        ("Company", "companyName"),
        ("Job title", "jobTitle"),
        ("E-mail", "email"),
        ("Phone", "phoneNumber"),
        ("Mobile phone", "mobilePhoneNumber"),
        ("City", "city"),
    ];

    /// <summary>A Business Central contact with its key fields (empty ones left out).</summary>
    public static CustomerView Contact(EntityRecord contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var facts = ShownFields
            .Select(f => new RecordFact(f.Label, contact[f.Field] ?? ""))
            .Where(f => f.Value.Trim().Length > 0)
            .ToList();
        return new CustomerView(contact["number"] ?? "", contact["displayName"] ?? "(no name)", facts) { Kind = RecordNouns.Contact };
    }

    /// <summary>A ranked Sales contact: its name, and its e-mail or phone to tell namesakes apart.</summary>
    public static CandidateView Candidate(AccountCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var sales = candidate.Record;
        var detail = sales["emailaddress1"] ?? sales["telephone1"] ?? sales["address1_city"];
        return new CandidateView(sales.Id, sales["fullname"] ?? "(no name)", candidate.Score, candidate.Reasons, detail);
    }
}
