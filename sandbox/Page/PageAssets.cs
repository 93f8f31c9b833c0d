using System.Reflection;

namespace CouplingBot.Sandbox.Page;

/// <summary>The page's files, embedded in the assembly from <c>Page/assets/</c> (logical name <c>SandboxPage/&lt;file&gt;</c>).</summary>
public static class PageAssets
{
    /// <summary>The text of an embedded asset, e.g. <c>index.html</c>.</summary>
    public static string Read(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("SandboxPage/" + file)
            ?? throw new FileNotFoundException("No embedded page asset.", file);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
