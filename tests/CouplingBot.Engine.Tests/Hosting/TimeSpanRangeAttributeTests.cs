using System.ComponentModel.DataAnnotations;
using CouplingBot.Engine.Hosting;
using CouplingBot.Engine.Jobs;

namespace CouplingBot.Engine.Tests.Hosting;

public sealed class TimeSpanRangeAttributeTests
{
    [Theory]
    [InlineData("00:00:00.010", true)]
    [InlineData("00:30:00", true)]
    [InlineData("01:00:00", true)]
    [InlineData("00:00:00.009", false)]
    [InlineData("01:00:00.001", false)]
    [InlineData("-00:00:01", false)]
    public void IsValid_BoundsIncluded_OutsideRefused(string value, bool valid)
    {
        var range = new TimeSpanRangeAttribute("00:00:00.010", "01:00:00");

        Assert.Equal(valid, range.IsValid(TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void FirstUse_FromManyThreadsAtOnce_AnswersTheSameEverywhere()
    {
        // What [Range(typeof(TimeSpan), ...)] could not do (dotnet/runtime#1143): its first validations race.
        var answers = new bool[10_000];
        var range = new TimeSpanRangeAttribute("00:00:01", "00:10:00");

        Parallel.For(0, answers.Length, i => answers[i] = range.IsValid(TimeSpan.FromSeconds(1 + (i % 2 * 1000))));

        Assert.Equal(answers.Length / 2, answers.Count(a => a));
        Assert.All(answers.Where((_, i) => i % 2 == 0), Assert.True);
    }

    [Fact]
    public void JobOptions_OutOfRange_FailsValidation_NamingTheSetting()
    {
        var options = new JobOptions { OutageGiveUpAfter = TimeSpan.FromDays(2) };
        var results = new List<ValidationResult>();

        var valid = Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Contains(results, r => r.MemberNames.Contains(nameof(JobOptions.OutageGiveUpAfter)));
    }
}
