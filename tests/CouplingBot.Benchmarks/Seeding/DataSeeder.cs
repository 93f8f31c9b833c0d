using System.Globalization;
using Azure.Data.Tables;
using Bogus;
using CouplingBot.Benchmarks.Harness;
using CouplingBot.Engine.Couplings;

namespace CouplingBot.Benchmarks.Seeding;

/// <summary>
/// Generates organisations with Bogus (seeded: the same data every run) and loads them fast: records through the
/// sandbox's <c>POST /_sandbox/bulk</c>, couplings straight into the couplings table in Azure Tables transactions of
/// both rows of a pair, shaped by the store's own <see cref="CouplingRows"/>.
/// </summary>
internal static class DataSeeder
{
    /// <summary>The prefix of every generated number.</summary>
    public const string NumberPrefix = "B";

    private const string Mapping = "CUSTOMER";
    private const string Scope = "default";
    private const int RecordsPerBulk = 5000;
    private const int PairsPerTransaction = 50; // 100 actions, the most one transaction takes

    /// <summary>The first <paramref name="count"/> generated organisations.</summary>
    public static IReadOnlyList<SeedCustomer> Generate(int count)
    {
        Randomizer.Seed = new Random(20261125);
        var faker = new Faker("en_GB");
        var customers = new List<SeedCustomer>(count);
        for (var i = 0; i < count; i++)
        {
            var name = Cut(faker.Company.CompanyName(), 80);
            customers.Add(new SeedCustomer(
                i, NumberPrefix + (i + 1).ToString("D6", CultureInfo.InvariantCulture), name, Cut(faker.Phone.PhoneNumber(), 30),
                Cut(faker.Internet.Email(provider: "example.com"), 80), Cut("www." + faker.Internet.DomainWord() + ".example", 80),
                Cut(faker.Address.StreetAddress(), 100), Cut(faker.Address.City(), 30), Cut(faker.Address.ZipCode(), 20)));
        }

        return customers;
    }

    /// <summary>Loads the customers into Business Central, and their accounts into Sales when <paramref name="withAccounts"/>.</summary>
    public static async Task LoadAsync(SandboxClient sandbox, IReadOnlyList<SeedCustomer> customers, bool withAccounts, CancellationToken cancellationToken)
    {
        foreach (var chunk in customers.Chunk(RecordsPerBulk))
        {
            await sandbox.BulkAsync(
                withAccounts
                    ? new { businessCentral = new { customers = chunk.Select(c => c.CustomerBody()) }, dataverse = new { accounts = chunk.Select(c => c.AccountBody()) } }
                    : new { businessCentral = new { customers = chunk.Select(c => c.CustomerBody()) } },
                cancellationToken);
        }
    }

    /// <summary>Changes the first <paramref name="count"/> customers in Business Central (name and phone), as round <paramref name="round"/>.</summary>
    public static async Task ChangeAsync(SandboxClient sandbox, IReadOnlyList<SeedCustomer> customers, int count, int round, CancellationToken cancellationToken)
    {
        foreach (var chunk in customers.Take(count).Chunk(RecordsPerBulk))
        {
            var changed = chunk.Select(c => new { id = c.CustomerId, displayName = ChangedName(c, round), phoneNumber = ChangedPhone(c, round) });
            await sandbox.BulkAsync(new { businessCentral = new { customers = changed } }, cancellationToken);
        }
    }

    /// <summary>The name <see cref="ChangeAsync"/> gives a customer in a round.</summary>
    public static string ChangedName(SeedCustomer customer, int round) => $"{customer.Name} r{round}";

    /// <summary>The phone <see cref="ChangeAsync"/> gives a customer in a round.</summary>
    public static string ChangedPhone(SeedCustomer customer, int round) => Cut($"+44 {round} {customer.Index:D6}", 30);

    /// <summary>
    /// Writes the couplings of the customers with their accounts into <paramref name="table"/> (created if needed), each
    /// as synchronized now, with the state a synchronization stores (<see cref="SyncedStates"/>: read through the engine
    /// with <paramref name="engineSettings"/>), so a record counts as changed only when it is modified afterwards.
    /// Call it after the records are loaded.
    /// </summary>
    public static async Task CoupleAsync(
        TableServiceClient storage, string table, IReadOnlyList<SeedCustomer> customers, IReadOnlyList<string> engineSettings, CancellationToken cancellationToken)
    {
        var client = storage.GetTableClient(table);
        await client.CreateIfNotExistsAsync(cancellationToken);
        var partition = CouplingRows.PartitionKey(Scope, Mapping);
        var coupledAt = DateTimeOffset.UtcNow;
        var states = await SyncedStates.ReadAsync(engineSettings, customers, coupledAt, cancellationToken);
        await Parallel.ForEachAsync(
            customers.Chunk(PairsPerTransaction),
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (chunk, ct) =>
            {
                var actions = chunk.SelectMany(c =>
                {
                    var coupling = new Coupling(Mapping, c.CustomerId.ToString(), c.AccountId.ToString(), c.Number, c.Name, coupledAt, "benchmark",
                        states[c.CustomerId.ToString()]);
                    return new[]
                    {
                        new TableTransactionAction(TableTransactionActionType.UpsertReplace, CouplingRows.Forward(partition, coupling)),
                        new TableTransactionAction(TableTransactionActionType.UpsertReplace, CouplingRows.Reverse(partition, coupling)),
                    };
                });
                await client.SubmitTransactionAsync(actions, ct);
            });
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
