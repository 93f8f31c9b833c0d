using System.Net;
using CouplingBot.Bot.Protocol;
using Polly;
using Polly.Timeout;

namespace CouplingBot.Bot.Tests.Protocol;

public sealed class ConnectorClientRetryTests
{
    [Theory]
    [InlineData("POST", HttpStatusCode.TooManyRequests, true)]
    [InlineData("POST", HttpStatusCode.ServiceUnavailable, true)]
    [InlineData("POST", HttpStatusCode.BadGateway, false)]
    [InlineData("POST", HttpStatusCode.GatewayTimeout, false)]
    [InlineData("POST", HttpStatusCode.PreconditionFailed, false)]
    [InlineData("POST", HttpStatusCode.InternalServerError, false)]
    [InlineData("PUT", HttpStatusCode.TooManyRequests, true)]
    [InlineData("PUT", HttpStatusCode.PreconditionFailed, true)]
    [InlineData("PUT", HttpStatusCode.BadGateway, true)]
    [InlineData("PUT", HttpStatusCode.GatewayTimeout, true)]
    [InlineData("PUT", HttpStatusCode.InternalServerError, false)]
    [InlineData("PUT", HttpStatusCode.NotFound, false)]
    [InlineData("POST", HttpStatusCode.BadRequest, false)]
    public void ShouldRetry_ByMethodAndStatus(string method, HttpStatusCode status, bool expected)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "https://smba.example.test/v3/conversations");
        using var response = new HttpResponseMessage(status);

        Assert.Equal(expected, ConnectorClientRetry.ShouldRetry(request, Outcome.FromResult(response)));
    }

    [Fact]
    public void ShouldRetry_TypingPost_IsSafeToRepeat()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://smba.example.test/v3/conversations/c/activities");
        ConnectorClientRetry.MarkSafeToRepeat(request);
        using var response = new HttpResponseMessage(HttpStatusCode.BadGateway);

        Assert.True(ConnectorClientRetry.ShouldRetry(request, Outcome.FromResult(response)));
        Assert.True(ConnectorClientRetry.ShouldRetry(request, Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));
    }

    [Fact]
    public void ShouldRetry_PostFailures_OnlyWhenNeverConnected()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://smba.example.test/v3/conversations/c/activities");

        Assert.True(ConnectorClientRetry.ShouldRetry(request, Outcome.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ConnectionError))));
        Assert.False(ConnectorClientRetry.ShouldRetry(request, Outcome.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ResponseEnded))));
        Assert.False(ConnectorClientRetry.ShouldRetry(request, Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));
    }
}
