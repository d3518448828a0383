using System.Buffers;
using System.Text;

namespace Timeline.Cli.Inputs;

/// <summary>
/// Reads sources one after another and yields their items lazily, in order, so that a large JSON Lines input is
/// never held in memory. A text or HTML file is one <see cref="InputDocument"/>; a JSON Lines record is an
/// <see cref="InputLine"/>, parsed later by <see cref="Parse"/> on the thread that processes it. Blank lines are skipped. A source that cannot be opened or read to the end yields an
/// <see cref="InputError"/> (<c>FILE: cannot read …</c>, or <c>FILE:LINE</c> for the line a JSON Lines file failed
/// at), and reading goes on with the next source.
/// </summary>
internal static class InputReader
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The items of <paramref name="sources"/>; standard input is <paramref name="standardInput"/>.</summary>
    public static IEnumerable<InputItem> Read(IEnumerable<InputSource> sources, Stream standardInput)
    {
        foreach (var source in sources)
        {
            var items = source.Format == InputFormat.JsonLines ? ReadJsonLines(source, standardInput) : ReadText(source);
            foreach (var item in items) yield return item;
        }
    }

    private static IEnumerable<InputItem> ReadText(InputSource source)
    {
        string text;
        long bytes;
        try
        {
            using var stream = new FileStream(source.Path!, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
            bytes = stream.Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [Unreadable(source, 0, e)];
        }
        if (source.Format == InputFormat.Html) text = HtmlText.ToText(text);
        var id = DocumentId.FromString(Path.GetFileNameWithoutExtension(source.Path!));
        return [new InputDocument(source.Name, 0, id, null, text) { Bytes = bytes }];
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
            return [Unreadable(source, 0, e)];
        }
        return ReadLines(source, reader);
    }

    private static IEnumerable<InputItem> ReadLines(InputSource source, StreamReader reader)
    {
        using (reader)
        {
            int lineNumber = 0;
            while (true)
            {
                string? line;
                Exception? failure = null;
                try
                {
                    line = reader.ReadLine();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    line = null;
                    failure = e;
                }
                if (failure is not null)
                {
                    yield return Unreadable(source, lineNumber + 1, failure);
                    yield break;
                }
                if (line is null) yield break;
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                yield return new InputLine(source.Name, lineNumber, line) { Bytes = line.Length + 1 };
            }
        }
    }

    private static InputError Unreadable(InputSource source, int line, Exception e) => new(source.Name, line, $"cannot read: {e.Message}");

    /// <summary>The document (or the error) a JSON Lines record holds.</summary>
    public static InputItem Parse(InputLine line) => ParseLine(line.Source, line.Line, line.Json) with { Bytes = line.Bytes };

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
