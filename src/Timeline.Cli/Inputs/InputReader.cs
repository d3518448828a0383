using System.Buffers;
using System.Text;

namespace Timeline.Cli.Inputs;

/// <summary>A source that could not be opened or read to the end.</summary>
/// <param name="source">The source's name.</param>
/// <param name="inner">The I/O error.</param>
internal sealed class InputUnreadableException(string source, Exception inner)
    : IOException($"cannot read '{source}': {inner.Message}", inner)
{
    /// <summary>The source's name.</summary>
    public string SourceName { get; } = source;
}

/// <summary>
/// Reads sources one after another and yields their items lazily, in order, so that a large JSON Lines input is
/// never held in memory. Blank lines are skipped. Throws <see cref="InputUnreadableException"/> when a file cannot be read.
/// </summary>
internal static class InputReader
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The items of <paramref name="sources"/>; standard input is <paramref name="standardInput"/>.</summary>
    public static IEnumerable<InputItem> Read(IEnumerable<InputSource> sources, Stream standardInput)
    {
        foreach (var source in sources)
        {
            var items = source.Format == InputFormat.Text ? ReadText(source) : ReadJsonLines(source, standardInput);
            foreach (var item in items) yield return item;
        }
    }

    private static IEnumerable<InputItem> ReadText(InputSource source)
    {
        string text;
        try
        {
            text = File.ReadAllText(source.Path!, Utf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputUnreadableException(source.Name, e);
        }
        var id = DocumentId.FromString(Path.GetFileNameWithoutExtension(source.Path!));
        yield return new InputDocument(source.Name, 0, id, null, text);
    }

    private static IEnumerable<InputItem> ReadJsonLines(InputSource source, Stream standardInput)
    {
        StreamReader reader;
        try
        {
            reader = source.Path is null
                ? new StreamReader(standardInput, Utf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true)
                : new StreamReader(source.Path, Utf8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16 });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputUnreadableException(source.Name, e);
        }
        using (reader)
        {
            int lineNumber = 0;
            while (true)
            {
                string? line;
                try
                {
                    line = reader.ReadLine();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new InputUnreadableException(source.Name, e);
                }
                if (line is null) yield break;
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                yield return ParseLine(source.Name, lineNumber, line);
            }
        }
    }

    private static InputItem ParseLine(string source, int lineNumber, string line)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetByteCount(line));
        try
        {
            int length = Utf8.GetBytes(line, buffer);
            return JsonLineParser.Parse(source, lineNumber, buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
