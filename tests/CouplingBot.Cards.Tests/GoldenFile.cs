using System.Text.Encodings.Web;
using System.Text.Json;
using CouplingBot.Testing;

namespace CouplingBot.Cards.Tests;

/// <summary>
/// Snapshot assertions against reviewed JSON files in the source folder
/// (tests/CouplingBot.Cards.Tests/Golden/&lt;Name&gt;.json, read through <see cref="RepoPaths"/>).
/// A missing file, or env UPDATE_GOLDEN=1, writes the file and fails so a person reviews it.
/// </summary>
internal static class GoldenFile
{
    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        // Readable files: the golden text is for people; the wire escaping is AdaptiveCardJson's business.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string PathOf(string name) => RepoPaths.Combine("tests", "CouplingBot.Cards.Tests", "Golden", name + ".json");

    public static void AssertMatches(string name, JsonElement actual)
    {
        var path = PathOf(name);
        var actualText = JsonSerializer.Serialize(actual, Pretty).ReplaceLineEndings("\n") + "\n";
        var update = Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

        if (update || !File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actualText);
            Assert.Fail($"Golden file {path} was {(update ? "updated" : "created")}. Review it (git diff), then run the tests again without UPDATE_GOLDEN.");
        }

        var expectedText = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expectedText != actualText)
        {
            Assert.Fail($"{name} differs from {path} at {FirstDifference(expectedText, actualText)}.\n" +
                "If the change is intended, run with UPDATE_GOLDEN=1, review the diff and commit the file.\n" +
                $"Actual:\n{actualText}");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                return $"line {i + 1}:\n  expected: {el.Trim()}\n  actual:   {al.Trim()}";
            }
        }

        return "line endings";
    }
}
