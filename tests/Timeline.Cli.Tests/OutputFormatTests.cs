using System.Text.Json;
using Timeline.Cli.Output;
using Timeline.Temporal;

namespace Timeline.Cli.Tests;

public class OutputFormatTests
{
    private static readonly string[] Types = ["DATE", "TIME", "DURATION", "SET"];
    private static readonly string[] Anchorings = ["self", "publication", "expression", "unresolved"];

    [Fact]
    public void Each_line_has_the_documented_fields_and_spans_index_the_text_in_UTF16_units()
    {
        // The emoji is two UTF-16 code units and three non-ASCII bytes lie before the dates: spans must still slice the text.
        const string text = "😀 Café talks — held on June 8, 2019 — resumed three days later, every year since 1953.";
        var input = JsonSerializer.Serialize(new { id = "u", dct = "2019-06-10", text });

        var run = CliRun.Of(["timexes"], input);

        run.ExitCode.Should().Be(0, run.Stderr);
        var line = run.Lines.Should().ContainSingle().Subject;
        line.EnumerateObject().Select(p => p.Name).Should().Equal("id", "dct", "dctSource", "timexes");
        var timexes = line.GetProperty("timexes").EnumerateArray().ToList();
        timexes.Should().NotBeEmpty();
        foreach (var t in timexes)
        {
            t.EnumerateObject().Select(p => p.Name).Should().Equal("start", "end", "text", "type", "value", "precision", "anchoring");
            int start = t.GetProperty("start").GetInt32(), end = t.GetProperty("end").GetInt32();
            text[start..end].Should().Be(t.GetProperty("text").GetString());
            t.GetProperty("type").GetString().Should().BeOneOf(Types);
            t.GetProperty("anchoring").GetString().Should().BeOneOf(Anchorings);
            var precision = t.GetProperty("precision");
            if (precision.ValueKind != JsonValueKind.Null) precision.GetString().Should().MatchRegex("^[a-z]+$");
        }
        timexes.Should().Contain(t => t.GetProperty("text").GetString() == "June 8, 2019" && t.GetProperty("value").GetString() == "2019-06-08"
            && t.GetProperty("precision").GetString() == "day" && t.GetProperty("anchoring").GetString() == "self");
    }

    [Fact]
    public void Output_is_UTF8_without_BOM_with_LF_line_ends_and_readable_non_ASCII()
    {
        var run = CliRun.Of(["timexes"], "{\"id\": 1, \"text\": \"Café, June 8, 2019\"}\r\n{\"id\": 2, \"text\": \"x\"}\r\n");
        using var dir = new TempDirectory();
        dir.File("café.txt", "Talks on June 8, 2019.");
        var named = CliRun.Of(["timexes", dir.Path]);

        run.StdoutBytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        run.Stdout.Should().NotContain("\r");
        run.Stdout.Should().EndWith("}\n");
        run.Stdout.Split('\n').Should().HaveCount(3);
        named.Stdout.Should().StartWith("{\"id\":\"café\",", "relaxed escaping writes non-ASCII as is");
    }

    [Fact]
    public void Every_enum_value_has_an_output_name()
    {
        foreach (var v in Enum.GetValues<TimexType>()) TimexesJson.TypeName(v).Should().BeOneOf(Types);
        foreach (var v in Enum.GetValues<Anchoring>()) TimexesJson.AnchoringName(v).Should().BeOneOf(Anchorings);
        foreach (var v in Enum.GetValues<Precision>()) TimexesJson.PrecisionName(v).Should().Be(v.ToString().ToLowerInvariant());
        foreach (var v in Enum.GetValues<PublicationDateSource>()) TimexesJson.SourceName(v).Should().BeOneOf("caller", "dateline", "none");
    }
}
