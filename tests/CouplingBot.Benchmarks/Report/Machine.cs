using System.Globalization;
using System.Runtime.InteropServices;

namespace CouplingBot.Benchmarks.Report;

/// <summary>Where the benchmark ran.</summary>
/// <param name="Cores">Logical processors.</param>
/// <param name="MemoryBytes">Physical memory available to the process.</param>
/// <param name="Os">Operating system.</param>
/// <param name="Cpu">Processor model, when the OS says.</param>
/// <param name="Runtime">The .NET runtime.</param>
internal sealed record Machine(int Cores, long MemoryBytes, string Os, string Cpu, string Runtime)
{
    /// <summary>This machine.</summary>
    public static Machine Current() => new(
        Environment.ProcessorCount,
        GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.OSDescription,
        CpuModel(),
        RuntimeInformation.FrameworkDescription);

    /// <summary>One line for the doc.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Cores} logical cores ({Cpu}), {MemoryBytes / 1073741824d:0.0} GiB RAM, {Os}, {Runtime}");

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var line = File.Exists(cpuInfo) ? File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
