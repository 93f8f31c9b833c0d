using System.Collections.Frozen;
using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Mappings;

/// <summary>
/// The fields each entity set serves (reference/apis.md, as the sandbox serves them), so a mapping
/// that names a field the service does not have fails at start-up rather than at the first sync.
/// </summary>
public static class KnownFields
{
    private static readonly string[] BcAddress = ["addressLine1", "addressLine2", "city", "state", "country", "postalCode"];
    private static readonly string[] DvAddress =
        ["address1_line1", "address1_line2", "address1_city", "address1_postalcode", "address1_stateorprovince", "address1_country"];

    private static readonly FrozenDictionary<string, FrozenSet<string>> BusinessCentral = new Dictionary<string, FrozenSet<string>>
    {
        ["customers"] = Set(["id", "number", "displayName", "type", "phoneNumber", "email", "website", "salespersonCode", "balanceDue",
            "creditLimit", "taxLiable", "taxRegistrationNumber", "currencyId", "currencyCode", "paymentTermsId", "shipmentMethodId",
            "blocked", "lastModifiedDateTime", .. BcAddress]),
        ["contacts"] = Set(["id", "number", "type", "displayName", "jobTitle", "companyNumber", "companyName", "contactBusinessRelation",
            "phoneNumber", "mobilePhoneNumber", "email", "website", "privacyBlocked", "lastModifiedDateTime", .. BcAddress]),
        ["salespeoplePurchasers"] = Set(["id", "code", "displayName", "email", "phoneNo", "jobTitle", "blocked", "lastModifiedDateTime"]),
        ["currencies"] = Set(["id", "code", "displayName", "symbol", "lastModifiedDateTime"]),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FrozenSet<string>> Sales = new Dictionary<string, FrozenSet<string>>
    {
        ["accounts"] = Set(["accountid", "name", "accountnumber", "telephone1", "telephone2", "fax", "emailaddress1", "websiteurl",
            "address1_primarycontactname", "creditlimit", "paymenttermscode", "customertypecode", "statecode", "statuscode", "createdon",
            "modifiedon", "versionnumber", "_transactioncurrencyid_value", "_ownerid_value", "_primarycontactid_value",
            "_parentaccountid_value", .. DvAddress]),
        ["contacts"] = Set(["contactid", "firstname", "middlename", "lastname", "fullname", "jobtitle", "emailaddress1", "telephone1",
            "mobilephone", "fax", "statecode", "statuscode", "createdon", "modifiedon", "versionnumber", "_parentcustomerid_value",
            "_ownerid_value", "_transactioncurrencyid_value", .. DvAddress]),
        ["systemusers"] = Set(["systemuserid", "firstname", "lastname", "fullname", "internalemailaddress", "domainname", "isdisabled",
            "createdon", "modifiedon", "versionnumber"]),
        ["transactioncurrencies"] = Set(["transactioncurrencyid", "isocurrencycode", "currencyname", "currencysymbol", "currencyprecision",
            "exchangerate", "statecode", "modifiedon", "versionnumber"]),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The fields an entity set serves, or null when the set is not known (nothing is checked then).</summary>
    public static IReadOnlySet<string>? Of(Side side, string entitySet) =>
        (side == Side.BusinessCentral ? BusinessCentral : Sales).GetValueOrDefault(entitySet);

    private static FrozenSet<string> Set(string[] fields) => fields.ToFrozenSet(StringComparer.Ordinal);
}
