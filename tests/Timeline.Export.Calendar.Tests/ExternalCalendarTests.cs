using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using Timeline.Events;
using Timeline.Export.Tests;
using Timeline.Timelines;
using static Timeline.Export.Calendar.Tests.Hand;

namespace Timeline.Export.Calendar.Tests;

/// <summary>
/// The written files as real calendar software reads them: the python <c>icalendar</c> module (Debian's
/// python3-icalendar) and calcurse's importer. Skipped, saying why, when the program is not installed.
/// </summary>
public sealed partial class ExternalCalendarTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("timeline-calendar-");

    public void Dispose() => _dir.Delete(recursive: true);

    /// <summary>One event as a calendar program should see it.</summary>
    private sealed record Expected(string Uid, LocalDate Start, LocalDate EndExclusive, string Summary, string Status, string Category, string Precision, string? Location);

    /// <summary>A timeline with what is hard to write: escapes, long non-ASCII text, a range over New Year, a leap day, vague dates.</summary>
    private static EventTimeline Tricky() => Of(
        Mention(EventType.Summit, Days(new LocalDate(2019, 12, 30), new LocalDate(2020, 1, 2)), at: 0,
            people: [new Participant("Kim, Jr.", ParticipantKind.Person), new Participant("Putin; V.", ParticipantKind.Person)],
            location: "Vladivostok, Russia; Far East\\Primorye", text: "A summit; with \"quotes\", commas, and a backslash \\ in it."),
        Mention(EventType.Visit, Day(2024, 2, 29), at: 100, people: [Putin], location: "Pyongyang",
            text: string.Concat(Enumerable.Repeat("Ким Чен Ын встретился с Путиным — 金正恩与普京会晤, ", 6))),
        Mention(EventType.Launch, Month(2023, 4), at: 200, status: EventStatus.Planned, location: "Sohae"),
        Mention(EventType.Statement, Year(2022), at: 300, status: EventStatus.Uncertain, people: [Kim]),
        Mention(EventType.Talks, null, at: 400, people: [Kim, Putin], location: "Moscow"));

    public static IEnumerable<object[]> Cases()
    {
        yield return ["seed", ApproximateDates.Span];
        yield return ["tricky", ApproximateDates.Span];
        yield return ["tricky", ApproximateDates.FirstDay];
    }

    private static EventTimeline Named(string name) => name == "seed" ? Samples.Timeline : Tricky();

    /// <summary>What each written event must look like, worked out from the timeline and the policy alone.</summary>
    private static List<Expected> Expect(EventTimeline timeline, ApproximateDates policy) =>
        timeline.Events.Where(e => e.Date is not null && (policy != ApproximateDates.Skip || e.Date.Precision == DatePrecision.Day))
            .Select(e =>
            {
                bool firstDay = policy == ApproximateDates.FirstDay && e.Date!.Precision != DatePrecision.Day;
                return new Expected(
                    e.Id + "@timeline.invalid", e.Date!.Start, (firstDay ? e.Date.Start : e.Date.End).PlusDays(1),
                    firstDay ? $"{e.Title} (approximate: " : e.Title,
                    e.Status == EventStatus.Occurred ? "CONFIRMED" : "TENTATIVE", e.Type.ToString(),
                    e.Date.Precision.ToString().ToLowerInvariant(), e.Location);
            }).ToList();

    private string WriteFile(EventTimeline timeline, ApproximateDates policy)
    {
        var path = Path.Combine(_dir.FullName, "timeline.ics");
        using (var file = File.Create(path)) CalendarWriter.Write(file, timeline, new CalendarOptions { Name = "Timeline, seed", Approximate = policy });
        return path;
    }

    [IcalendarFact]
    public void Python_icalendar_reads_every_event_with_its_uid_dates_summary_status_and_category()
    {
        foreach (var args in Cases())
        {
            var (name, policy) = ((string)args[0], (ApproximateDates)args[1]);
            var timeline = Named(name);
            var run = ExternalTools.Run(ExternalTools.DebianPython, [Path.Combine(AppContext.BaseDirectory, "Scripts", "read_ics.py"), WriteFile(timeline, policy)]);
            run.ExitCode.Should().Be(0, $"icalendar must read the {name} calendar: {run.Stderr}");

            var root = JsonDocument.Parse(run.Stdout).RootElement;
            var calendar = root.GetProperty("calendar");
            calendar.GetProperty("version").GetString().Should().Be("2.0");
            calendar.GetProperty("prodid").GetString().Should().Be(CalendarWriter.ProductId);
            calendar.GetProperty("name").GetString().Should().Be("Timeline, seed");
            calendar.GetProperty("calname").GetString().Should().Be("Timeline, seed");

            var expected = Expect(timeline, policy);
            var read = root.GetProperty("events").EnumerateArray().ToList();
            read.Select(e => e.GetProperty("uid").GetString()).Should().Equal(expected.OrderBy(e => e.Start).ThenBy(e => e.EndExclusive).ThenBy(e => e.Uid, StringComparer.Ordinal).Select(e => e.Uid),
                $"python reads every event of the {name} calendar ({policy}), in the written order");
            foreach (var x in expected)
            {
                var e = read.Single(r => r.GetProperty("uid").GetString() == x.Uid);
                e.GetProperty("allDay").GetBoolean().Should().BeTrue();
                e.GetProperty("start").GetString().Should().Be(Iso(x.Start));
                e.GetProperty("end").GetString().Should().Be(Iso(x.EndExclusive));
                e.GetProperty("summary").GetString().Should().StartWith(x.Summary);
                e.GetProperty("status").GetString().Should().Be(x.Status);
                e.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).Should().Equal(x.Category);
                e.GetProperty("precision").GetString().Should().Be(x.Precision);
                e.GetProperty("location").GetString().Should().Be(x.Location);
            }
            if (name == "tricky")
            {
                var summit = read.Single(r => r.GetProperty("summary").GetString()!.StartsWith("Summit", StringComparison.Ordinal));
                summit.GetProperty("summary").GetString().Should().Be("Summit: Kim, Jr., Putin; V.");
                summit.GetProperty("description").GetString().Should().EndWith("[doc-a] A summit; with \"quotes\", commas, and a backslash \\ in it.");
                read.Should().Contain(r => r.GetProperty("description").GetString()!.Contains("金正恩与普京会晤, Ким Чен Ын", StringComparison.Ordinal));
            }
        }
    }

    [CalcurseFact]
    public void Calcurse_imports_every_event_and_skips_nothing_on_the_right_days()
    {
        foreach (var args in Cases())
        {
            var (name, policy) = ((string)args[0], (ApproximateDates)args[1]);
            var timeline = Named(name);
            var file = WriteFile(timeline, policy);
            var data = Directory.CreateDirectory(Path.Combine(_dir.FullName, $"data-{name}-{policy}")).FullName;
            var config = Directory.CreateDirectory(Path.Combine(_dir.FullName, $"config-{name}-{policy}")).FullName;

            // -D/-C keep calcurse away from any real calendar; -i imports and exits without a user interface.
            var run = ExternalTools.Run("calcurse", ["-D", data, "-C", config, "-i", file]);
            run.ExitCode.Should().Be(0, run.Stdout + run.Stderr);

            var expected = Expect(timeline, policy);
            var report = ImportReport().Match(run.Stdout);
            report.Success.Should().BeTrue($"calcurse prints an import report: {run.Stdout}{run.Stderr}");
            int apps = Number(report, "apps"), events = Number(report, "events"), todos = Number(report, "todos"), skipped = Number(report, "skipped");
            skipped.Should().Be(0, $"calcurse must import every event of the {name} calendar ({policy}): {run.Stdout}{run.Stderr}");
            (apps + events).Should().Be(expected.Count);
            todos.Should().Be(0);

            // calcurse stores an all-day event as "MM/DD/YYYY [1] {1D -> MM/DD/YYYY} >note summary", the range inclusive.
            var stored = File.ReadAllLines(Path.Combine(data, "apts")).Select(l => StoredEvent().Match(l)).ToList();
            stored.Should().OnlyContain(m => m.Success);
            var days = stored.Select(m => (Start: Date(m.Groups["start"].Value), Last: m.Groups["last"].Success ? Date(m.Groups["last"].Value) : Date(m.Groups["start"].Value), Summary: m.Groups["summary"].Value))
                .OrderBy(d => d.Start).ThenBy(d => d.Last).ThenBy(d => d.Summary, StringComparer.Ordinal).ToList();
            var want = expected.Select(x => (x.Start, Last: x.EndExclusive.PlusDays(-1), x.Summary))
                .OrderBy(d => d.Start).ThenBy(d => d.Last).ThenBy(d => d.Summary, StringComparer.Ordinal).ToList();
            days.Select(d => (d.Start, d.Last)).Should().Equal(want.Select(w => (w.Start, w.Last)), $"calcurse puts each event of the {name} calendar ({policy}) on its days");
            days.Zip(want).Should().OnlyContain(p => p.First.Summary.StartsWith(p.Second.Summary, StringComparison.Ordinal));
        }
    }

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    private static LocalDate Date(string mmddyyyy) =>
        new(int.Parse(mmddyyyy[6..], CultureInfo.InvariantCulture), int.Parse(mmddyyyy[..2], CultureInfo.InvariantCulture), int.Parse(mmddyyyy[3..5], CultureInfo.InvariantCulture));

    private static string Iso(LocalDate d) => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<apps>\d+) apps / (?<events>\d+) events / (?<todos>\d+) todos / (?<skipped>\d+) skipped")]
    private static partial Regex ImportReport();

    [GeneratedRegex(@"^(?<start>\d\d/\d\d/\d{4}) \[\d+\] (?:\{1D -> (?<last>\d\d/\d\d/\d{4})\} )?(?:>[0-9a-f]+ )?(?<summary>.*)$")]
    private static partial Regex StoredEvent();
}
