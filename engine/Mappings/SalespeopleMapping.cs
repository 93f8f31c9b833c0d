using CouplingBot.Engine.Records;

namespace CouplingBot.Engine.Mappings;

/// <summary>
/// The SALESPEOPLE mapping: Sales user -&gt; Business Central salesperson, from Sales only. It exists
/// so CUSTOMER's salesperson can be translated to an account owner.
/// </summary>
/// <remarks>
/// The anchor also maps the phone number; the Dataverse <c>systemuser</c> as served here has no phone
/// column, so phone is not mapped. A Sales user needs a salesperson code, which Sales does not have:
/// creating salespeople from users (not only-coupled mode) must make one up.
/// </remarks>
public static class SalespeopleMapping
{
    /// <summary>The mapping's name.</summary>
    public const string Name = "SALESPEOPLE";

    /// <summary>Business Central salespeople.</summary>
    public static EntitySet Salespeople { get; } = new("salespeoplePurchasers", "id", "lastModifiedDateTime");

    /// <summary>Dataverse users.</summary>
    public static EntitySet Users { get; } = new("systemusers", "systemuserid", "modifiedon");

    /// <summary>The mapping as shipped.</summary>
    public static TableMapping Default { get; } = new(
        Name: Name,
        BusinessCentral: Salespeople,
        Sales: Users,
        Fields:
        [
            new("Name", "displayName", "fullname", FieldDirection.FromSales),
            new("E-mail", "email", "internalemailaddress", FieldDirection.FromSales),
        ],
        BusinessCentralNumberField: "code",
        SalesNameField: "fullname",
        BusinessCentralFilter: new RecordFilter("blocked", ["true"], "not blocked") { Excludes = true },
        SalesFilter: new RecordFilter("isdisabled", ["true"], "enabled") { Excludes = true })
    {
        Direction = FieldDirection.FromSales,
        AutoCouple = new AutoCoupleRule("email", "internalemailaddress", "same e-mail address"),
    };
}
