using System.Buffers;
using System.Text.Json;
using Timeline.Timelines;

namespace Timeline.Export.Json;

// Writing a corpus timeline on several threads: its events are serialized in blocks, several blocks at once, and the
// blocks are written out in order. The bytes are those of the one-thread writer.
public static partial class TimelineJsonWriter
{
    // Events per block: large enough that a block's writer and buffer cost nothing next to its events, small enough
    // that a wave of blocks (BlocksPerThread per thread) stays a few megabytes.
    private const int BlockEvents = 256;
    private const int BlocksPerThread = 4;

    /// <summary>
    /// Writes <paramref name="timeline"/> to <paramref name="output"/> as one JSON document followed by <c>\n</c>,
    /// serializing its events on up to <paramref name="parallelism"/> threads. The bytes are exactly those of
    /// <see cref="Write(Stream, EventTimeline, bool)"/>; only the time differs. The events are serialized a wave of
    /// blocks at a time, so the memory held beyond the timeline is a few blocks per thread, not the whole output.
    /// </summary>
    /// <param name="output">The stream to write to; it is flushed, not closed.</param>
    /// <param name="timeline">The timeline.</param>
    /// <param name="indented">Indent, or write everything on one line.</param>
    /// <param name="parallelism">How many threads may serialize events at once (1: the calling thread only).</param>
    public static void Write(Stream output, EventTimeline timeline, bool indented, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        // The serializer flushes its writer after every object; a writer on the stream would then write (and flush)
        // the stream once per event. So the writer fills a buffer, which goes to the stream a megabyte at a time.
        var buffer = new ArrayBufferWriter<byte>(2 * FlushBytes);
        using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedOptions : CompactOptions))
        {
            Write(writer, timeline, buffer, output, parallelism);
        }
        output.Write(buffer.WrittenSpan);
        output.Write("\n"u8);
        output.Flush();
    }

    // The events of the open "events" array, serialized in blocks on up to `parallelism` threads, a wave of blocks at a
    // time, and written in order (buffer, output: as for Write).
    private static void WriteEventBlocks(Utf8JsonWriter writer, IReadOnlyList<TimelineEvent> events, ArrayBufferWriter<byte>? buffer, Stream? output, int parallelism)
    {
        int blocks = (events.Count + BlockEvents - 1) / BlockEvents;
        var wave = new Block[Math.Min(blocks, parallelism * BlocksPerThread)];
        for (int i = 0; i < wave.Length; i++) wave[i] = new Block(writer.Options);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        for (int first = 0; first < blocks; first += wave.Length)
        {
            int count = Math.Min(wave.Length, blocks - first);
            Parallel.For(0, count, parallel, i => wave[i].Serialize(events, (first + i) * BlockEvents, Math.Min(events.Count, (first + i + 1) * BlockEvents)));
            for (int i = 0; i < count; i++)
            {
                // The block's events as the one-thread writer lays them out at this depth, commas between them;
                // the writer adds the comma before each block but the first.
                writer.WriteRawValue(wave[i].Events, skipInputValidation: true);
                Pass(writer, buffer, output);
            }
        }
    }

    /// <summary>One block's serialized events, in a buffer reused from wave to wave.</summary>
    private sealed class Block(JsonWriterOptions options)
    {
        private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
        private int _start;

        /// <summary>The events' bytes, starting with the line break and indentation before the first one (if indented).</summary>
        public ReadOnlySpan<byte> Events => _buffer.WrittenSpan[_start..];

        public void Serialize(IReadOnlyList<TimelineEvent> events, int from, int to)
        {
            _buffer.ResetWrittenCount();
            // The same object and array as the document's own, so that the events come out at the same depth, laid out
            // as the one-thread writer lays them out; what comes before the first event is dropped.
            using var writer = new Utf8JsonWriter(_buffer, options);
            writer.WriteStartObject();
            writer.WriteStartArray(EventsName);
            writer.Flush();
            _start = _buffer.WrittenCount;
            for (int i = from; i < to; i++) WriteEvent(writer, events[i]);
            writer.Flush();
        }
    }
}
