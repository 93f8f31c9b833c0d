using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CouplingBot.Sandbox.Storage;

/// <summary>
/// Persists one store as <c>{folder}/{name}.json</c> (written to a temporary file, then moved over the old one),
/// so a restarted sandbox keeps its edits. The schema of each table gives the types when reading back.
/// </summary>
public sealed class StoreFile
{
    private readonly string _path;
    private readonly Func<string, EntitySchema> _schemaOfTable;

    /// <summary>Creates the file accessor; the folder is created when missing.</summary>
    public StoreFile(string folder, string name, Func<string, EntitySchema> schemaOfTable)
    {
        Directory.CreateDirectory(folder);
        _path = Path.Combine(folder, name + ".json");
        _schemaOfTable = schemaOfTable;
    }

    /// <summary>The state last saved, or null when there is no file.</summary>
    public StoreSnapshot? TryLoad()
    {
        if (!File.Exists(_path))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(_path));
        var root = document.RootElement;
        var tables = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<Guid, Row>>();
        foreach (var table in root.GetProperty("tables").EnumerateObject())
        {
            var schema = _schemaOfTable(table.Name);
            var rows = ImmutableDictionary.CreateBuilder<Guid, Row>();
            foreach (var item in table.Value.EnumerateArray())
            {
                var values = ImmutableDictionary.CreateBuilder<string, object?>(StringComparer.Ordinal);
                foreach (var property in item.GetProperty("values").EnumerateObject())
                {
                    var column = schema.Find(property.Name)
                        ?? throw new InvalidDataException($"{_path}: unknown column '{property.Name}' in table '{table.Name}'.");
                    if (!JsonValues.TryRead(property.Value, column.Type, out var value))
                    {
                        throw new InvalidDataException($"{_path}: bad value for '{property.Name}' in table '{table.Name}'.");
                    }

                    values[property.Name] = value;
                }

                var id = item.GetProperty("id").GetGuid();
                rows[id] = new Row(id, item.GetProperty("version").GetInt64(), values.ToImmutable());
            }

            tables[table.Name] = rows.ToImmutable();
        }

        return new StoreSnapshot(root.GetProperty("lastVersion").GetInt64(), tables.ToImmutable());
    }

    /// <summary>Writes the state (blocking; used at start).</summary>
    public void Save(StoreSnapshot snapshot)
    {
        var temp = _path + ".tmp";
        File.WriteAllText(temp, Serialize(snapshot));
        File.Move(temp, _path, overwrite: true);
    }

    /// <summary>Writes the state.</summary>
    public async Task SaveAsync(StoreSnapshot snapshot, CancellationToken cancellationToken)
    {
        var temp = _path + ".tmp";
        await File.WriteAllTextAsync(temp, Serialize(snapshot), cancellationToken).ConfigureAwait(false);
        File.Move(temp, _path, overwrite: true);
    }

    private static string Serialize(StoreSnapshot snapshot)
    {
        var tables = new JsonObject();
        foreach (var (name, rows) in snapshot.Tables.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var items = new JsonArray();
            foreach (var row in rows.Values.OrderBy(r => r.Version))
            {
                var values = new JsonObject();
                foreach (var (column, value) in row.Values.OrderBy(v => v.Key, StringComparer.Ordinal))
                {
                    values[column] = JsonValues.ToNode(value);
                }

                items.Add(new JsonObject { ["id"] = row.Id.ToString("D"), ["version"] = row.Version, ["values"] = values });
            }

            tables[name] = items;
        }

        var root = new JsonObject { ["lastVersion"] = snapshot.LastVersion, ["tables"] = tables };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
