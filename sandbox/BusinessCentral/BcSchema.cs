using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.BusinessCentral;

/// <summary>The Business Central API v2.0 entities the sandbox serves, with BC's field lengths (table 18 Customer).</summary>
public static partial class BcSchema
{
    /// <summary>The postal address, as customers and contacts both carry it.</summary>
    private static Column[] AddressColumns =>
    [
        new("addressLine1", ColumnType.String, 100),
        new("addressLine2", ColumnType.String, 50),
        new("city", ColumnType.String, 30),
        new("state", ColumnType.String, 30),
        new("country", ColumnType.String, 10),
        new("postalCode", ColumnType.String, 20),
    ];

    /// <summary>Name of the persisted store.</summary>
    public const string StoreName = "businesscentral";

    /// <summary>Table of companies.</summary>
    public const string CompaniesTable = "companies";

    /// <summary>The allowed values of customer <c>blocked</c>.</summary>
    public static readonly IReadOnlyList<string> BlockedValues = [" ", "Ship", "Invoice", "All"];

    /// <summary>The allowed values of customer <c>type</c>.</summary>
    public static readonly IReadOnlyList<string> CustomerTypes = ["Company", "Person"];

    /// <summary>company.</summary>
    public static EntitySchema Company { get; } = new("Microsoft.NAV", "company", "companies", "id",
    [
        new("id", ColumnType.Guid, ReadOnly: true),
        new("systemVersion", ColumnType.String, ReadOnly: true),
        new("timestamp", ColumnType.Int64, ReadOnly: true),
        new("name", ColumnType.String, 30, ReadOnly: true),
        new("displayName", ColumnType.String, 250, ReadOnly: true),
        new("businessProfileId", ColumnType.String, 250, ReadOnly: true),
        new("systemCreatedAt", ColumnType.DateTimeOffset, ReadOnly: true),
        new("systemModifiedAt", ColumnType.DateTimeOffset, ReadOnly: true),
    ]);

    /// <summary>customer.</summary>
    public static EntitySchema Customer { get; } = new("Microsoft.NAV", "customer", "customers", "id",
    [
        new("id", ColumnType.Guid),
        new("number", ColumnType.String, 20),
        new("displayName", ColumnType.String, 100),
        new("type", ColumnType.String),
        .. AddressColumns,
        new("phoneNumber", ColumnType.String, 30),
        new("email", ColumnType.String, 80),
        new("website", ColumnType.String, 80),
        new("salespersonCode", ColumnType.String, 20),
        new("balanceDue", ColumnType.Decimal, ReadOnly: true),
        new("creditLimit", ColumnType.Decimal),
        new("taxLiable", ColumnType.Boolean),
        new("taxRegistrationNumber", ColumnType.String, 20),
        new("currencyId", ColumnType.Guid),
        new("currencyCode", ColumnType.String, 10),
        new("paymentTermsId", ColumnType.Guid),
        new("shipmentMethodId", ColumnType.Guid),
        new("blocked", ColumnType.String),
        new("lastModifiedDateTime", ColumnType.DateTimeOffset, ReadOnly: true),
    ]);

    /// <summary>Table holding the customers of one company.</summary>
    public static string CustomersTable(Guid companyId) => $"customers:{companyId:D}";

    /// <summary>The schema of a persisted table name (<c>companies</c>, or <c>{set}:{companyId}</c>).</summary>
    public static EntitySchema SchemaOfTable(string table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var prefix = table.Split(':')[0];
        return table == CompaniesTable ? Company
            : prefix == ContactRelationsPrefix ? ContactRelation
            : BcEntitySets.Find(prefix)?.Schema ?? throw new InvalidDataException($"Unknown Business Central table '{table}'.");
    }
}
