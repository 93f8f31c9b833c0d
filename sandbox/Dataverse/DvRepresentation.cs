using System.Text.Json.Nodes;
using CouplingBot.Sandbox.OData;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>
/// Renders rows as a Dataverse response does for one request: the selected columns, expanded single-valued lookups
/// (<c>null</c> when empty or pointing to the other table of a polymorphic lookup), and, when
/// <c>Prefer: odata.include-annotations</c> asks for them, each lookup's <c>FormattedValue</c>,
/// <c>associatednavigationproperty</c> and <c>lookuplogicalname</c> and the state/status labels, placed before the value.
/// </summary>
public sealed class DvRepresentation(StoreSnapshot snapshot, Preferences preferences)
{
    /// <summary>Annotation of a display value.</summary>
    public const string FormattedValue = "OData.Community.Display.V1.FormattedValue";

    /// <summary>Annotation of a lookup's navigation property.</summary>
    public const string NavigationProperty = "Microsoft.Dynamics.CRM.associatednavigationproperty";

    /// <summary>Annotation of a lookup's target table.</summary>
    public const string LookupLogicalName = "Microsoft.Dynamics.CRM.lookuplogicalname";

    private static readonly Dictionary<string, string[]> Labels = new(StringComparer.Ordinal)
    {
        ["statecode"] = ["Active", "Inactive"],
        ["statuscode"] = ["", "Active", "Inactive"],
    };

    /// <summary>True when the request asked for at least one annotation the sandbox writes.</summary>
    public bool AnyAnnotations =>
        preferences.Includes(FormattedValue) || preferences.Includes(NavigationProperty) || preferences.Includes(LookupLogicalName);

    /// <summary>The row with the selected columns and the expansions.</summary>
    public JsonObject Entity(DvEntitySet set, Row row, IReadOnlyList<string>? select, IReadOnlyList<ODataExpand> expand)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(expand);
        var json = Columns(set, row, select);
        foreach (var item in expand)
        {
            var lookup = set.Lookups.First(l => l.Navigation == item.Navigation);
            var target = DvEntitySets.Find(lookup.TargetSet)!;
            var related = row[lookup.Column] is Guid id ? snapshot.Table(target.Name).GetValueOrDefault(id) : null;
            json[item.Navigation] = related is null ? null : Columns(target, related, item.Select);
        }

        return json;
    }

    private JsonObject Columns(DvEntitySet set, Row row, IReadOnlyList<string>? select)
    {
        var columns = DvJson.WithKey(select, set.Schema);
        var json = new JsonObject { ["@odata.etag"] = DvJson.ETag(row) };
        foreach (var column in set.Schema.Columns)
        {
            if (columns is not null && !columns.Contains(column.Name))
            {
                continue;
            }

            var value = row[column.Name];
            if (value is not null)
            {
                Annotate(json, set, column.Name, value);
            }

            json[column.Name] = JsonValues.ToNode(value, DvJson.DateFormat);
        }

        return json;
    }

    private void Annotate(JsonObject json, DvEntitySet set, string column, object value)
    {
        if (value is int code && Labels.TryGetValue(column, out var labels) && code >= 0 && code < labels.Length && preferences.Includes(FormattedValue))
        {
            json[$"{column}@{FormattedValue}"] = labels[code];
            return;
        }

        var lookups = set.Lookups.Where(l => l.Column == column).ToList();
        if (lookups.Count == 0 || value is not Guid id)
        {
            return;
        }

        // A polymorphic lookup's table is the one that holds the id.
        var lookup = lookups.FirstOrDefault(l => snapshot.Table(l.TargetSet).ContainsKey(id)) ?? lookups[0];
        var target = DvEntitySets.Find(lookup.TargetSet)!;
        if (preferences.Includes(FormattedValue) && snapshot.Table(target.Name).GetValueOrDefault(id)?[target.PrimaryName] is string name)
        {
            json[$"{column}@{FormattedValue}"] = name;
        }

        if (preferences.Includes(NavigationProperty))
        {
            json[$"{column}@{NavigationProperty}"] = lookup.Navigation;
        }

        if (preferences.Includes(LookupLogicalName))
        {
            json[$"{column}@{LookupLogicalName}"] = target.LogicalName;
        }
    }
}
