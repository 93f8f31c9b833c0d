using System.Collections.Immutable;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.BusinessCentral;

/// <summary>
/// BC's contact rules: a company contact is its own company (<c>companyNumber</c> = its number, <c>companyName</c> = its
/// name); a person names its company contact by <c>companyNumber</c> and gets its <c>companyName</c>; renaming a company
/// renames it on its persons; deleting a company deletes its persons; business relations go with their contact or customer.
/// </summary>
public static class BcContactRules
{
    /// <summary>Derives <c>companyNumber</c>/<c>companyName</c>; a person's company must be an existing company contact.</summary>
    public static ImmutableDictionary<string, object?> Complete(StoreTransaction transaction, Guid companyId, ImmutableDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(values);
        if (Equals(values["type"], "Company"))
        {
            return values.SetItem("companyNumber", values["number"]).SetItem("companyName", values["displayName"]);
        }

        var companyNumber = values["companyNumber"] as string ?? string.Empty;
        if (companyNumber.Length == 0)
        {
            return values.SetItem("companyName", string.Empty);
        }

        var company = Contacts(transaction, companyId).FirstOrDefault(r =>
            Equals(r["type"], "Company") && string.Equals(r["number"] as string, companyNumber, StringComparison.OrdinalIgnoreCase))
            ?? throw new ApiException(400, "Application_FieldValidationException",
                $"The field Company No. of table Contact contains a value ({companyNumber}) that cannot be found in the related table (Contact).");
        return values.SetItem("companyNumber", company["number"]).SetItem("companyName", company["displayName"]);
    }

    /// <summary>Carries a company contact's name to its persons.</summary>
    public static void AfterContactPut(StoreTransaction transaction, Guid companyId, Row contact)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(contact);
        if (!Equals(contact["type"], "Company"))
        {
            return;
        }

        foreach (var person in PersonsOf(transaction, companyId, contact).Where(p => !Equals(p["companyName"], contact["displayName"])).ToList())
        {
            transaction.Put(BcEntitySets.Contacts.Table(companyId), person.Id, person.Values.SetItem("companyName", contact["displayName"]));
        }
    }

    /// <summary>Removes the contact's business relation and, for a company, its persons.</summary>
    public static void AfterContactDeleted(StoreTransaction transaction, Guid companyId, Row contact)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(contact);
        transaction.Remove(BcSchema.ContactRelationsTable(companyId), contact.Id);
        if (!Equals(contact["type"], "Company"))
        {
            return;
        }

        foreach (var person in PersonsOf(transaction, companyId, contact).ToList())
        {
            transaction.Remove(BcEntitySets.Contacts.Table(companyId), person.Id);
            transaction.Remove(BcSchema.ContactRelationsTable(companyId), person.Id);
        }
    }

    /// <summary>Removes the business relations to a deleted customer (the contacts stay, with no relation).</summary>
    public static void AfterCustomerDeleted(StoreTransaction transaction, Guid companyId, Row customer)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(customer);
        var relations = BcSchema.ContactRelationsTable(companyId);
        foreach (var relation in transaction.Snapshot.Table(relations).Values.Where(r => Equals(r["relatedId"], customer.Id)).ToList())
        {
            transaction.Remove(relations, relation.Id);
            if (transaction.Find(BcEntitySets.Contacts.Table(companyId), relation.Id) is { } contact)
            {
                transaction.Put(BcEntitySets.Contacts.Table(companyId), contact.Id, contact.Values.SetItem("contactBusinessRelation", " "));
            }
        }
    }

    /// <summary>The contactInformation rows of a company: each stored business relation joined with its contact.</summary>
    public static IEnumerable<Row> Information(StoreSnapshot snapshot, Guid companyId)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var contacts = snapshot.Table(BcEntitySets.Contacts.Table(companyId));
        foreach (var relation in snapshot.Table(BcSchema.ContactRelationsTable(companyId)).Values)
        {
            if (contacts.GetValueOrDefault(relation.Id) is not { } contact)
            {
                continue;
            }

            var values = ImmutableDictionary.CreateRange(StringComparer.Ordinal, new KeyValuePair<string, object?>[]
            {
                new("contactId", contact.Id), new("contactNumber", contact["number"]), new("contactName", contact["displayName"]),
                new("contactType", contact["type"]), new("relatedId", relation["relatedId"]), new("relatedType", relation["relatedType"]),
            });
            yield return new Row(contact.Id, Math.Max(contact.Version, relation.Version), values);
        }
    }

    private static IEnumerable<Row> Contacts(StoreTransaction transaction, Guid companyId) =>
        transaction.Snapshot.Table(BcEntitySets.Contacts.Table(companyId)).Values;

    private static IEnumerable<Row> PersonsOf(StoreTransaction transaction, Guid companyId, Row company) =>
        Contacts(transaction, companyId).Where(r => r.Id != company.Id && Equals(r["type"], "Person")
            && string.Equals(r["companyNumber"] as string, company["number"] as string, StringComparison.OrdinalIgnoreCase));
}
