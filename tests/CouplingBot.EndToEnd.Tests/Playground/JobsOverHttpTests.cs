using System.Text.RegularExpressions;
using CouplingBot.Cards.Actions;
using CouplingBot.EndToEnd.Tests.Stack;
using CouplingBot.Sandbox.Storage;

namespace CouplingBot.EndToEnd.Tests.Playground;

/// <summary>
/// Work on many records in the personal chat of the local Teams client, over its HTTP API: a confirmed sync job
/// whose card ends in its final state in place, the completion message, <c>status</c> and the details card; and
/// match-based coupling from its dry run to the couple job.
/// </summary>
public sealed partial class JobsOverHttpTests(PlaygroundStackFixture fixture) : PlaygroundTest(fixture)
{
    [Fact]
    public async Task SyncCustomers_Confirmed_CardEndsInPlace_CompletionArrives_StatusAndDetailsShowTheJob()
    {
        // 10000 and 20000 are coupled, 30000 is not: the job updates two accounts and skips the third, saying why.
        await Chat.CoupleAsync("customer", "10000", SandboxSeed.CannonGroupAccountId, cancellationToken: Cancellation);
        await Chat.CoupleAsync("customer", "20000", SandboxSeed.SelangorianAccountId, cancellationToken: Cancellation);
        await Stack.EditCustomerAsync(SandboxSeed.SelangorianCustomerId, new { phoneNumber = "+60 3 555 0120" });

        var confirm = await Chat.SendForCardAsync("sync customers 10000 20000 30000", "Synchronize 3 customers?", Cancellation);
        Assert.Equal([CardVerbs.ConfirmJob, CardVerbs.CancelJob], confirm.Verbs);
        var job = await Chat.RunJobAsync(confirm, cancellationToken: Cancellation);

        // The confirmation became the job's card, and the bot later replaced that same message with the final state.
        Assert.Contains("Synchronize 3 customers (Business Central -> Sales)", job.Started.Text, StringComparison.Ordinal);
        Assert.Equal(confirm.MessageId, job.Final.MessageId);
        Assert.Contains("Job finished with problems", job.Final.Text, StringComparison.Ordinal);
        Assert.Contains("Records | 3", job.Final.Text, StringComparison.Ordinal);
        Assert.Equal([CardVerbs.JobDetails], job.Final.Verbs);
        Assert.Equal("Synchronize 3 customers (Business Central -> Sales) finished: 2 modified, 1 skipped.", job.Completion.Text);
        Assert.Equal("+60 3 555 0120", (await Stack.AccountAsync(SandboxSeed.SelangorianAccountId)).GetProperty("telephone1").GetString());
        Assert.Equal("The Cannon Group PLC", (await Stack.AccountAsync(SandboxSeed.CannonGroupAccountId)).GetProperty("name").GetString());
        var jobId = CardText.Data(job.Final.Content, CardVerbs.JobDetails)[0].GetProperty("jobId").GetString()!;

        // "status" lists it with its Details button; Details names the skipped record and why.
        var status = await Chat.SendForCardAsync("status", "Your latest jobs", Cancellation);
        Assert.Contains("Synchronize 3 customers (Business Central -> Sales)", status.Text, StringComparison.Ordinal);
        var detailsButton = CardText.Data(status.Content, CardVerbs.JobDetails).Select(d => d.GetProperty("jobId").GetString()).ToList().IndexOf(jobId);
        Assert.True(detailsButton >= 0, status.Text);
        var details = await Chat.PressAsync(status, CardVerbs.JobDetails, index: detailsButton, cancellationToken: Cancellation);
        Assert.Contains("Customer 30000", details.Text, StringComparison.Ordinal);
        Assert.Contains("coupled", details.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Customer 20000", details.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MatchCustomers_DryRunThenConfirm_TheCoupleJobCouplesWhatTheDryRunListed()
    {
        var dryRun = await Chat.SendForCardAsync("match customers", "Match customers: dry run", Cancellation);
        var planned = int.Parse(ToCouple().Match(dryRun.Text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(planned > 0, dryRun.Text);
        Assert.Empty(await Stack.CouplingRowsAsync());

        var job = await Chat.RunJobAsync(dryRun, cancellationToken: Cancellation);

        Assert.Contains("Couple all uncoupled customers by match", job.Started.Text, StringComparison.Ordinal);
        Assert.Contains("Job finished", job.Final.Text, StringComparison.Ordinal);
        Assert.StartsWith($"Couple all uncoupled customers by match finished: {planned} coupled", job.Completion.Text, StringComparison.Ordinal);
        var coupled = (await CouplingRowsAsync("CUSTOMER")).Where(r => r.RowKey.StartsWith("bc|", StringComparison.Ordinal)).ToList();
        Assert.Equal(planned, coupled.Count);
        Assert.Contains(coupled, r => r.GetString("BusinessCentralNumber") == "10000" && r.GetString("SalesId") == SandboxSeed.CannonGroupAccountId.ToString());
    }

    [GeneratedRegex(@"If you go ahead: (\d+) to couple")]
    private static partial Regex ToCouple();
}
