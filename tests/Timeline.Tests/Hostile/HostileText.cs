using System.Text;
using NodaTime;
using Timeline.Events;
using Timeline.Pipeline;
using Timeline.Temporal;

namespace Timeline.Tests.Hostile;

/// <summary>Builds the hostile inputs of docs/hostile-input.md and reads them with one shared tagger and extractor.</summary>
internal static class HostileText
{
    /// <summary>The publication date given with most rows.</summary>
    public static readonly LocalDate Published = new(2023, 9, 15);

    public static TemporalTagger Tagger { get; } = English.English.CreateTagger();

    public static EventExtractor Extractor { get; } = English.English.CreateExtractor();

    public static TaggingResult Tag(string text, LocalDate? reference = null) => Tagger.Tag(text, reference);

    public static ArticleEvents Extract(string text, LocalDate? reference = null) => Extractor.Extract(new Article("hostile", text, reference));

    /// <summary>
    /// Bytes decoded as <c>timeline</c> decodes a <c>.txt</c> file (src/Timeline.Cli/Inputs/InputReader.cs): UTF-8 that
    /// replaces each invalid sequence with U+FFFD, after byte-order-mark detection.
    /// </summary>
    public static string DecodeAsTheCliDoes(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary><paramref name="count"/> pseudo-random bytes (xorshift64, so the same on every platform and run).</summary>
    public static byte[] RandomBytes(int count, ulong seed)
    {
        var bytes = new byte[count];
        ulong x = seed;
        for (int i = 0; i < count; i++)
        {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            bytes[i] = (byte)(x >> 24);
        }
        return bytes;
    }

    /// <summary><paramref name="count"/> pseudo-random characters drawn from <paramref name="alphabet"/>.</summary>
    public static string RandomText(int count, string alphabet, ulong seed)
    {
        var bytes = RandomBytes(count, seed);
        var chars = new char[count];
        for (int i = 0; i < count; i++) chars[i] = alphabet[bytes[i] % alphabet.Length];
        return new string(chars);
    }

    /// <summary>The five sample articles on one line (their line breaks made spaces), ending with a space.</summary>
    public static string SamplesOnOneLine() =>
        string.Concat(Samples.All().Select(t => t.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ') + " "));

    /// <summary>Copies of <paramref name="unit"/> up to <paramref name="maxLength"/> characters, and how many.</summary>
    public static (string Text, int Copies) Repeat(string unit, int maxLength)
    {
        int copies = maxLength / unit.Length;
        var sb = new StringBuilder(copies * unit.Length);
        for (int i = 0; i < copies; i++) sb.Append(unit);
        return (sb.ToString(), copies);
    }

    public static string Describe(TaggingResult result) =>
        string.Join("; ", result.Expressions.Select(e => $"'{e.Text}' {e.Value} {e.Anchoring}"))
        + (result.Diagnostics.Count == 0 ? "" : " | " + string.Join("; ", result.Diagnostics.Select(d => d.Message)));
}
