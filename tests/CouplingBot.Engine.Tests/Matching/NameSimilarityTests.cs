using CouplingBot.Engine.Matching;

namespace CouplingBot.Engine.Tests.Matching;

public class NameSimilarityTests
{
    [Fact]
    public void SignificantWords_DropsLegalFormsPunctuationAndCase() =>
        Assert.Equal(["cannon", "group"], NameSimilarity.SignificantWords("The Cannon Group, PLC."));

    [Theory]
    [InlineData("The Cannon Group PLC", "Cannon Group", 1.0)]
    [InlineData("Cannon Group", "Cannon Industries Ltd", 0.5)]
    [InlineData("Cannon Group", "Fabrikam", 0.0)]
    [InlineData("", "Fabrikam", 0.0)]
    public void Similarity_IsTheDiceCoefficientOfSignificantWords(string left, string right, double expected) =>
        Assert.Equal(expected, NameSimilarity.Similarity(left, right), precision: 3);
}
