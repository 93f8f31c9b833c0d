namespace CouplingBot.Testing;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class RepoPaths
{
    /// <summary>The folder that holds CouplingBot.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path under the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>An executable that npm installed under node_modules/.bin.</summary>
    public static string NodeBin(string name)
    {
        var path = Combine("node_modules", ".bin", name);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{name} is not installed: run ./test.sh (it runs npm ci) first.", path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CouplingBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("CouplingBot.sln was not found above " + AppContext.BaseDirectory);
    }
}
