using CouplingBot.Cards.Actions;
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

    public static readonly JobView JobRunning = new(
        "3f2a9c0d5e6b4a7f8c9d0e1f2a3b4c5d", "Synchronize 3 customers (Business Central -> Sales)", JobState.Running, "Megan Bowen",
        new DateTimeOffset(2025, 3, 12, 14, 0, 0, TimeSpan.Zero), null, 1, 3, [new RecordFact("Updated", "1")], 0, null);

    public static readonly JobView JobDoneWithProblems = JobRunning with
    {
        State = JobState.Completed,
        FinishedAt = new DateTimeOffset(2025, 3, 12, 14, 1, 30, TimeSpan.Zero),
        Processed = 3,
        Counters = [new RecordFact("Updated", "1"), new RecordFact("Already in step", "1"), new RecordFact("Failed", "1")],
        Problems = 1,
    };

    public static readonly JobView JobFailed = JobRunning with
    {
        What = "Synchronize all coupled customers (Sales -> Business Central)",
        State = JobState.Failed,
        FinishedAt = new DateTimeOffset(2025, 3, 12, 14, 2, 0, TimeSpan.Zero),
        Processed = 0,
        Total = null,
        Counters = [],
        Message = "The job's message could not be read; it was set aside.",
    };

    public static readonly IReadOnlyList<ProblemRecordView> Problems =
    [
        new("customer", "20000", "Business Central refused the record: Salesperson code OF does not exist.", new DateTimeOffset(2025, 3, 12, 14, 1, 0, TimeSpan.Zero), CanRetry: true),
        new("customer", "30000", "Skipped after 2 identical failures: the Sales account is inactive.", null, CanRetry: false),
    ];

    public static readonly MatchPlanView MatchPlan = new(
        "customer",
        [new RecordFact("10000", "Same name"), new RecordFact("20000", "Same city and post code")],
        [],
        [new RecordFact("30000", "No unique uncoupled matching entity"), new RecordFact("40000", "Several Sales accounts have the same name")]);

    public static readonly DependencyFixView DependencyFix = new(
        "customer", "70000", "toSales",
        "salesperson OF is not coupled to a Sales user. Couple it (SALESPEOPLE) first, or set Salesperson to be cleared when not coupled.",
        "SALESPEOPLE", "salesperson", "OF", "Otis Falls", "Sales user",
        [("8e1b7a1c-0000-4000-8000-000000000011", "Otis Fallon", 50), ("8e1b7a1c-0000-4000-8000-000000000012", "Sandbox Admin", 0)]);

    public static IReadOnlyList<(string Name, AdaptiveCard Card)> All { get; } =
    [
        ("CustomerRecord_NotCoupled", CustomerCards.Record(Cannon, null)),
        ("CustomerRecord_Coupled", CustomerCards.Record(Cannon, Coupled)),
        ("CustomerRecord_CoupledNeverSynced", CustomerCards.Record(Cannon, CoupledNeverSynced)),
        ("CouplingSetUp_WithCandidates", CouplingCards.SetUp(Cannon, Candidates)),
        ("CouplingSetUp_NoCandidates", CouplingCards.SetUp(Cannon, [])),
        ("SyncSynchronize", SyncCards.Synchronize(Cannon, Coupled)),
        ("SyncSynchronize_WithPreview", SyncCards.Synchronize(Cannon, Coupled, new SyncPreviewView(
            "Sales -> Business Central",
            [new("Phone No.", "0666-666-6666", "0121 496 0000"), new("E-Mail", "info@cannon.example", null)],
            "Both records changed since the last synchronization and these fields differ: Phone No.. Choose which side wins; the other side's edits to these fields will be overwritten.",
            "fromSales"))),
        ("SyncSynchronize_PreviewInStep", SyncCards.Synchronize(Cannon, Coupled, new SyncPreviewView("Business Central -> Sales", [], null, "toSales"))),
        ("ConflictDecide", ConflictCards.Decide(Cannon, Coupled,
        [
            new ConflictFieldView("phoneNumber", "Phone No.", "0121 496 0000", "0121 496 0999"),
            new ConflictFieldView("email", "E-Mail", null, "info@cannon.example"),
        ])),
        ("ConflictDecide_Contact", ConflictCards.Decide(
            new CustomerView("CT000006", "Andy Teal", [new RecordFact("Company", "The Cannon Group PLC")]) { Kind = RecordNouns.Contact },
            CoupledNeverSynced with { SalesAccountName = "Andy Teal" },
            [new ConflictFieldView("jobTitle", "Job title", "Buyer", "Head of purchasing")])),
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
        ("MessageNote", MessageCards.Note("Cancelled", "Nothing was started and nothing changed.")),
        ("JobConfirm", JobCards.Confirm(
            "Synchronize 3 customers?",
            "Business Central -> Sales: where they differ, the Sales accounts get the values of their Business Central customers.",
            ["customer 10000", "customer 20000", "customer 30000"],
            new ActionExecute("Synchronize", CardVerbs.ConfirmJob) { Data = new JobRequestData("sync", "customer", ["10000", "20000", "30000"], false, "toSales"), Style = ActionStyle.Positive },
            new ActionExecute("Cancel", CardVerbs.CancelJob) { Data = new JobRequestData("sync", "customer", ["10000", "20000", "30000"], false, "toSales") })),
        ("JobStatus_Running", JobCards.Status(JobRunning)),
        ("JobStatus_CompletedWithProblems", JobCards.Status(JobDoneWithProblems)),
        ("JobStatus_Failed", JobCards.Status(JobFailed)),
        ("JobDetails", JobCards.Details(JobDoneWithProblems, Problems)),
        ("JobRecent", JobCards.Recent("Your latest jobs", [JobRunning, JobDoneWithProblems, JobDoneWithProblems with { Id = "0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e", Problems = 0, Counters = [new RecordFact("Updated", "3")] }, JobFailed], "You haven't started a job yet.")),
        ("JobRecent_None", JobCards.Recent("Your latest jobs", [], "You haven't started a job yet. \"sync all customers\" starts one.")),
        ("RecordPick", RecordListCards.Pick("customer", "cannon", "couple", "Couple",
        [
            new RecordChoiceView("10000", "The Cannon Group PLC", "Birmingham"),
            new RecordChoiceView("50000", "Cannon Supplies", null),
        ])),
        ("RecordProblems_None", RecordListCards.Problems("Skipped customers", [], "No customer is skipped.")),
        ("MatchPlan", MatchCards.Plan(MatchPlan)),
        ("MatchPlan_NothingToCouple", MatchCards.Plan(MatchPlan with { ToCouple = [] })),
        ("MessageProblem_DefaultNextStep", MessageCards.Problem("Sales did not answer", "The Sales service took too long to answer.", null)),
        ("DependencyFix_WithCandidates", DependencyCards.Fix(DependencyFix)),
        ("DependencyFix_NoCandidates", DependencyCards.Fix(DependencyFix with { Candidates = [] })),
    ];


    public static TheoryData<string> Names => [.. All.Select(c => c.Name)];

    public static AdaptiveCard Get(string name) => All.Single(c => c.Name == name).Card;
}
