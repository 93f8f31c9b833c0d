using CouplingBot.Engine.Clients;

namespace CouplingBot.Engine.Tests.Clients;

public class ODataFilterTests
{
    [Fact]
    public void Equal_DoublesEmbeddedQuotes() =>
        Assert.Equal("name eq 'O''Brien & Sons'", ODataFilter.Equal("name", "O'Brien & Sons"));

    [Fact]
    public void AnyOf_OneTerm_HasNoParentheses() =>
        Assert.Equal("a eq 1", ODataFilter.AnyOf([ODataFilter.Equal("a", 1)]));

    [Fact]
    public void AllOf_JoinsWithAnd() =>
        Assert.Equal("(a eq 1 and contains(b,'x'))", ODataFilter.AllOf([ODataFilter.Equal("a", 1), ODataFilter.Contains("b", "x")]));

    [Fact]
    public void Spellings_AsTypedLowerUpperAndTitle_EachOnce()
    {
        Assert.Equal(["cAnnon gRoup", "cannon group", "CANNON GROUP", "Cannon Group"], ODataFilter.Spellings("cAnnon gRoup"));
        Assert.Equal(["10000"], ODataFilter.Spellings("10000"));
    }
}
