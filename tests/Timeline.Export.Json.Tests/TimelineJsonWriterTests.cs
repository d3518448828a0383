using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Timeline.Events;
using Timeline.Temporal;
using System.Text;
using Timeline.Export.Tests;
using Timeline.Timelines;

namespace Timeline.Export.Json.Tests;

public class TimelineJsonWriterTests
{
    [Fact]
    public void The_small_timeline_matches_its_golden_file()
    {
        GoldenFile.Check("small-timeline.json", TimelineJsonWriter.ToUtf8Bytes(SmallTimeline.Build()));
    }

    [Fact]
    public void The_seed_timeline_matches_its_golden_file()
    {
        // Follows the engine: when extraction changes on purpose, rewrite it with TIMELINE_UPDATE_GOLDEN=1 and review.
        GoldenFile.Check("seed-timeline.json", TimelineJsonWriter.ToUtf8Bytes(Samples.Timeline));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Written_on_several_threads_the_bytes_are_those_of_one_thread(bool indented)
    {
        var timeline = ManyEvents(copies: 900);
        timeline.Events.Count.Should().BeGreaterThan(8 * 256 + 100, "more than one window of blocks at two threads, the last one partial");
        var one = WriteBytes(stream => TimelineJsonWriter.Write(stream, timeline, indented));

        foreach (int parallelism in new[] { 1, 2, 3, 8 })
            WriteBytes(stream => TimelineJsonWriter.Write(stream, timeline, indented, parallelism)).Should().Equal(one, $"parallelism {parallelism}");
        foreach (var small in new[] { EventTimeline.Empty, SmallTimeline.Build(), ManyEvents(copies: 60) })
            WriteBytes(stream => TimelineJsonWriter.Write(stream, small, indented, 4)).Should().Equal(WriteBytes(stream => TimelineJsonWriter.Write(stream, small, indented)));
    }

    [Fact]
    public void Written_on_several_threads_a_failing_output_fails_the_write_with_its_error()
    {
        var timeline = ManyEvents(copies: 900);
        using var stream = new FailingStream(failAfter: 3 << 20);

        var write = () => TimelineJsonWriter.Write(stream, timeline, indented: true, parallelism: 2);

        write.Should().Throw<IOException>().WithMessage("disk full");
        stream.Written.Should().BeInRange(1, 3 << 20, "blocks were passed on, a megabyte at a time, until the stream failed");
    }

    // A write-only stream that fails once more than `failAfter` bytes would have been written.
    private sealed class FailingStream(long failAfter) : Stream
    {
        public long Written { get; private set; }
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => Written;
        public override long Position { get => Written; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (Written + buffer.Length > failAfter) throw new IOException("disk full");
            Written += buffer.Length;
        }
    }

    // The small timeline's mentions copied into `copies` documents, each copy's dates a year later than the one before,
    // so that most copies make events of their own.
    private static EventTimeline ManyEvents(int copies)
    {
        var documents = new List<TimelineDocument>();
        var observations = new List<Observation>();
        for (int i = 0; i < copies; i++)
        {
            var document = $"copy-{i:D4}";
            documents.Add(new TimelineDocument(document, new LocalDate(1300 + i, 6, 8), PublicationDateSource.Dateline));
            foreach (var o in SmallTimeline.Observations)
            {
                observations.Add(o with
                {
                    Document = document,
                    Date = o.Date is { } d ? new EventDate(d.Start.PlusYears(i - 919), d.End.PlusYears(i - 919), d.Precision) : null,
                    Text = $"{o.Text} ({i})",
                });
            }
        }
        return EventTimeline.Build(documents, observations);
    }

    private static byte[] WriteBytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_writer_writes_what_serializing_the_readers_classes_writes(bool indented)
    {
        // The writer's Utf8JsonWriter calls and the reader's classes (Format/TimelineDto.cs) are two statements of one
        // shape: names, order, nulls, the left-out role, enum names and days must agree byte for byte.
        foreach (var timeline in new[] { Samples.Timeline, SmallTimeline.Build(), ManyEvents(copies: 3), EventTimeline.Empty })
        {
            var written = TimelineJsonWriter.ToUtf8Bytes(timeline, indented);
            var dto = JsonSerializer.Deserialize(written, Format.TimelineJsonContext.Default.TimelineDto)!;

            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, indented ? TimelineJsonWriter.IndentedOptions : TimelineJsonWriter.CompactOptions))
                JsonSerializer.Serialize(writer, dto, Format.TimelineJsonContext.Default.TimelineDto);
            System.Buffers.BuffersExtensions.Write(buffer, "\n"u8);

            Encoding.UTF8.GetString(buffer.WrittenSpan).Should().Be(Encoding.UTF8.GetString(written));
        }
    }

    [Fact]
    public void Objects_have_the_properties_of_the_extract_format_in_a_fixed_order()
    {
        var root = Parse(SmallTimeline.Build());

        Names(root).Should().Equal("documents", "events");
        Names(root.GetProperty("documents")[0]).Should().Equal("id", "published", "publishedFrom");
        var e = root.GetProperty("events")[0];
        Names(e).Should().Equal("id", "type", "plover", "status", "title", "date", "dateSource", "conflictingDates", "participants", "location", "mentions");
        Names(e.GetProperty("date")).Should().Equal("start", "end", "precision");
        Names(e.GetProperty("participants")[0]).Should().Equal("name", "kind", "role");
        Names(e.GetProperty("mentions")[0]).Should().Equal(
            "document", "start", "end", "text", "timex", "timexValue", "type", "status", "date", "dateSource", "trigger",
            "participants", "location", "locationIsCountry", "relation", "relatedTo");
        Names(e.GetProperty("mentions")[0].GetProperty("trigger")).Should().Equal("start", "end");
    }

    [Fact]
    public void Documents_are_ordered_by_id_with_their_publication_dates()
    {
        var documents = Parse(SmallTimeline.Build()).GetProperty("documents").EnumerateArray().ToList();

        documents.Select(d => d.GetProperty("id").GetString()).Should().Equal(SmallTimeline.DocA, SmallTimeline.DocB);
        documents[0].GetProperty("published").GetString().Should().Be("2019-06-08");
        documents[0].GetProperty("publishedFrom").GetString().Should().Be("dateline");
        documents[1].GetProperty("published").ValueKind.Should().Be(JsonValueKind.Null);
        documents[1].GetProperty("publishedFrom").GetString().Should().Be("none");
    }

    [Fact]
    public void Days_of_any_year_are_written_as_nodas_iso_pattern_and_read_back()
    {
        LocalDate[] days = [new(1, 1, 1), new(9, 2, 3), new(99, 10, 11), new(999, 12, 31), new(1000, 1, 9), new(2019, 6, 8), new(9999, 12, 20), new(-44, 3, 15), new(0, 7, 4)];
        var documents = days.Select((d, i) => new TimelineDocument($"d{i}", d, PublicationDateSource.Caller)).ToList();
        var observations = days.Select((d, i) => SmallTimeline.DatedSummit with
        {
            Document = $"d{i}",
            Date = new EventDate(d, d.PlusDays(i), DatePrecision.Day),
        }).ToList();
        var timeline = EventTimeline.Build(documents, observations);

        var json = Parse(timeline);

        json.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("published").GetString())
            .Should().BeEquivalentTo(days.Select(d => LocalDatePattern.Iso.Format(d)));
        json.GetProperty("events").EnumerateArray().SelectMany(e => e.GetProperty("mentions").EnumerateArray())
            .Select(m => m.GetProperty("date").GetProperty("end").GetString())
            .Should().BeEquivalentTo(days.Select((d, i) => LocalDatePattern.Iso.Format(d.PlusDays(i))));
        var back = TimelineJsonReader.Read(TimelineJsonWriter.ToUtf8Bytes(timeline)).GetValueOrThrow();
        back.Documents.Select(d => d.Published).Should().BeEquivalentTo(days.Select(d => (LocalDate?)d));
    }

    [Fact]
    public void A_mention_without_a_date_of_its_own_says_how_its_event_is_dated()
    {
        var events = Parse(SmallTimeline.Build()).GetProperty("events").EnumerateArray().ToList();
        var summit = events.Single(e => e.GetProperty("type").GetString() == "summit");
        var launch = events.Single(e => e.GetProperty("type").GetString() == "launch");
        var visit = events.Single(e => e.GetProperty("type").GetString() == "visit");

        summit.GetProperty("dateSource").GetString().Should().Be("text");
        summit.GetProperty("mentions").EnumerateArray().Select(m => (m.GetProperty("dateSource").GetString(), m.GetProperty("date").ValueKind))
            .Should().Equal(("text", JsonValueKind.Object), ("merge", JsonValueKind.Null));

        launch.GetProperty("dateSource").GetString().Should().Be("relation");
        launch.GetProperty("date").GetProperty("start").GetString().Should().Be("2019-04-25");
        var related = launch.GetProperty("mentions")[0];
        related.GetProperty("dateSource").GetString().Should().Be("relation");
        related.GetProperty("relation").GetString().Should().Be("sameday");
        related.GetProperty("relatedTo").GetProperty("start").GetInt32().Should().Be(SmallTimeline.DatedSummit.Trigger.Start);

        visit.GetProperty("date").ValueKind.Should().Be(JsonValueKind.Null);
        visit.GetProperty("dateSource").GetString().Should().Be("none");
        visit.GetProperty("mentions")[0].GetProperty("dateSource").GetString().Should().Be("none");
    }

    [Fact]
    public void Output_is_utf8_without_bom_with_newline_line_ends_and_readable_non_ascii()
    {
        var bytes = TimelineJsonWriter.ToUtf8Bytes(SmallTimeline.Build());
        var text = Encoding.UTF8.GetString(bytes);

        bytes.Take(3).Should().NotEqual(Encoding.UTF8.Preamble.ToArray());
        text.Should().NotContain("\r").And.EndWith("}\n").And.StartWith("{\n  \"documents\": [\n    {\n      \"id\"");
        text.Should().Contain("Kim’s invitation").And.Contain("at \\\"a convenient time\\\" \\\\ later");
        Parse(SmallTimeline.Build()).GetProperty("events").EnumerateArray()
            .Single(e => e.GetProperty("type").GetString() == "visit").GetProperty("mentions")[0].GetProperty("text").GetString()
            .Should().Be(SmallTimeline.PlannedVisit.Text);
    }

    [Fact]
    public void Control_characters_in_text_are_escaped()
    {
        var odd = SmallTimeline.PlannedVisit with { Text = "tab\there\u0001 and a line\nbreak" };
        var bytes = TimelineJsonWriter.ToUtf8Bytes(EventTimeline.Build(SmallTimeline.Documents, [odd]));

        bytes.Should().NotContain((byte)'\t').And.NotContain((byte)1);
        JsonDocument.Parse(bytes).RootElement.GetProperty("events")[0].GetProperty("mentions")[0].GetProperty("text").GetString()
            .Should().Be(odd.Text);
    }

    [Fact]
    public void Compact_output_is_one_line_with_the_same_content()
    {
        var timeline = SmallTimeline.Build();
        var compact = TimelineJsonWriter.ToUtf8Bytes(timeline, indented: false);

        Encoding.UTF8.GetString(compact).TrimEnd('\n').Should().NotContain("\n");
        JsonSerializer.Serialize(JsonDocument.Parse(compact)).Should().Be(JsonSerializer.Serialize(JsonDocument.Parse(TimelineJsonWriter.ToUtf8Bytes(timeline))));
    }

    [Fact]
    public void Stream_buffer_and_byte_array_outputs_are_identical()
    {
        var timeline = SmallTimeline.Build();
        using var stream = new MemoryStream();
        TimelineJsonWriter.Write(stream, timeline);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        TimelineJsonWriter.Write(buffer, timeline);

        stream.ToArray().Should().Equal(TimelineJsonWriter.ToUtf8Bytes(timeline));
        buffer.WrittenSpan.ToArray().Should().Equal(TimelineJsonWriter.ToUtf8Bytes(timeline));
    }

    [Fact]
    public void The_same_mentions_in_any_order_give_the_same_bytes()
    {
        var forward = TimelineJsonWriter.ToUtf8Bytes(SmallTimeline.Build());
        var backward = TimelineJsonWriter.ToUtf8Bytes(EventTimeline.Build(SmallTimeline.Documents.Reverse(), SmallTimeline.Observations.Reverse()));

        backward.Should().Equal(forward);
    }

    [Fact]
    public void The_empty_timeline_is_two_empty_arrays()
    {
        Encoding.UTF8.GetString(TimelineJsonWriter.ToUtf8Bytes(EventTimeline.Empty))
            .Should().Be("{\n  \"documents\": [],\n  \"events\": []\n}\n");
    }

    [Fact]
    public void A_large_timeline_reaches_the_stream_in_pieces_as_it_is_written()
    {
        // About 8 MB of JSON: written as a whole it would sit in the writer's buffer until the end.
        var mentions = Enumerable.Range(0, 20_000)
            .Select(i => TestEvents.Mention($"d{i:D5}", 10, Timeline.Events.EventType.Other, TestEvents.Day(2020, 1 + i % 12, 1 + i % 28),
                text: new string('x', 200)))
            .ToArray();
        var timeline = TestEvents.TimelineOf(mentions);
        var stream = new LargestWriteStream();

        TimelineJsonWriter.Write(stream, timeline);

        stream.Length.Should().BeGreaterThan(8_000_000);
        stream.LargestWrite.Should().BeLessThan(4 << 20, "the writer passes its output on every megabyte or so");
        stream.ToArray().Should().Equal(TimelineJsonWriter.ToUtf8Bytes(timeline), "the stream gets the bytes the buffer gets");
    }

    private sealed class LargestWriteStream : MemoryStream
    {
        public int LargestWrite { get; private set; }

        public override void Write(byte[] buffer, int offset, int count)
        {
            LargestWrite = Math.Max(LargestWrite, count);
            base.Write(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            base.Write(buffer);
        }
    }

    private static JsonElement Parse(EventTimeline timeline) =>
        JsonDocument.Parse(TimelineJsonWriter.ToUtf8Bytes(timeline)).RootElement;

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}
