using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Timeline.Cli.Output;

/// <summary>Builds one line of JSON Lines output: compact UTF-8 JSON, no BOM, ended by <c>\n</c>.</summary>
internal static class JsonLine
{
    /// <summary>Relaxed escaping keeps non-ASCII text readable; quotes, backslashes and control characters are still escaped.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Runs <paramref name="write"/> on a fresh writer and returns the bytes of the line, newline included.</summary>
    public static ReadOnlyMemory<byte> Build(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }
        buffer.Write("\n"u8);
        return buffer.WrittenMemory;
    }
}
