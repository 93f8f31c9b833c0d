using CouplingBot.Engine.Jobs;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Service;
using CouplingBot.Engine.Sync;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.Engine.Tests.Jobs;

/// <summary>Seeded pairs and job requests the job tests share.</summary>
internal static class JobTestData
{
    public static readonly (string Number, Guid AccountId)[] Pairs =
    [
        ("10000", SandboxSeed.CannonGroupAccountId),
        ("20000", SandboxSeed.SelangorianAccountId),
        ("30000", SandboxSeed.JohnHaddockAccountId),
    ];

    /// <summary>Couples the seeded pairs (all of them, or the first <paramref name="count"/>).</summary>
    public static async Task CoupleAsync(JobsHost host, int count = 3)
    {
        foreach (var (number, account) in Pairs.Take(count))
        {
            var result = await host.Couplings.CoupleAsync(CustomerMapping.Default, number, account.ToString(), "tester", TestContext.Current.CancellationToken);
            Assert.Equal(CoupleOutcome.Coupled, result.Outcome);
        }
    }

    public static JobRequest SyncToSales(params string[] numbers) =>
        JobRequest.For(JobKind.Sync, CustomerMapping.Name, numbers, SyncDirection.ToSales, "tester", "conversation-ref");
}
