using NodaTime;

namespace Timeline.Export.Html.Tests;

/// <summary>The axis: calendar arithmetic, the choice of tick step, and the domain it rounds out to.</summary>
public class TimeScaleTests
{
    [Fact]
    public void Day_numbers_agree_with_nodatime_and_round_trip()
    {
        var epoch = new LocalDate(1970, 1, 1);
        for (var day = new LocalDate(1899, 12, 20); day < new LocalDate(2101, 1, 10); day = day.PlusDays(1))
        {
            long n = CivilDays.Of(day);
            n.Should().Be(Period.DaysBetween(epoch, day));
            CivilDays.ToCivil(n).Should().Be((day.Year, day.Month, day.Day));
            CivilDays.DayOfWeek(n).Should().Be((int)day.DayOfWeek - 1);
        }
        CivilDays.Of(-4, 3, 1).Should().Be(Period.DaysBetween(epoch, new LocalDate(-4, 3, 1)));
        CivilDays.ToCivil(CivilDays.Of(10000, 1, 1)).Should().Be((10000L, 1, 1), "past LocalDate's range, rounding out still works");
    }

    public static TheoryData<string, string, string, int> Spans => new()
    {
        { "2023-09-13", "2023-09-13", "Day", 2 },
        { "2023-09-01", "2023-10-20", "Week", 1 },
        { "2023-04-25", "2023-12-20", "Month", 1 },
        { "2019-04-25", "2023-09-20", "Month", 6 },
        { "2001-01-01", "2012-06-30", "Year", 2 },
        { "1950-06-25", "2023-09-13", "Year", 10 },
        { "1100-10-14", "2023-09-13", "Year", 100 },
        { "1066-10-14", "2023-09-13", "Year", 200 },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public void The_step_is_the_finest_that_keeps_ticks_apart_and_the_domain_covers_the_days(string first, string last, string unit, int count)
    {
        long a = CivilDays.Of(NodaTime.Text.LocalDatePattern.Iso.Parse(first).Value), b = CivilDays.Of(NodaTime.Text.LocalDatePattern.Iso.Parse(last).Value);
        var scale = TimeScale.Create(a, b, 150, 972);

        scale.Step.Should().Be(new TickStep(Enum.Parse<TickUnit>(unit), count));
        scale.First.Should().BeLessThanOrEqualTo(a);
        scale.End.Should().BeGreaterThan(b);
        scale.Step.Floor(scale.First).Should().Be(scale.First, "the domain starts on a tick");
        scale.Step.Floor(scale.End).Should().Be(scale.End, "and ends on one");
        scale.X(scale.First).Should().Be(150);
        scale.X(scale.End).Should().Be(972);
        var xs = scale.Ticks.Select(t => t.X).ToList();
        xs.Should().BeInAscendingOrder();
        xs.Zip(xs.Skip(1), (p, q) => q - p).Where(gap => gap < TimeScale.MinTickSpacing * 0.8).Should().BeEmpty();
        scale.Ticks[^1].Label.Should().BeNull("the closing tick starts no period");
        scale.Ticks.SkipLast(1).Should().AllSatisfy(t => t.Label.Should().NotBeNullOrEmpty());
        scale.Minor.Zip(scale.Minor.Skip(1), (p, q) => q - p).Where(gap => gap < TimeScale.MinMinorSpacing * 0.8).Should().BeEmpty();
        scale.Minor.Should().NotContain(x => xs.Contains(x), "minor lines fall between the ticks");
    }

    [Fact]
    public void A_finer_step_would_crowd_the_axis()
    {
        long a = CivilDays.Of(2019, 4, 25), b = CivilDays.Of(2023, 9, 20);
        var scale = TimeScale.Create(a, b, 150, 972);
        var finer = new TickStep(TickUnit.Month, 3);

        int intervals = 0;
        for (long t = finer.Floor(a); t < finer.Ceiling(b + 1); t = finer.Next(t)) intervals++;
        ((972.0 - 150) / intervals).Should().BeLessThan(TimeScale.MinTickSpacing);
        scale.Step.Should().Be(new TickStep(TickUnit.Month, 6));
    }

    [Fact]
    public void Weeks_start_on_monday_and_quarters_on_their_first_month()
    {
        var week = new TickStep(TickUnit.Week, 1);
        CivilDays.ToCivil(week.Floor(CivilDays.Of(2023, 9, 17))).Should().Be((2023L, 9, 11));
        CivilDays.ToCivil(week.Next(CivilDays.Of(2023, 9, 11))).Should().Be((2023L, 9, 18));
        var quarter = new TickStep(TickUnit.Month, 3);
        CivilDays.ToCivil(quarter.Floor(CivilDays.Of(2023, 9, 17))).Should().Be((2023L, 7, 1));
        CivilDays.ToCivil(quarter.Ceiling(CivilDays.Of(2023, 9, 17))).Should().Be((2023L, 10, 1));
        CivilDays.ToCivil(quarter.Next(CivilDays.Of(2023, 10, 1))).Should().Be((2024L, 1, 1));
        var decade = new TickStep(TickUnit.Year, 10);
        CivilDays.ToCivil(decade.Floor(CivilDays.Of(-5, 6, 1))).Should().Be((-10L, 1, 1));
    }
}
