using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>The Dataverse Web API v9.2 tables the sandbox serves, with Dataverse's column lengths.</summary>
public static partial class DvSchema
{
    /// <summary>Name of the persisted store.</summary>
    public const string StoreName = "dataverse";

    /// <summary>The column that mirrors each row's store version (and makes the ETag).</summary>
    public const string VersionColumn = "versionnumber";

    /// <summary>The first address, as accounts and contacts both carry it.</summary>
    private static Column[] Address1Columns =>
    [
        new("address1_line1", ColumnType.String, 250),
        new("address1_line2", ColumnType.String, 250),
        new("address1_city", ColumnType.String, 80),
        new("address1_postalcode", ColumnType.String, 20),
        new("address1_stateorprovince", ColumnType.String, 50),
        new("address1_country", ColumnType.String, 80),
    ];

    /// <summary>Table of accounts.</summary>
    public const string AccountsTable = "accounts";

    /// <summary>account.</summary>
    public static EntitySchema Account { get; } = new("Microsoft.Dynamics.CRM", "account", "accounts", "accountid",
    [
        new("accountid", ColumnType.Guid),
        new("name", ColumnType.String, 160),
        new("accountnumber", ColumnType.String, 20),
        new("telephone1", ColumnType.String, 50),
        new("telephone2", ColumnType.String, 50),
        new("fax", ColumnType.String, 50),
        new("emailaddress1", ColumnType.String, 100),
        new("websiteurl", ColumnType.String, 200),
        .. Address1Columns,
        new("address1_primarycontactname", ColumnType.String, 100),
        new("creditlimit", ColumnType.Decimal),
        new("paymenttermscode", ColumnType.Int32),
        new("customertypecode", ColumnType.Int32),
        new("statecode", ColumnType.Int32),
        new("statuscode", ColumnType.Int32),
        new("createdon", ColumnType.DateTimeOffset, ReadOnly: true),
        new("modifiedon", ColumnType.DateTimeOffset, ReadOnly: true),
        new("versionnumber", ColumnType.Int64, ReadOnly: true),
        new("_transactioncurrencyid_value", ColumnType.Guid, ReadOnly: true),
        new("_ownerid_value", ColumnType.Guid, ReadOnly: true),
        new("_primarycontactid_value", ColumnType.Guid, ReadOnly: true),
        new("_parentaccountid_value", ColumnType.Guid, ReadOnly: true),
    ]);

    /// <summary>The schema of a persisted table name (each entity set is one table of the same name).</summary>
    public static EntitySchema SchemaOfTable(string table) =>
        DvEntitySets.Find(table)?.Schema ?? throw new InvalidDataException($"Unknown Dataverse table '{table}'.");
}
