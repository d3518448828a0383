using NodaTime;
using Timeline.Cli.Output;
using Timeline.Events;

namespace Timeline.Cli.Tests;

public class DateTextTests
{
    [Theory]
    [InlineData("2019-04-25", "2019-04-25", DatePrecision.Day, "2019-04-25")]
    [InlineData("2019-04-25", "2019-04-27", DatePrecision.Day, "2019-04-25 – 2019-04-27")]
    [InlineData("2019-06-03", "2019-06-07", DatePrecision.Week, "2019-W23")]
    [InlineData("2020-12-28", "2021-01-03", DatePrecision.Week, "2020-W53")]
    [InlineData("2019-04-01", "2019-04-30", DatePrecision.Month, "2019-04")]
    [InlineData("2019-04-01", "2019-06-30", DatePrecision.Month, "2019-04 – 2019-06")]
    [InlineData("2019-07-01", "2019-09-30", DatePrecision.Quarter, "2019-Q3")]
    [InlineData("2019-01-01", "2019-12-31", DatePrecision.Year, "2019")]
    [InlineData("2019-01-01", "2021-12-31", DatePrecision.Year, "2019 – 2021")]
    public void Dates_are_written_at_their_precision(string start, string end, DatePrecision precision, string expected)
    {
        DateText.Format(new EventDate(Day(start), Day(end), precision)).Should().Be(expected);
    }

    [Fact]
    public void No_date_is_a_dash()
    {
        DateText.Format(null).Should().Be("—");
    }

    private static LocalDate Day(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
