using System.Net;
using CouplingBot.Engine.Clients;
using CouplingBot.Engine.Mappings;
using CouplingBot.Engine.Records;
using CouplingBot.Engine.Tests.Resilience;

namespace CouplingBot.Engine.Tests.Clients;

/// <summary>Each service's failures become the exception a caller acts on, with the service's own code and message.</summary>
public sealed class ServiceErrorsTests
{
    private const string Id = "5c6e1d3a-0000-4000-8000-0000000000bb";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(Side.BusinessCentral, HttpStatusCode.Conflict, "Request_EntityChanged", typeof(ConcurrencyConflictException))]
    [InlineData(Side.BusinessCentral, HttpStatusCode.NotFound, "Internal_RecordNotFound", typeof(RecordNotFoundException))]
    [InlineData(Side.BusinessCentral, HttpStatusCode.BadRequest, "Internal_EntityWithSameKeyExists", typeof(DuplicateRecordException))]
    [InlineData(Side.BusinessCentral, HttpStatusCode.Unauthorized, "Authentication_InvalidCredentials", typeof(ServiceUnauthorizedException))]
    [InlineData(Side.BusinessCentral, HttpStatusCode.TooManyRequests, "TooManyRequests", typeof(ThrottledException))]
    [InlineData(Side.BusinessCentral, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable", typeof(ThrottledException))]
    [InlineData(Side.BusinessCentral, HttpStatusCode.NotFound, "Internal_CompanyNotFound", typeof(ServiceRequestException))]
    [InlineData(Side.BusinessCentral, HttpStatusCode.BadRequest, "Application_StringExceededLength", typeof(ServiceRequestException))]
    [InlineData(Side.Sales, HttpStatusCode.PreconditionFailed, "0x80060882", typeof(ConcurrencyConflictException))]
    [InlineData(Side.Sales, HttpStatusCode.PreconditionFailed, "0x80040237", typeof(DuplicateRecordException))]
    [InlineData(Side.Sales, HttpStatusCode.NotFound, "0x80040217", typeof(RecordNotFoundException))]
    [InlineData(Side.Sales, HttpStatusCode.Forbidden, "0x80040220", typeof(ServiceUnauthorizedException))]
    [InlineData(Side.Sales, HttpStatusCode.TooManyRequests, "0x80072326", typeof(ThrottledException))]
    [InlineData(Side.Sales, HttpStatusCode.InternalServerError, "0x80040216", typeof(ServiceRequestException))]
    public async Task Write_FailedAnswer_IsTheMatchingException(Side side, HttpStatusCode status, string code, Type expected)
    {
        var handler = FakeServiceHandler.Script(_ => FakeServiceHandler.Error(status, code, "What the service said.", retryAfter: "7"));
        await using var harness = NoRetries(handler);
        IRecordClient client = side == Side.BusinessCentral ? harness.BusinessCentral : harness.Dataverse;
        var set = side == Side.BusinessCentral ? CustomerMapping.Customers : CustomerMapping.Accounts;

        var failure = await Assert.ThrowsAnyAsync<ServiceRequestException>(() =>
            client.UpdateAsync(set, Id, "W/\"1\"", new Dictionary<string, string?> { ["name"] = "x" }, [], Ct));

        Assert.IsType(expected, failure);
        Assert.Equal(side, failure.Side);
        Assert.Equal(status, failure.Status);
        Assert.Equal(code, failure.ErrorCode);
        Assert.Contains("What the service said.", failure.Message, StringComparison.Ordinal);
        if (failure is ThrottledException throttled)
        {
            Assert.Equal(TimeSpan.FromSeconds(7), throttled.RetryAfter);
        }
    }

    [Theory]
    [InlineData(Side.BusinessCentral, "Internal_RecordNotFound")]
    [InlineData(Side.Sales, "0x80040217")]
    public async Task Get_MissingRecord_IsNull(Side side, string code)
    {
        await using var harness = NoRetries(FakeServiceHandler.Script(_ => FakeServiceHandler.Error(HttpStatusCode.NotFound, code)));
        IRecordClient client = side == Side.BusinessCentral ? harness.BusinessCentral : harness.Dataverse;

        Assert.Null(await client.GetAsync(side == Side.BusinessCentral ? CustomerMapping.Customers : CustomerMapping.Accounts, Id, [], Ct));
    }

    [Fact]
    public async Task Get_UnknownCompany_IsAnError_NotAMissingRecord()
    {
        await using var harness = NoRetries(FakeServiceHandler.Script(_ => FakeServiceHandler.Error(HttpStatusCode.NotFound, "Internal_CompanyNotFound")));

        var failure = await Assert.ThrowsAsync<ServiceRequestException>(() => harness.BusinessCentral.GetAsync(CustomerMapping.Customers, Id, [], Ct));

        Assert.Equal("Internal_CompanyNotFound", failure.ErrorCode);
    }

    [Fact]
    public async Task GetRequired_Missing_IsRecordNotFound()
    {
        await using var harness = NoRetries(FakeServiceHandler.Script(_ => FakeServiceHandler.Error(HttpStatusCode.NotFound, "0x80040217")));

        await Assert.ThrowsAsync<RecordNotFoundException>(() => harness.Dataverse.GetRequiredAsync(CustomerMapping.Accounts, Id, [], Ct));
    }

    private static PipelineHarness NoRetries(FakeServiceHandler handler) => PipelineHarness.Create(handler, new Dictionary<string, string?>
    {
        ["BusinessCentral:MaxRetries"] = "0",
        ["Dataverse:MaxRetries"] = "0",
    });
}
