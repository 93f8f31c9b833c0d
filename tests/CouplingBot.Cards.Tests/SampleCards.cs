using CouplingBot.Cards.Model;
using CouplingBot.Cards.Views;

namespace CouplingBot.Cards.Tests;

/// <summary>Every card factory with representative data, by golden-file name.</summary>
internal static class SampleCards
{
    public static readonly CustomerView Cannon = new(
        "10000",
        "The Cannon Group PLC",
        [
            new RecordFact("Address", "192 Market Square"),
            new RecordFact("City", "Birmingham"),
            new RecordFact("Post Code", "B27 4KT"),
            new RecordFact("Country/Region", "GB"),
            new RecordFact("Phone No.", "0666-666-6666"),
            new RecordFact("E-Mail", ""),
        ]);

    public static readonly CouplingView Coupled = new(
        "8e1b7a1c-0000-4000-8000-000000000001",
        "Cannon Group",
        new DateTimeOffset(2025, 3, 12, 15, 3, 0, TimeSpan.FromHours(1)),
        "2 fields updated in Sales");

    public static readonly CouplingView CoupledNeverSynced = new("8e1b7a1c-0000-4000-8000-000000000001", "Cannon Group", null, null);

    public static readonly IReadOnlyList<CandidateView> Candidates =
    [
        new("8e1b7a1c-0000-4000-8000-000000000001", "Cannon Group", 92, ["same phone", "same city"], null),
        new("8e1b7a1c-0000-4000-8000-000000000002", "Cannon Group Ltd", 71, ["similar name"], "London, GB"),
        new("8e1b7a1c-0000-4000-8000-000000000003", "Canon Supplies", 40, [], null),
    ];

    public static readonly SyncResultView ResultWithChanges = new(
        "Business Central -> Sales",
        [new("Phone No.", "0666-666-6666", "0121 496 0000"), new("E-Mail", null, "info@cannon.example")],
        new DateTimeOffset(2025, 3, 12, 14, 5, 0, TimeSpan.Zero));

    public static readonly SyncResultView ResultInStep = new("Sales -> Business Central", [], new DateTimeOffset(2025, 3, 12, 14, 5, 0, TimeSpan.Zero));

    public static IReadOnlyList<(string Name, AdaptiveCard Card)> All { get; } =
    [
        ("CustomerRecord_NotCoupled", CustomerCards.Record(Cannon, null)),
        ("CustomerRecord_Coupled", CustomerCards.Record(Cannon, Coupled)),
        ("CustomerRecord_CoupledNeverSynced", CustomerCards.Record(Cannon, CoupledNeverSynced)),
        ("CouplingSetUp_WithCandidates", CouplingCards.SetUp(Cannon, Candidates)),
        ("CouplingSetUp_NoCandidates", CouplingCards.SetUp(Cannon, [])),
        ("SyncSynchronize", SyncCards.Synchronize(Cannon, Coupled)),
        ("SyncResult_WithChanges", SyncCards.Result(Cannon, Coupled, ResultWithChanges)),
        ("SyncResult_InStep", SyncCards.Result(Cannon, Coupled, ResultInStep)),
        ("MessageHelp", MessageCards.Help(
        [
            ("couple customer 10000", "Find the Sales account for customer 10000 and couple them"),
            ("show customer 10000", "Show the customer and its coupling"),
            ("help", "Show this list"),
        ])),
        ("MessageProblem", MessageCards.Problem(
            "Customer 99999 was not found",
            "Business Central has no customer with number 99999.",
            "Check the number and send \"couple customer <number>\" again.")),
        ("MessageProblem_DefaultNextStep", MessageCards.Problem("Sales did not answer", "The Sales service took too long to answer.", null)),
    ];

    public static TheoryData<string> Names => [.. All.Select(c => c.Name)];

    public static AdaptiveCard Get(string name) => All.Single(c => c.Name == name).Card;
}
