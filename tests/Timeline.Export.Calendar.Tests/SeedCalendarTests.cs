using System.Runtime.CompilerServices;
using System.Text;
using Ical.Net.CalendarComponents;
using Timeline.Events;
using Timeline.Export.Tests;

namespace Timeline.Export.Calendar.Tests;

/// <summary>The calendar of the seed articles' timeline: its golden file, and a read back through Ical.Net.</summary>
public class SeedCalendarTests
{
    /// <summary>Set to 1 to rewrite Golden/seed.ics from the current output (then review the diff).</summary>
    public const string UpdateVariable = "TIMELINE_UPDATE_GOLDEN";

    [Fact]
    public void The_seed_calendar_matches_its_golden_file_byte_for_byte()
    {
        const string name = "seed.ics";
        var actual = CalendarWriter.ToBytes(Samples.Timeline);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1") File.WriteAllBytes(SourceGoldenPath(name), actual);

        // The copy beside the test assembly: CI builds map source paths (ContinuousIntegrationBuild), so the source folder is not known there.
        var golden = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Golden", name));
        Encoding.UTF8.GetString(actual).Should().Be(Encoding.UTF8.GetString(golden),
            $"the calendar must match Golden/{name} byte for byte (after a deliberate change, rerun with {UpdateVariable}=1 and review the diff)");
        actual.Should().Equal(golden);
    }

    [Fact]
    public void Writing_the_seed_calendar_twice_gives_the_same_bytes()
    {
        CalendarWriter.ToBytes(Samples.Timeline).Should().Equal(CalendarWriter.ToBytes(Samples.Timeline));
    }

    [Fact]
    public void Writing_on_many_threads_at_once_gives_the_same_bytes()
    {
        var expected = CalendarWriter.ToBytes(Samples.Timeline);
        var results = new byte[16][];

        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = CalendarWriter.ToBytes(Samples.Timeline));

        results.Should().AllSatisfy(r => r.Should().Equal(expected));
    }

    [Theory]
    [InlineData(ApproximateDates.Span)]
    [InlineData(ApproximateDates.FirstDay)]
    [InlineData(ApproximateDates.Skip)]
    public void Every_written_event_reads_back_through_IcalNet_with_its_uid_dates_status_and_summary(ApproximateDates policy)
    {
        var timeline = Samples.Timeline;
        var options = new CalendarOptions { Approximate = policy };
        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(CalendarWriter.ToBytes(timeline, options)))!;
        var read = calendar.Events.ToDictionary(e => e.Uid!, StringComparer.Ordinal);

        var dated = timeline.Events.Where(e => e.Date is not null).ToList();
        dated.Should().Contain(e => e.Date!.Precision == DatePrecision.Day, "the seed articles date events to the day");
        var expected = dated.Where(e => policy != ApproximateDates.Skip || e.Date!.Precision == DatePrecision.Day).ToList();
        read.Keys.Should().BeEquivalentTo(expected.Select(e => e.Id + "@timeline.invalid"));
        foreach (var e in expected)
        {
            var v = read[e.Id + "@timeline.invalid"];
            var date = e.Date!;
            bool firstDay = policy == ApproximateDates.FirstDay && date.Precision != DatePrecision.Day;
            v.DtStart!.HasTime.Should().BeFalse();
            v.DtStart.Date.Should().Be(new DateOnly(date.Start.Year, date.Start.Month, date.Start.Day));
            var last = firstDay ? date.Start : date.End;
            v.DtEnd!.Date.Should().Be(new DateOnly(last.Year, last.Month, last.Day).AddDays(1), "DTEND is the day after the last day");
            v.Status.Should().Be(e.Status == EventStatus.Occurred ? "CONFIRMED" : "TENTATIVE");
            v.Summary.Should().StartWith(e.Title).And.StartWith(e.Type.ToString());
            if (firstDay) v.Summary.Should().EndWith(")").And.Contain("(approximate: ");
            else v.Summary.Should().Be(e.Title);
            v.Categories.Should().Equal(e.Type.ToString());
            v.Properties.Get<string>("X-TIMELINE-PRECISION").Should().Be(date.Precision.ToString().ToLowerInvariant());
            v.Location.Should().Be(e.Location);
            foreach (var m in e.Mentions) v.Description.Should().Contain($"[{m.Document}] ");
        }
    }

    [Fact]
    public void The_summary_counts_every_event_of_the_seed_timeline_once()
    {
        var timeline = Samples.Timeline;
        foreach (var policy in Enum.GetValues<ApproximateDates>())
        {
            var s = CalendarWriter.Write(Stream.Null, timeline, new CalendarOptions { Approximate = policy });
            (s.Written + s.SkippedUndated + s.SkippedApproximate).Should().Be(timeline.Events.Count);
            s.SkippedUndated.Should().Be(timeline.Events.Count(e => e.Date is null));
        }
    }

    private static string SourceGoldenPath(string name, [CallerFilePath] string here = "") =>
        Path.Combine(Path.GetDirectoryName(here)!, "Golden", name);
}
