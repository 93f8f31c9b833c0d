using System.Globalization;
using System.Text.Json.Nodes;
using CouplingBot.Sandbox.OData;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.Dataverse;

/// <summary>Dataverse's JSON shape of rows: <c>@odata.etag</c> = <c>W/"versionnumber"</c>, times in whole seconds.</summary>
public static class DvJson
{
    /// <summary>Dataverse's format for Edm.DateTimeOffset values.</summary>
    public const string DateFormat = "yyyy-MM-ddTHH:mm:ssZ";

    /// <summary>The weak ETag of a row.</summary>
    public static string ETag(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return string.Create(CultureInfo.InvariantCulture, $"W/\"{row.Version}\"");
    }

    /// <summary>The selected columns (the key always), or all.</summary>
    public static IReadOnlyList<string>? WithKey(IReadOnlyList<string>? select, EntitySchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return select is null || select.Contains(schema.KeyName) ? select : [.. select, schema.KeyName];
    }

    /// <summary>The row as JSON (no annotations, no expansions).</summary>
    public static JsonObject Entity(Row row, EntitySchema schema, IReadOnlyList<string>? select)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(schema);
        var columns = WithKey(select, schema);
        var json = new JsonObject { ["@odata.etag"] = ETag(row) };
        foreach (var column in schema.Columns)
        {
            if (columns is null || columns.Contains(column.Name))
            {
                json[column.Name] = JsonValues.ToNode(row[column.Name], DateFormat);
            }
        }

        return json;
    }

    /// <summary>The <c>$select</c> part of a context URL.</summary>
    public static string SelectSuffix(IReadOnlyList<string>? select, EntitySchema schema) =>
        WithKey(select, schema) is { } columns ? "(" + string.Join(',', columns) + ")" : string.Empty;

    /// <summary>The <c>$select</c>/<c>$expand</c> part of a context URL, e.g. <c>(fullname,contactid,parentcustomerid_account(name,accountid))</c>.</summary>
    public static string ContextSuffix(ODataQuery query, DvEntitySet set)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(set);
        if (query.Expand.Count == 0)
        {
            return SelectSuffix(query.Select, set.Schema);
        }

        var items = WithKey(query.Select, set.Schema)?.ToList() ?? ["*"];
        foreach (var expand in query.Expand)
        {
            var target = DvEntitySets.Find(set.Lookups.First(l => l.Navigation == expand.Navigation).TargetSet)!;
            items.Add(expand.Navigation + "(" + string.Join(',', WithKey(expand.Select, target.Schema) ?? ["*"]) + ")");
        }

        return "(" + string.Join(',', items) + ")";
    }
}
