using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Sandbox.BusinessCentral;

/// <summary>Business Central's JSON shape of entities: <c>@odata.etag</c> first, then the fields; times in ms precision.</summary>
public static class BcJson
{
    /// <summary>BC's format for Edm.DateTimeOffset values.</summary>
    public const string DateFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";

    /// <summary>The opaque weak ETag of a row: <c>W/"base64"</c>, new on every write.</summary>
    public static string ETag(Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var inner = Convert.ToBase64String(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"'{row.Version};{row.Id:N};00;'")));
        return $"W/\"{inner}\"";
    }

    /// <summary>The entity, with only <paramref name="select"/> fields when given.</summary>
    public static JsonObject Entity(Row row, EntitySchema schema, IReadOnlyList<string>? select)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(schema);
        var json = new JsonObject { ["@odata.etag"] = ETag(row) };
        foreach (var column in schema.Columns)
        {
            if (select is null || select.Contains(column.Name))
            {
                json[column.Name] = JsonValues.ToNode(row[column.Name], DateFormat);
            }
        }

        return json;
    }

    /// <summary>The <c>$select</c> suffix of a context URL: <c>(a,b)</c> or empty.</summary>
    public static string SelectSuffix(IReadOnlyList<string>? select) =>
        select is null ? string.Empty : "(" + string.Join(',', select) + ")";
}
