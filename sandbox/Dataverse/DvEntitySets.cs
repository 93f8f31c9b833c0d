using CouplingBot.Sandbox.OData;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>The Dataverse tables the sandbox serves, their lookups, option sets and defaults.</summary>
public static class DvEntitySets
{
    private static readonly Dictionary<string, int[]> State = new(StringComparer.Ordinal) { ["statecode"] = [0, 1], ["statuscode"] = [1, 2] };

    /// <summary>accounts.</summary>
    public static DvEntitySet Accounts { get; } = new(DvSchema.Account, "name")
    {
        Lookups =
        [
            new("transactioncurrencyid", DvSchema.TransactionCurrenciesTable, "_transactioncurrencyid_value"),
            new("ownerid", DvSchema.SystemUsersTable, "_ownerid_value"),
            new("primarycontactid", DvSchema.ContactsTable, "_primarycontactid_value"),
            new("parentaccountid", DvSchema.AccountsTable, "_parentaccountid_value"),
        ],
        OptionSets = new Dictionary<string, int[]>(State)
        {
            ["paymenttermscode"] = [1, 2, 3, 4],
            ["customertypecode"] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
        },
        Defaults = new Dictionary<string, object?> { ["statecode"] = 0, ["statuscode"] = 1 },
    };

    /// <summary>contacts (parent customer: an account or a contact).</summary>
    public static DvEntitySet Contacts { get; } = new(DvSchema.Contact, "fullname")
    {
        Lookups =
        [
            new("parentcustomerid_account", DvSchema.AccountsTable, "_parentcustomerid_value"),
            new("parentcustomerid_contact", DvSchema.ContactsTable, "_parentcustomerid_value"),
            new("ownerid", DvSchema.SystemUsersTable, "_ownerid_value"),
            new("transactioncurrencyid", DvSchema.TransactionCurrenciesTable, "_transactioncurrencyid_value"),
        ],
        OptionSets = State,
        Defaults = new Dictionary<string, object?> { ["statecode"] = 0, ["statuscode"] = 1 },
        ComposesFullName = true,
    };

    /// <summary>systemusers (no DELETE).</summary>
    public static DvEntitySet SystemUsers { get; } = new(DvSchema.SystemUser, "fullname")
    {
        Defaults = new Dictionary<string, object?> { ["isdisabled"] = false },
        ComposesFullName = true,
        CanDelete = false,
    };

    /// <summary>transactioncurrencies.</summary>
    public static DvEntitySet TransactionCurrencies { get; } = new(DvSchema.TransactionCurrency, "currencyname")
    {
        OptionSets = State,
        Defaults = new Dictionary<string, object?> { ["statecode"] = 0, ["statuscode"] = 1, ["currencyprecision"] = 2, ["exchangerate"] = 1m },
    };

    /// <summary>All served tables.</summary>
    public static IReadOnlyList<DvEntitySet> All { get; } = [Accounts, Contacts, SystemUsers, TransactionCurrencies];

    /// <summary>The set of that name, or null.</summary>
    public static DvEntitySet? Find(string name) => All.FirstOrDefault(s => s.Name == name);

    /// <summary>The Edm model of all sets with their lookups as navigation properties (for <c>$expand</c>).</summary>
    public static EdmService BuildModel() => new(
        [.. All.Select(s => s.Schema)],
        [.. All.SelectMany(s => s.Lookups.Select(l => new EdmNavigation(s.Name, l.Navigation, l.TargetSet)))]);
}
