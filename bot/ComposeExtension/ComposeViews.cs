using CouplingBot.Cards.ComposeExtension;
using CouplingBot.Cards.Views;
using CouplingBot.Engine.Couplings;
using CouplingBot.Engine.Records;

namespace CouplingBot.Bot.ComposeExtension;

/// <summary>Turns engine records into the views of the compose box's compact cards.</summary>
public static class ComposeViews
{
    private static readonly (string Label, string Field)[] ContactFields =
    [
        ("Company", "companyName"),
        ("Job title", "jobTitle"),
        ("E-mail", "email"),
        ("Phone", "phoneNumber"),
        ("Mobile phone", "mobilePhoneNumber"),
        ("City", "city"),
    ];

    private static readonly (string Label, string Field)[] AccountFields =
    [
        ("Account number", "accountnumber"),
        ("City", "address1_city"),
        ("Phone", "telephone1"),
        ("E-mail", "emailaddress1"),
        ("Website", "websiteurl"),
    ];

    private static readonly (string Label, string Field)[] SalesContactFields =
    [
        ("Job title", "jobtitle"),
        ("E-mail", "emailaddress1"),
        ("Phone", "telephone1"),
        ("City", "address1_city"),
    ];

    /// <summary>The Sales account columns the compose box reads.</summary>
    public static IReadOnlyCollection<string> AccountColumns { get; } = [.. AccountFields.Select(f => f.Field).Prepend("name")];

    /// <summary>The Sales contact columns the compose box reads.</summary>
    public static IReadOnlyCollection<string> SalesContactColumns { get; } = [.. SalesContactFields.Select(f => f.Field).Prepend("fullname")];

    /// <summary>A Business Central contact with its key fields and coupling.</summary>
    public static ContactView Contact(EntityRecord contact, Coupling? coupling)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new ContactView(contact["number"] ?? "", contact["displayName"] ?? "(no name)", Facts(contact, ContactFields), coupling?.SalesName);
    }

    /// <summary>A Sales account that is not coupled.</summary>
    public static SalesRecordView Account(EntityRecord account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new SalesRecordView("Sales account", account["name"] ?? "(no name)", Facts(account, AccountFields), "Business Central customer");
    }

    /// <summary>A Sales contact that is not coupled.</summary>
    public static SalesRecordView SalesContact(EntityRecord contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        return new SalesRecordView("Sales contact", contact["fullname"] ?? "(no name)", Facts(contact, SalesContactFields), "Business Central contact");
    }

    private static List<RecordFact> Facts(EntityRecord record, (string Label, string Field)[] fields) =>
        [.. fields.Select(f => new RecordFact(f.Label, record[f.Field] ?? "")).Where(f => f.Value.Trim().Length > 0)];
}
