using System.Text;
using NodaTime;
using Timeline.Events;
using Timeline.Timelines;
using static Timeline.Export.Calendar.Tests.Hand;

namespace Timeline.Export.Calendar.Tests;

/// <summary>Each rule of the exporter on small hand-built timelines, checked on the written text.</summary>
public class CalendarWriterTests
{
    private static string Write(EventTimeline timeline, CalendarOptions? options = null) => Ics.Text(CalendarWriter.ToBytes(timeline, options));

    private static List<string> OnlyEvent(EventTimeline timeline, CalendarOptions? options = null) => Ics.Events(Write(timeline, options)).Single();

    [Fact]
    public void A_day_is_an_all_day_event_whose_DTEND_is_the_next_day()
    {
        var e = OnlyEvent(Of(Mention(EventType.Summit, Day(2019, 4, 25))));

        Ics.Line(e, "DTSTART").Should().Be("DTSTART;VALUE=DATE:20190425");
        Ics.Line(e, "DTEND").Should().Be("DTEND;VALUE=DATE:20190426");
        Ics.Line(e, "X-TIMELINE-PRECISION").Should().Be("X-TIMELINE-PRECISION:day");
    }

    [Theory]
    [InlineData(2019, 12, 31, "20200101")]
    [InlineData(2024, 2, 29, "20240301")]
    [InlineData(2023, 2, 28, "20230301")]
    public void DTEND_crosses_month_and_year_ends_and_leap_days(int y, int m, int d, string end)
    {
        Ics.Value(OnlyEvent(Of(Mention(EventType.Summit, Day(y, m, d)))), "DTEND").Should().Be(end);
    }

    [Fact]
    public void A_range_of_days_spans_its_days_with_DTEND_after_the_last()
    {
        var range = Days(new LocalDate(2023, 9, 12), new LocalDate(2023, 9, 17));
        var e = OnlyEvent(Of(Mention(EventType.Visit, range)), new CalendarOptions { Approximate = ApproximateDates.Skip });

        Ics.Line(e, "DTSTART").Should().Be("DTSTART;VALUE=DATE:20230912");
        Ics.Line(e, "DTEND").Should().Be("DTEND;VALUE=DATE:20230918");
        Ics.Value(e, "X-TIMELINE-PRECISION").Should().Be("day");
        Ics.Value(e, "SUMMARY").Should().NotContain("approximate", "a range of days is exact, whatever the approximate policy");
    }

    public static TheoryData<string, ApproximateDates, string?, string?, string?> Approximate => new()
    {
        // precision, policy, DTSTART, DTEND, label shown when on the first day (null: not written)
        { "month", ApproximateDates.Span, "20230401", "20230501", null },
        { "month", ApproximateDates.FirstDay, "20230401", "20230402", "2023-04" },
        { "month", ApproximateDates.Skip, null, null, null },
        { "week", ApproximateDates.Span, "20230904", "20230909", null },
        { "week", ApproximateDates.FirstDay, "20230904", "20230905", "2023-W36" },
        { "week", ApproximateDates.Skip, null, null, null },
        { "quarter", ApproximateDates.Span, "20230701", "20231001", null },
        { "quarter", ApproximateDates.FirstDay, "20230701", "20230702", "2023-Q3" },
        { "quarter", ApproximateDates.Skip, null, null, null },
        { "year", ApproximateDates.Span, "20230101", "20240101", null },
        { "year", ApproximateDates.FirstDay, "20230101", "20230102", "2023" },
        { "year", ApproximateDates.Skip, null, null, null },
    };

    [Theory]
    [MemberData(nameof(Approximate))]
    public void An_approximate_date_follows_the_policy_and_keeps_its_precision(string precision, ApproximateDates policy, string? start, string? end, string? label)
    {
        var date = precision switch
        {
            "month" => Month(2023, 4),
            "week" => new EventDate(new LocalDate(2023, 9, 4), new LocalDate(2023, 9, 8), DatePrecision.Week), // Monday to Friday of 2023-W36
            "quarter" => Quarter(2023, 3),
            _ => Year(2023),
        };
        var timeline = Of(Mention(EventType.Visit, date, people: [Putin]), Mention(EventType.Summit, Day(2023, 9, 13), at: 100));
        var options = new CalendarOptions { Approximate = policy };

        var summary = CalendarWriter.Write(Stream.Null, timeline, options);
        var visit = Ics.Events(Write(timeline, options)).SingleOrDefault(e => Ics.Value(e, "CATEGORIES") == "Visit");

        Ics.Events(Write(timeline, options)).Should().ContainSingle(e => Ics.Value(e, "CATEGORIES") == "Summit", "day events are written under every policy");
        if (start is null)
        {
            visit.Should().BeNull();
            summary.Should().Be(new CalendarExportSummary(1, 0, 1));
            return;
        }
        summary.Should().Be(new CalendarExportSummary(2, 0, 0));
        Ics.Line(visit!, "DTSTART").Should().Be($"DTSTART;VALUE=DATE:{start}");
        Ics.Line(visit!, "DTEND").Should().Be($"DTEND;VALUE=DATE:{end}");
        Ics.Value(visit!, "X-TIMELINE-PRECISION").Should().Be(precision);
        if (label is null)
        {
            Ics.Value(visit!, "SUMMARY").Should().Be("Visit: Vladimir Putin");
            Ics.Value(visit!, "DESCRIPTION").Should().Contain($"known only to the {precision}\\, shown over the whole period");
        }
        else
        {
            Ics.Value(visit!, "SUMMARY").Should().Be($"Visit: Vladimir Putin (approximate: {label})");
            Ics.Value(visit!, "DESCRIPTION").Should().Contain($"Date: {label} (approximate: known only to the {precision}\\, shown on its first day");
        }
    }

    [Fact]
    public void Span_is_the_default_policy()
    {
        Ics.Value(OnlyEvent(Of(Mention(EventType.Visit, Month(2023, 7)))), "DTEND").Should().Be("20230801");
    }

    [Fact]
    public void Undated_events_are_skipped_and_counted()
    {
        var timeline = Of(
            Mention(EventType.Summit, Day(2019, 4, 25)),
            Mention(EventType.Visit, null, at: 100, people: [Putin], location: "Pyongyang"),
            Mention(EventType.Launch, null, at: 200, status: EventStatus.Planned, location: "Vostochny"));
        timeline.Events.Count(e => e.Date is null).Should().Be(2);

        var summary = CalendarWriter.Write(Stream.Null, timeline);

        summary.Should().Be(new CalendarExportSummary(1, 2, 0));
        Ics.Events(Write(timeline)).Select(e => Ics.Value(e, "CATEGORIES")).Should().Equal("Summit");
    }

    [Fact]
    public void An_event_on_the_last_day_of_the_calendar_has_no_DTEND_and_is_counted_with_the_undated()
    {
        var timeline = Of(
            Mention(EventType.Summit, Day(2019, 4, 25)),
            Mention(EventType.Visit, Day(9999, 12, 31), at: 100, people: [Putin], location: "Pyongyang"));

        var summary = CalendarWriter.Write(Stream.Null, timeline);

        summary.Should().Be(new CalendarExportSummary(1, 1, 0));
        Ics.Events(Write(timeline)).Select(e => Ics.Value(e, "CATEGORIES")).Should().Equal("Summit");
    }

    [Fact]
    public void The_calendar_has_its_product_version_scale_and_name_in_NAME_and_X_WR_CALNAME()
    {
        var lines = Ics.ContentLines(Write(Of(Mention(EventType.Summit, Day(2019, 4, 25))), new CalendarOptions { Name = "Korea; Russia, 2019" }));

        lines[0].Should().Be("BEGIN:VCALENDAR");
        lines[^1].Should().Be("END:VCALENDAR");
        var header = lines.TakeWhile(l => l != "BEGIN:VEVENT").ToList();
        header.Should().Contain("VERSION:2.0").And.Contain("PRODID:" + CalendarWriter.ProductId).And.Contain("CALSCALE:GREGORIAN");
        header.Should().Contain(@"NAME:Korea\; Russia\, 2019").And.Contain(@"X-WR-CALNAME:Korea\; Russia\, 2019");
        Ics.Value(header, "METHOD").Should().BeNull("a published file, not an iTIP message");
    }

    [Fact]
    public void The_default_name_is_Timeline()
    {
        Ics.ContentLines(Write(EventTimeline.Empty)).Should().Contain("NAME:Timeline").And.Contain("X-WR-CALNAME:Timeline");
    }

    [Fact]
    public void The_summary_starts_with_the_type_and_names_the_participants_and_the_type_is_the_category()
    {
        var e = OnlyEvent(Of(Mention(EventType.Summit, Day(2019, 4, 25), people: [Kim, Putin, Russia], location: "Vladivostok")));

        Ics.Value(e, "SUMMARY").Should().Be(@"Summit: Kim Jong Un\, Vladimir Putin");
        Ics.Value(e, "CATEGORIES").Should().Be("Summit");
        Ics.Value(e, "LOCATION").Should().Be("Vladivostok");
    }

    [Fact]
    public void An_event_without_participants_or_place_has_a_bare_summary_and_no_LOCATION()
    {
        var e = OnlyEvent(Of(Mention(EventType.Launch, Day(2023, 5, 31))));

        Ics.Value(e, "SUMMARY").Should().Be("Launch");
        Ics.Line(e, "LOCATION").Should().BeNull();
        Ics.Value(e, "DESCRIPTION").Should().NotContain("Participants:").And.NotContain("Place:");
    }

    [Fact]
    public void The_description_names_participants_place_date_and_each_source_sentence_with_its_document()
    {
        var timeline = Of(
            Mention(EventType.Summit, Day(2019, 4, 25), document: "doc-a", people: [Kim, Putin], location: "Vladivostok", text: "Kim met Putin in Vladivostok on April 25."),
            Mention(EventType.Summit, Day(2019, 4, 25), document: "doc-b", at: 40, people: [Kim, Putin, Russia], location: "Vladivostok", text: "The summit was held in Vladivostok."));
        timeline.Events.Should().ContainSingle("the two reports are one summit");

        var description = Ical.Net.Calendar.Load(Write(timeline))!.Events.Single().Description;

        description.Should().Be(
            "Summit, occurred.\n" +
            "Date: 2019-04-25 (to the day; stated in the text).\n" +
            "Participants: Kim Jong Un (leader), Vladimir Putin (President), Russia (country).\n" +
            "Place: Vladivostok.\n" +
            "\n" +
            "Sources:\n" +
            "[doc-a] Kim met Putin in Vladivostok on April 25.\n" +
            "[doc-b] The summit was held in Vladivostok.");
    }

    [Theory]
    [InlineData(EventStatus.Occurred, "CONFIRMED", "occurred")]
    [InlineData(EventStatus.Planned, "TENTATIVE", "planned")]
    [InlineData(EventStatus.Uncertain, "TENTATIVE", "uncertain")]
    public void Status_maps_occurred_to_CONFIRMED_and_planned_or_uncertain_to_TENTATIVE(EventStatus status, string ical, string name)
    {
        var e = OnlyEvent(Of(Mention(EventType.Visit, Day(2023, 10, 1), status: status)));

        Ics.Value(e, "STATUS").Should().Be(ical);
        Ics.Value(e, "X-TIMELINE-STATUS").Should().Be(name);
        Ics.Value(e, "DESCRIPTION").Should().StartWith($@"Visit\, {name}");
    }

    [Fact]
    public void Events_are_transparent_so_they_never_block_free_busy_time()
    {
        Ics.Value(OnlyEvent(Of(Mention(EventType.Visit, Year(2023)))), "TRANSP").Should().Be("TRANSPARENT");
    }

    [Fact]
    public void The_UID_is_the_event_id_at_a_fixed_domain()
    {
        var timeline = Of(Mention(EventType.Summit, Day(2019, 4, 25), people: [Kim, Putin]));

        Ics.Value(OnlyEvent(timeline), "UID").Should().Be(timeline.Events.Single().Id + "@timeline.invalid");
    }

    [Fact]
    public void The_UID_of_an_event_is_the_same_in_another_timeline_that_also_contains_it()
    {
        var summit = Mention(EventType.Summit, Day(2019, 4, 25), document: "a", people: [Kim, Putin], location: "Vladivostok");
        var launch = Mention(EventType.Launch, Day(2023, 5, 31), document: "b", location: "Sohae");
        var alone = OnlyEvent(Of(summit));

        var together = Ics.Events(Write(Of(launch, summit)));

        together.Should().HaveCount(2);
        together.Select(e => Ics.Value(e, "UID")).Should().Contain(Ics.Value(alone, "UID"));
        together.Single(e => Ics.Value(e, "UID") == Ics.Value(alone, "UID")).Should().Equal(alone, "nothing about the summit changed but the other event");
    }

    [Fact]
    public void DTSTAMP_is_midnight_UTC_of_the_latest_publication_date_never_the_clock()
    {
        var timeline = EventTimeline.Build(
            [new TimelineDocument("a", new LocalDate(2019, 6, 8), Temporal.PublicationDateSource.Dateline),
             new TimelineDocument("b", new LocalDate(2023, 9, 22), Temporal.PublicationDateSource.Dateline),
             new TimelineDocument("c", null, Temporal.PublicationDateSource.None)],
            [Mention(EventType.Summit, Day(2019, 4, 25), document: "a"), Mention(EventType.Launch, Day(2023, 5, 31), document: "c")]);

        Ics.Events(Write(timeline)).Select(e => Ics.Line(e, "DTSTAMP")).Should().Equal("DTSTAMP:20230922T000000Z", "DTSTAMP:20230922T000000Z");
        CalendarWriter.Timestamp(timeline).Should().Be(Instant.FromUtc(2023, 9, 22, 0, 0));
    }

    [Fact]
    public void DTSTAMP_is_the_Unix_epoch_when_no_document_has_a_date()
    {
        var timeline = EventTimeline.Build([new TimelineDocument("a", null, Temporal.PublicationDateSource.None)], [Mention(EventType.Summit, Day(2019, 4, 25), document: "a")]);

        Ics.Value(OnlyEvent(timeline), "DTSTAMP").Should().Be("19700101T000000Z");
    }

    [Fact]
    public void DTSTAMP_can_be_given_in_the_options_and_is_written_in_whole_seconds_UTC()
    {
        var options = new CalendarOptions { Timestamp = Instant.FromUtc(2024, 1, 2, 3, 4, 5) + Duration.FromMilliseconds(678) };

        Ics.Value(OnlyEvent(Of(Mention(EventType.Summit, Day(2019, 4, 25))), options), "DTSTAMP").Should().Be("20240102T030405Z");
    }

    [Fact]
    public void Commas_semicolons_backslashes_and_line_breaks_are_escaped_and_read_back_unchanged()
    {
        const string sentence = "Kim, Putin; and \"others\" met\\talked in Vladivostok.";
        var people = new Participant[] { new("Kim, Jr.", ParticipantKind.Person), new("Putin; V.", ParticipantKind.Person) };
        var timeline = Of(Mention(EventType.Summit, Day(2019, 4, 25), people: people, location: "Vladivostok, Russia; Far East\\Primorye", text: sentence));

        var text = Write(timeline);
        var e = Ics.Events(text).Single();

        Ics.Value(e, "SUMMARY").Should().Be(@"Summit: Kim\, Jr.\, Putin\; V.");
        Ics.Value(e, "LOCATION").Should().Be(@"Vladivostok\, Russia\; Far East\\Primorye");
        Ics.Value(e, "DESCRIPTION").Should().Contain(@"\n\nSources:\n[doc-a] Kim\, Putin\; and ""others"" met\\talked");
        var read = Ical.Net.Calendar.Load(text)!.Events.Single();
        read.Summary.Should().Be("Summit: Kim, Jr., Putin; V.");
        read.Location.Should().Be("Vladivostok, Russia; Far East\\Primorye");
        read.Description.Should().Contain("\n[doc-a] " + sentence);
    }

    [Fact]
    public void Line_breaks_and_control_characters_in_model_text_become_single_spaces()
    {
        var timeline = Of(Mention(EventType.Summit, Day(2019, 4, 25), location: "Vladi\r\nvostok", text: "Kim met\r\n\r\nPutin\u0001 there.\ttab"));

        var e = Ical.Net.Calendar.Load(Write(timeline))!.Events.Single();

        e.Location.Should().Be("Vladi vostok");
        e.Description.Should().EndWith("[doc-a] Kim met Putin there.\ttab");
        Write(timeline).Should().NotContain("\u0001");
    }

    [Fact]
    public void Lines_are_CRLF_folded_at_75_octets_without_splitting_a_character()
    {
        var sentence = string.Concat(Enumerable.Repeat("Ким Чен Ын встретился с Путиным — 金正恩与普京会晤 🇰🇵🇷🇺, ", 8));
        var text = Write(Of(Mention(EventType.Summit, Day(2019, 4, 25), text: sentence, location: new string('x', 200))));
        var bytes = Encoding.UTF8.GetBytes(text);

        text.Should().EndWith("\r\n");
        text.Replace("\r\n", "").Should().NotContain("\r").And.NotContain("\n", "every line ends in CRLF");
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        int folded = 0, start = 0;
        for (int i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] != '\r' || bytes[i + 1] != '\n') continue;
            var line = bytes[start..i];
            line.Length.Should().BeLessThanOrEqualTo(75, "RFC 5545 §3.1: lines are at most 75 octets");
            FluentActions.Invoking(() => strict.GetString(line)).Should().NotThrow("a fold never splits a UTF-8 sequence");
            if (line.Length > 0 && line[0] == ' ') folded++;
            start = i + 2;
        }
        folded.Should().BeGreaterThan(10);
        Ical.Net.Calendar.Load(text)!.Events.Single().Description.Should().EndWith(sentence.Trim());
    }

    [Fact]
    public void Events_are_ordered_by_start_then_end_then_UID_whatever_the_timeline_order()
    {
        var timeline = Of(
            Mention(EventType.Visit, null, at: 0, status: EventStatus.Planned, location: "Moscow"),
            Mention(EventType.Launch, Day(2023, 5, 31), at: 100),
            Mention(EventType.Visit, Month(2023, 7), at: 200, people: [Putin]),
            Mention(EventType.Summit, Day(2019, 4, 25), at: 300),
            Mention(EventType.Invitation, Day(2023, 7, 1), at: 400, status: EventStatus.Planned),
            Mention(EventType.Statement, Day(2023, 7, 1), at: 500));

        var starts = Ics.Events(Write(timeline)).Select(e => (Ics.Value(e, "DTSTART")!, Ics.Value(e, "DTEND")!, Ics.Value(e, "UID")!)).ToList();

        starts.Select(s => s.Item1).Should().Equal("20190425", "20230531", "20230701", "20230701", "20230701");
        starts.Select(s => s.Item1 + s.Item2 + s.Item3).Should().BeInAscendingOrder(StringComparer.Ordinal);
        starts[^1].Item2.Should().Be("20230801", "the month-long visit ends last");
    }

    [Fact]
    public void The_same_mentions_in_any_order_write_the_same_bytes()
    {
        var mentions = new[]
        {
            Mention(EventType.Summit, Day(2019, 4, 25), document: "a", people: [Kim, Putin]),
            Mention(EventType.Launch, Day(2023, 5, 31), document: "b"),
            Mention(EventType.Visit, Month(2023, 7), document: "c", people: [Putin]),
        };

        CalendarWriter.ToBytes(Of(mentions.Reverse().ToArray())).Should().Equal(CalendarWriter.ToBytes(Of(mentions)));
    }

    [Fact]
    public void Write_and_ToBytes_give_the_same_bytes_utf8_without_bom_and_leave_the_stream_open()
    {
        var timeline = Of(Mention(EventType.Summit, Day(2019, 4, 25), people: [Kim]));
        using var stream = new MemoryStream();

        var summary = CalendarWriter.Write(stream, timeline);

        stream.CanWrite.Should().BeTrue();
        stream.ToArray().Should().Equal(CalendarWriter.ToBytes(timeline));
        stream.ToArray().Take(3).Should().NotEqual(Encoding.UTF8.Preamble.ToArray());
        summary.Should().Be(new CalendarExportSummary(1, 0, 0));
    }

    [Fact]
    public void The_empty_timeline_is_a_valid_calendar_without_events()
    {
        var text = Write(EventTimeline.Empty);

        Ics.Events(text).Should().BeEmpty();
        Ical.Net.Calendar.Load(text)!.Events.Should().BeEmpty();
        CalendarWriter.Write(Stream.Null, EventTimeline.Empty).Should().Be(new CalendarExportSummary(0, 0, 0));
    }

    [Fact]
    public void Bad_arguments_are_refused()
    {
        var timeline = EventTimeline.Empty;

        FluentActions.Invoking(() => CalendarWriter.ToBytes(timeline, new CalendarOptions { Name = " \n" })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => CalendarWriter.ToBytes(timeline, new CalendarOptions { Approximate = (ApproximateDates)7 })).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => CalendarWriter.ToBytes(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CalendarWriter.Write(null!, timeline)).Should().Throw<ArgumentNullException>();
    }
}
