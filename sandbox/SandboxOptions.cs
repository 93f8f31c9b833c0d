namespace CouplingBot.Sandbox;

/// <summary>Configuration section <c>Sandbox</c>.</summary>
public sealed class SandboxOptions
{
    /// <summary>Folder for the JSON data files; when null or empty, data lives in memory only.</summary>
    public string? DataPath { get; set; }

    /// <summary>How many recent requests the journal keeps.</summary>
    public int JournalCapacity { get; set; } = 2000;
}
