using CouplingBot.Engine.Matching;

namespace CouplingBot.Engine.Tests.Matching;

public class ContactPointsTests
{
    [Theory]
    [InlineData("+44 121 555 0100", "215550100")]
    [InlineData("+44 (121) 555-0100", "215550100")]
    [InlineData("0121 555 0100", "215550100")]
    [InlineData("555-01", null)]
    [InlineData(null, null)]
    public void Phone_ComparesTheLastNineDigits(string? phone, string? expected) =>
        Assert.Equal(expected, ContactPoints.Phone(phone));

    [Theory]
    [InlineData("andy.teal@CannonGroup.example", "cannongroup.example")]
    [InlineData("https://www.cannongroup.example/contact?x=1", "cannongroup.example")]
    [InlineData("www.cannongroup.example", "cannongroup.example")]
    [InlineData("localhost", null)]
    [InlineData("  ", null)]
    public void Domain_StripsMailboxSchemeWwwAndPath(string? input, string? expected) =>
        Assert.Equal(expected, ContactPoints.Domain(input));

    [Fact]
    public void Compact_IgnoresCaseAndSpaces() =>
        Assert.Equal(ContactPoints.Compact("b27 4kt"), ContactPoints.Compact("B274KT "));
}
