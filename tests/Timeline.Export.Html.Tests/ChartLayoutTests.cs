using NodaTime;
using Timeline.Events;
using Timeline.Export.Tests;
using Timeline.Timelines;
using static Timeline.Export.Html.Tests.HandMade;

namespace Timeline.Export.Html.Tests;

/// <summary>Lanes and rows: nothing drawn in one row of a lane overlaps, and no more rows are used than needed.</summary>
public class ChartLayoutTests
{
    private static List<(TimelineEvent, string)> Dated(EventTimeline t) =>
        t.Events.Where(e => e.Date is not null).Select(e => (e, "ev-" + e.Id)).ToList();

    public static TheoryData<int> Widths => [HtmlOptions.MinWidth, 1000, 2400];

    [Theory]
    [MemberData(nameof(Widths))]
    public void Marks_and_labels_in_one_row_never_overlap_and_stay_in_the_drawing(int width)
    {
        foreach (var timeline in new[] { Samples.Timeline, Small(), Crowded() })
        {
            var layout = ChartLayout.Create(Dated(timeline), width);

            foreach (var lane in layout.Lanes)
            {
                foreach (var row in lane.Events.GroupBy(e => e.Y))
                {
                    var extents = row.Select(Extent).OrderBy(x => x.Left).ToList();
                    extents.Zip(extents.Skip(1), (p, q) => q.Left - p.Right).Where(gap => gap < ChartLayout.RowGap - 0.001).Should().BeEmpty();
                }
                lane.Events.Should().AllSatisfy(e =>
                {
                    e.Y.Should().BeInRange(lane.Top, lane.Top + lane.Height);
                    Extent(e).Left.Should().BeGreaterThanOrEqualTo(ChartLayout.PlotLeft - ChartLayout.MinBarWidth);
                    Extent(e).Right.Should().BeLessThanOrEqualTo(width);
                });
            }
            layout.Lanes.Zip(layout.Lanes.Skip(1), (a, b) => b.Top - (a.Top + a.Height)).Where(gap => gap != 0).Should().BeEmpty();
            layout.Height.Should().BeGreaterThan(layout.LanesBottom);
        }
    }

    [Fact]
    public void Events_far_apart_share_a_row_and_events_on_one_day_stack()
    {
        var timeline = Build(
            Mention("a", EventType.Other, EventStatus.Occurred, Day(2019, 1, 10), "A.", [Person("A")]),
            Mention("b", EventType.Other, EventStatus.Occurred, Day(2023, 12, 20), "B.", [Person("B")]),
            Mention("c", EventType.Other, EventStatus.Occurred, Day(2021, 6, 1), "C.", [Person("C")]),
            Mention("d", EventType.Other, EventStatus.Occurred, Day(2021, 6, 1), "D.", [Person("D")]),
            Mention("e", EventType.Other, EventStatus.Occurred, Day(2021, 6, 1), "E.", [Person("E")]));
        var lane = ChartLayout.Create(Dated(timeline), 1000).Lanes.Should().ContainSingle().Subject;

        lane.Events.Select(e => e.Y).Distinct().Should().HaveCount(3, "three events on one day need three rows, and the others fit in them");
        lane.Height.Should().Be(3 * ChartLayout.RowHeight + 2 * ChartLayout.LanePadding);
    }

    [Fact]
    public void A_label_with_no_room_on_the_right_goes_left()
    {
        var timeline = Build(
            Mention("a", EventType.Other, EventStatus.Occurred, Day(2019, 1, 10), "A.", [Person("Early Person")]),
            Mention("b", EventType.Other, EventStatus.Occurred, Day(2023, 12, 20), "B.", [Person("Late Person")]));
        var events = ChartLayout.Create(Dated(timeline), 1000).Lanes.Single().Events;

        events.Single(e => e.Label == "Early Person").LabelBefore.Should().BeFalse();
        var late = events.Single(e => e.Label == "Late Person");
        late.LabelBefore.Should().BeTrue();
        late.LabelX.Should().BeLessThan(late.X1);
    }

    private static (double Left, double Right) Extent(PlacedEvent e)
    {
        double markLeft = e.IsPoint ? e.X1 - ChartLayout.DotRadius : e.X1, markRight = e.IsPoint ? e.X2 + ChartLayout.DotRadius : e.X2;
        if (e.Label.Length == 0) return (markLeft, markRight);
        double w = LabelWidth.Of(e.Label, ChartLayout.LabelFontSize);
        return e.LabelBefore ? (e.LabelX - w, markRight) : (markLeft, e.LabelX + w);
    }

    // Forty events of every type and precision within two years, many on the same days.
    private static EventTimeline Crowded()
    {
        var types = Enum.GetValues<EventType>();
        var start = new LocalDate(2022, 1, 3);
        return Build(Enumerable.Range(0, 40).Select(i =>
        {
            var day = start.PlusDays(i * 37 % 700);
            EventDate date = (i % 5) switch
            {
                0 => Month(day.Year, day.Month),
                1 => Week(day.Year, day.Month, day.Day),
                2 => Year(day.Year),
                _ => Day(day.Year, day.Month, day.Day),
            };
            return Mention($"d{i:D2}", types[i % types.Length], (EventStatus)(i % 3), date, $"Event {i}.", [Person($"Person {i} of the crowded timeline")]);
        }).ToArray());
    }
}
