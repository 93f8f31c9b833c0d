namespace CouplingBot.Engine.Mappings;

/// <summary>
/// How a Dataverse lookup column is read and written: it is read as <c>_ownerid_value</c> (the
/// related record's id) and written as <c>"ownerid@odata.bind": "/systemusers(&lt;id&gt;)"</c>.
/// </summary>
/// <param name="Column">The lookup's logical name, e.g. <c>ownerid</c>.</param>
/// <param name="EntitySet">The entity set of the related record, e.g. <c>systemusers</c>.</param>
/// <param name="NavigationProperty">
/// The single-valued navigation property written with <c>@odata.bind</c> when it differs from
/// <paramref name="Column"/>: polymorphic lookups have one per target, e.g. <c>parentcustomerid_account</c>.
/// </param>
public sealed record DataverseLookup(string Column, string EntitySet, string? NavigationProperty = null)
{
    /// <summary>The column to <c>$select</c> and read: <c>_&lt;column&gt;_value</c>.</summary>
    public string ReadColumn => $"_{Column}_value";

    /// <summary>The property a write sets: <c>&lt;navigation property&gt;@odata.bind</c>.</summary>
    public string BindProperty => $"{NavigationProperty ?? Column}@odata.bind";

    /// <summary>The value a write sets for a related record id: <c>/systemusers(&lt;id&gt;)</c>.</summary>
    public string BindValue(string id) => $"/{EntitySet}({id})";
}
