using System.Buffers;
using System.Text.Json;
using Timeline.Export.Json.Format;
using Timeline.Timelines;

namespace Timeline.Export.Json;

// Writing a corpus timeline on several threads: its events are serialized in blocks, several blocks at once, and the
// blocks are written out in order. The bytes are those of the one-thread writer.
public static partial class TimelineJsonWriter
{
    // Events per block: large enough that a block's writer and buffer cost nothing next to its events, small enough
    // that the window of blocks in flight (BlocksPerThread per thread) stays a few megabytes.
    private const int BlockEvents = 256;
    private const int BlocksPerThread = 4;

    /// <summary>
    /// Writes <paramref name="timeline"/> to <paramref name="output"/> as one JSON document followed by <c>\n</c>,
    /// serializing its events on up to <paramref name="parallelism"/> threads. The bytes are exactly those of
    /// <see cref="Write(Stream, EventTimeline, bool)"/>; only the time differs. At most a few blocks of events per thread
    /// are serialized ahead of the output, so the memory held beyond the timeline is that, not the whole output.
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

    // The events of the open "events" array, serialized in blocks on up to `parallelism` threads and written in order
    // (buffer, output: as for Write). A window of blocks is in flight: while the calling thread writes one block out,
    // the next ones are being serialized, and a written block's buffer serializes the block a window further on. (A
    // wave of blocks at a time, the earlier way, left the other threads idle while the calling thread wrote the wave.)
    private static void WriteEventBlocks(Utf8JsonWriter writer, IReadOnlyList<TimelineEvent> events, ArrayBufferWriter<byte>? buffer, Stream? output, int parallelism)
    {
        int blocks = (events.Count + BlockEvents - 1) / BlockEvents;
        var window = new Block[Math.Min(blocks, parallelism * BlocksPerThread)];
        // The blocks run on the thread pool, at most `parallelism` at once.
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, parallelism).ConcurrentScheduler;
        var serializing = new Task[window.Length];
        for (int i = 0; i < window.Length; i++)
        {
            window[i] = new Block(writer.Options);
            serializing[i] = Start(window[i], i);
        }
        try
        {
            for (int b = 0; b < blocks; b++)
            {
                int slot = b % window.Length;
                Wait(serializing[slot]);
                // The block's events as the one-thread writer lays them out at this depth, commas between them; the
                // writer adds the comma before each block but the first.
                writer.WriteRawValue(window[slot].Events, skipInputValidation: true);
                Pass(writer, buffer, output);
                if (b + window.Length < blocks) serializing[slot] = Start(window[slot], b + window.Length);
            }
        }
        finally
        {
            // On failure (the output stream throwing), let the blocks in flight end before their buffers go.
            foreach (var task in serializing) WaitAsleep(task);
        }

        Task Start(Block block, int index) => Task.Factory.StartNew(
            () => block.Serialize(events, index * BlockEvents, Math.Min(events.Count, (index + 1) * BlockEvents)),
            CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler);
    }

    // Waits for a block asleep (GetResult spins first, taking a core from the threads serializing).
    private static void WaitAsleep(Task task)
    {
        if (!task.IsCompleted) ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
    }

    // Waits for a block asleep, then rethrows its failure if it failed.
    private static void Wait(Task task)
    {
        WaitAsleep(task);
        task.GetAwaiter().GetResult();
    }

    /// <summary>One block's serialized events, in a buffer reused for the block a window further on.</summary>
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
            for (int i = from; i < to; i++) TimelineOutput.WriteEvent(writer, events[i]);
            writer.Flush();
        }
    }
}
