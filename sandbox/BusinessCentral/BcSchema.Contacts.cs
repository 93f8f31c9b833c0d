using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.BusinessCentral;

/// <summary>BC's contacts (table 5050), the read-only contactInformation view and the stored business relations behind it.</summary>
public static partial class BcSchema
{
    /// <summary>Prefix of the tables holding each company's contact business relations (one per company contact).</summary>
    public const string ContactRelationsPrefix = "contactRelations";

    /// <summary>The allowed values of contact <c>type</c> (and contactInformation <c>contactType</c>).</summary>
    public static readonly IReadOnlyList<string> ContactTypes = ["Company", "Person"];

    /// <summary>contact.</summary>
    public static EntitySchema Contact { get; } = new("Microsoft.NAV", "contact", "contacts", "id",
    [
        new("id", ColumnType.Guid),
        new("number", ColumnType.String, 20),
        new("type", ColumnType.String),
        new("displayName", ColumnType.String, 100),
        new("jobTitle", ColumnType.String, 30),
        new("companyNumber", ColumnType.String, 20),
        new("companyName", ColumnType.String, 100, ReadOnly: true),
        new("contactBusinessRelation", ColumnType.String, ReadOnly: true),
        .. AddressColumns,
        new("phoneNumber", ColumnType.String, 30),
        new("mobilePhoneNumber", ColumnType.String, 30),
        new("email", ColumnType.String, 80),
        new("website", ColumnType.String, 80),
        new("privacyBlocked", ColumnType.Boolean),
        new("lastModifiedDateTime", ColumnType.DateTimeOffset, ReadOnly: true),
    ]);

    /// <summary>contactInformation (read-only; keyed by the contact's id, one row per contact with a business relation).</summary>
    public static EntitySchema ContactInformation { get; } = new("Microsoft.NAV", "contactInformation", "contactsInformation", "contactId",
    [
        new("contactId", ColumnType.Guid, ReadOnly: true),
        new("contactNumber", ColumnType.String, ReadOnly: true),
        new("contactName", ColumnType.String, ReadOnly: true),
        new("contactType", ColumnType.String, ReadOnly: true),
        new("relatedId", ColumnType.Guid, ReadOnly: true),
        new("relatedType", ColumnType.String, ReadOnly: true),
    ]);

    /// <summary>The stored business relation of a contact (not served as such; <see cref="ContactInformation"/> joins it with the contact).</summary>
    public static EntitySchema ContactRelation { get; } = new("Microsoft.NAV", "contactRelation", ContactRelationsPrefix, "contactId",
    [
        new("contactId", ColumnType.Guid),
        new("relatedType", ColumnType.String),
        new("relatedId", ColumnType.Guid),
    ]);

    /// <summary>Table holding the business relations of one company's contacts.</summary>
    public static string ContactRelationsTable(Guid companyId) => $"{ContactRelationsPrefix}:{companyId:D}";
}
