using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;

namespace Timeline.Benchmarks.Corpus;

/// <summary>
/// <c>corpus [--mb N] [--seed N] [--samples-only] [-o FILE]</c>: writes a JSON Lines corpus
/// (<c>{"id", "dct", "text"}</c> per line, what <c>timeline timexes</c> and <c>timeline extract --input</c> read) of at
/// least N megabytes (10^6 bytes; 50 by default) made by <see cref="CorpusGenerator"/>, to FILE or standard output.
/// Without the shared data, or with <c>--samples-only</c>, it is made from the seed articles alone.
/// </summary>
public static class CorpusCommand
{
    /// <summary>The verb that selects this command instead of BenchmarkDotNet.</summary>
    public const string Name = "corpus";

    /// <summary>Runs the command with the arguments after the verb; returns the exit code.</summary>
    public static int Run(string[] args)
    {
        double megabytes = 50;
        ulong seed = 1;
        bool samplesOnly = false;
        string? output = null;
        for (int k = 0; k < args.Length; k++)
        {
            var value = k + 1 < args.Length ? args[k + 1] : "";
            bool ok = args[k] switch
            {
                "--mb" => double.TryParse(value, CultureInfo.InvariantCulture, out megabytes) && megabytes > 0,
                "--seed" => ulong.TryParse(value, CultureInfo.InvariantCulture, out seed),
                "-o" or "--output" => (output = value).Length > 0,
                "--samples-only" => samplesOnly = true,
                _ => false,
            };
            if (!ok)
            {
                Console.Error.WriteLine($"corpus: cannot use '{args[k]}'. Usage: corpus [--mb N] [--seed N] [--samples-only] [-o FILE]");
                return 2;
            }
            if (args[k] != "--samples-only") k++;
        }

        var samples = SourceArticles.Samples();
        var shared = samplesOnly ? [] : SourceArticles.TempEval3().Concat(SourceArticles.Meantime()).ToList();
        var from = shared.Count > 0
            ? $"{samples.Count} samples and {shared.Count} articles of {SourceArticles.SharedDataFolder()}"
            : $"the {samples.Count} samples alone" + (samplesOnly ? "" : " (no shared data found; set TIMELINE_SHARED_DATA)");
        var generator = new CorpusGenerator([.. samples, .. shared], seed);

        long target = (long)(megabytes * 1e6), written = 0, textBytes = 0;
        int articles = 0;
        using (var stream = output is null ? Console.OpenStandardOutput() : File.Create(output))
        using (var buffered = new BufferedStream(stream, 1 << 16))
        {
            var writer = new Utf8JsonWriter(buffered, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            foreach (var article in generator.Articles())
            {
                if (written >= target) break;
                writer.Reset();
                writer.WriteStartObject();
                writer.WriteString("id", article.Id);
                if (article.Dct is { } dct) writer.WriteString("dct", LocalDatePattern.Iso.Format(dct));
                else writer.WriteNull("dct");
                writer.WriteString("text", article.Text);
                writer.WriteEndObject();
                writer.Flush();
                buffered.WriteByte((byte)'\n');
                written += writer.BytesCommitted + 1;
                textBytes += Encoding.UTF8.GetByteCount(article.Text);
                articles++;
            }
        }
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: {articles:N0} articles, {written:N0} bytes of JSON Lines ({textBytes:N0} bytes of text), from {from}, seed {seed}"));
        return 0;
    }
}
