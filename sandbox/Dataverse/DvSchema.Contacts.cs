using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>The contact, systemuser and transactioncurrency tables, with Dataverse's column lengths.</summary>
public static partial class DvSchema
{
    /// <summary>Table of contacts.</summary>
    public const string ContactsTable = "contacts";

    /// <summary>Table of system users.</summary>
    public const string SystemUsersTable = "systemusers";

    /// <summary>Table of transaction currencies.</summary>
    public const string TransactionCurrenciesTable = "transactioncurrencies";

    /// <summary>contact (<c>fullname</c> is read-only, composed from first and last name).</summary>
    public static EntitySchema Contact { get; } = new("Microsoft.Dynamics.CRM", "contact", "contacts", "contactid",
    [
        new("contactid", ColumnType.Guid),
        new("firstname", ColumnType.String, 50),
        new("middlename", ColumnType.String, 50),
        new("lastname", ColumnType.String, 50),
        new("fullname", ColumnType.String, 160, ReadOnly: true),
        new("jobtitle", ColumnType.String, 100),
        new("emailaddress1", ColumnType.String, 100),
        new("telephone1", ColumnType.String, 50),
        new("mobilephone", ColumnType.String, 50),
        new("fax", ColumnType.String, 50),
        .. Address1Columns,
        new("statecode", ColumnType.Int32),
        new("statuscode", ColumnType.Int32),
        new("createdon", ColumnType.DateTimeOffset, ReadOnly: true),
        new("modifiedon", ColumnType.DateTimeOffset, ReadOnly: true),
        new("versionnumber", ColumnType.Int64, ReadOnly: true),
        new("_parentcustomerid_value", ColumnType.Guid, ReadOnly: true),
        new("_ownerid_value", ColumnType.Guid, ReadOnly: true),
        new("_transactioncurrencyid_value", ColumnType.Guid, ReadOnly: true),
    ]);

    /// <summary>systemuser (<c>fullname</c> is read-only, composed from first and last name).</summary>
    public static EntitySchema SystemUser { get; } = new("Microsoft.Dynamics.CRM", "systemuser", "systemusers", "systemuserid",
    [
        new("systemuserid", ColumnType.Guid),
        new("firstname", ColumnType.String, 64),
        new("lastname", ColumnType.String, 64),
        new("fullname", ColumnType.String, 200, ReadOnly: true),
        new("internalemailaddress", ColumnType.String, 100),
        new("domainname", ColumnType.String, 1024),
        new("isdisabled", ColumnType.Boolean),
        new("createdon", ColumnType.DateTimeOffset, ReadOnly: true),
        new("modifiedon", ColumnType.DateTimeOffset, ReadOnly: true),
        new("versionnumber", ColumnType.Int64, ReadOnly: true),
    ]);

    /// <summary>transactioncurrency.</summary>
    public static EntitySchema TransactionCurrency { get; } = new("Microsoft.Dynamics.CRM", "transactioncurrency", "transactioncurrencies", "transactioncurrencyid",
    [
        new("transactioncurrencyid", ColumnType.Guid),
        new("isocurrencycode", ColumnType.String, 5),
        new("currencyname", ColumnType.String, 100),
        new("currencysymbol", ColumnType.String, 10),
        new("currencyprecision", ColumnType.Int32),
        new("exchangerate", ColumnType.Decimal),
        new("statecode", ColumnType.Int32),
        new("statuscode", ColumnType.Int32),
        new("createdon", ColumnType.DateTimeOffset, ReadOnly: true),
        new("modifiedon", ColumnType.DateTimeOffset, ReadOnly: true),
        new("versionnumber", ColumnType.Int64, ReadOnly: true),
    ]);
}
