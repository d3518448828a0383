using System.Text;
using System.Text.Json;

namespace Timeline.Cli.Tests;

public class JsonLinesInputTests
{
    [Fact]
    public void Ids_of_every_JSON_type_are_echoed_unchanged_in_input_order()
    {
        var input = string.Join('\n',
            """{"id": "a-string", "dct": "2019-06-08", "text": "He met Putin on Friday."}""",
            """{"id": 3.50, "text": "x"}""",
            """{"id": 12345678901234567890, "text": "x"}""",
            """{"id": {"doc": [1, 2], "n": null}, "text": "x"}""",
            """{"id": [true, "b"], "text": "x"}""",
            """{"id": false, "text": "x"}""",
            """{"id": null, "text": "x"}""",
            """{"text": "x", "unknown": {"ignored": [1]}}""",
            """{"id": "\u00e9t\u00e9", "text": "x"}""") + "\n";

        var run = CliRun.Of(["timexes"], input);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stderr.Should().BeEmpty();
        var ids = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => RawId(l)).ToList();
        ids.Should().Equal(
            "\"a-string\"", "3.50", "12345678901234567890", """{"doc": [1, 2], "n": null}""", """[true, "b"]""",
            "false", "null", "null", "\"\\u00e9t\\u00e9\"");
    }

    [Fact]
    public void Bad_lines_are_reported_as_FILE_LINE_and_the_other_lines_are_still_processed()
    {
        using var dir = new TempDirectory();
        var path = dir.File("in.jsonl", string.Join('\n',
            """{"id": 1, "text": "In 2019."}""",
            """not json""",
            """{"id": 3}""",
            "",
            """{"id": 5, "dct": "June 8", "text": "x"}""",
            """{"id": 6, "text": 6}""",
            """[1, 2]""",
            """{"id": 8, "text": "Last year."} trailing""",
            """{"id": 9, "dct": "2019-06-08", "text": "Last year."}"""));

        var run = CliRun.Of(["timexes", path]);

        run.ExitCode.Should().Be(1);
        run.Lines.Select(l => l.GetProperty("id").GetInt32()).Should().Equal(1, 9);
        run.ErrorLines.Should().HaveCount(6);
        run.ErrorLines.Select(l => l[..(l.IndexOf(": ", StringComparison.Ordinal) + 1)]).Should().Equal(
            $"{path}:2:", $"{path}:3:", $"{path}:5:", $"{path}:6:", $"{path}:7:", $"{path}:8:");
        run.ErrorLines[0].Should().Contain("not valid JSON");
        run.ErrorLines[1].Should().Contain("\"text\"");
        run.ErrorLines[2].Should().Contain("\"dct\"").And.Contain("June 8");
        run.ErrorLines.Should().AllSatisfy(l => l.Should().NotContain("   at "), "no stack trace without --verbose");
    }

    [Fact]
    public void Lines_end_at_LF_CRLF_or_CR_after_a_byte_order_mark_and_bad_UTF8_becomes_U_FFFD()
    {
        using var dir = new TempDirectory();
        var longText = string.Concat(Enumerable.Repeat("x ", 40_000)) + "on Friday.";
        var utf8 = new List<byte>([0xEF, 0xBB, 0xBF]);
        utf8.AddRange("""{"id": 1, "dct": "2019-06-08", "text": "On Friday."}"""u8.ToArray());
        utf8.AddRange("\r\n"u8.ToArray());
        utf8.AddRange("""{"id": 2, "dct": "2019-06-08", "text": "Friday."}"""u8.ToArray());
        utf8.AddRange("\r\n \u00a0 \n"u8.ToArray());
        utf8.AddRange(Encoding.UTF8.GetBytes($$"""{"id": 3, "dct": "2019-06-08", "text": "{{longText}}"}"""));
        utf8.AddRange("\r"u8.ToArray());
        utf8.AddRange("""{"id": 4, "dct": "2019-06-08", "text": "bad """u8.ToArray());
        utf8.AddRange([0xE2, 0x82]);
        utf8.AddRange(""" on Friday."}"""u8.ToArray());
        var utf8Path = System.IO.Path.Combine(dir.Path, "utf8.jsonl");
        File.WriteAllBytes(utf8Path, [.. utf8]);
        var utf16Path = System.IO.Path.Combine(dir.Path, "utf16.jsonl");
        File.WriteAllText(utf16Path, new UTF8Encoding(false, false).GetString([.. utf8.Skip(3)]), Encoding.Unicode);

        var run = CliRun.Of(["timexes", utf8Path]);
        var utf16 = CliRun.Of(["timexes", utf16Path]);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Lines.Select(l => (l.GetProperty("id").GetInt32(), l.GetProperty("timexes")[0].GetProperty("start").GetInt32()))
            .Should().Equal((1, 3), (2, 0), (3, longText.IndexOf("Friday", StringComparison.Ordinal)), (4, 9));
        utf16.ExitCode.Should().Be(0, utf16.Stderr);
        utf16.Stdout.Should().Be(run.Stdout);
    }

    [Fact]
    public void Stdin_is_read_when_there_is_no_argument_or_a_dash_and_is_named_stdin_in_errors()
    {
        const string input = "{\"id\": 1, \"text\": \"x\"}\r\n{oops\r\n";

        var none = CliRun.Of(["timexes"], input);
        var dash = CliRun.Of(["timexes", "-"], input);

        none.ExitCode.Should().Be(1);
        none.Lines.Should().ContainSingle();
        none.ErrorLines.Should().ContainSingle().Which.Should().StartWith("<stdin>:2: ");
        dash.Stdout.Should().Be(none.Stdout);
        dash.Stderr.Should().Be(none.Stderr);
    }

    [Fact]
    public void The_reference_date_is_the_documents_own_dct_then_published_then_the_text()
    {
        var input = string.Join('\n',
            """{"id": "own", "dct": "2019-06-08", "text": "He spoke on Friday."}""",
            """{"id": "none", "text": "He spoke on Friday."}""",
            """{"id": "null", "dct": null, "text": "He spoke on Friday."}""") + "\n";

        var plain = CliRun.Of(["timexes"], input);
        var published = CliRun.Of(["timexes", "--published", "2023-09-22"], input);

        plain.Lines.Select(l => (l.GetProperty("dct").ToString(), l.GetProperty("dctSource").GetString()))
            .Should().Equal(("2019-06-08", "caller"), ("", "none"), ("", "none"));
        plain.Lines[0].GetProperty("timexes")[0].GetProperty("value").GetString().Should().Be("2019-06-07");
        plain.Lines[1].GetProperty("timexes")[0].GetProperty("anchoring").GetString().Should().Be("unresolved");

        published.Lines.Select(l => (l.GetProperty("dct").GetString(), l.GetProperty("dctSource").GetString()))
            .Should().Equal(("2019-06-08", "caller"), ("2023-09-22", "caller"), ("2023-09-22", "caller"));
        published.Lines[1].GetProperty("timexes")[0].GetProperty("value").GetString().Should().Be("2023-09-22");
    }

    [Fact]
    public void Many_documents_come_out_in_input_order()
    {
        var input = new StringBuilder();
        for (int i = 0; i < 300; i++)
        {
            // Uneven sizes so that parallel workers finish out of order.
            var text = string.Concat(Enumerable.Repeat("On June 8, 2019 the talks ended. ", (i * 37) % 50 + 1));
            input.Append(JsonSerializer.Serialize(new { id = i, dct = "2019-06-10", text })).Append('\n');
        }

        var run = CliRun.Of(["timexes"], input.ToString());

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Lines.Select(l => l.GetProperty("id").GetInt32()).Should().Equal(Enumerable.Range(0, 300));
        run.Lines.Select(l => l.GetProperty("timexes").GetArrayLength()).Should().Equal(Enumerable.Range(0, 300).Select(i => (i * 37) % 50 + 1));
    }

    [Fact]
    public void Date_order_option_reads_numeric_dates()
    {
        const string input = """{"id": 1, "text": "It was signed on 06/08/2019."}""";

        var mdy = CliRun.Of(["timexes"], input);
        var dmy = CliRun.Of(["timexes", "--date-order", "dmy"], input);

        mdy.Lines[0].GetProperty("timexes")[0].GetProperty("value").GetString().Should().Be("2019-06-08");
        dmy.Lines[0].GetProperty("timexes")[0].GetProperty("value").GetString().Should().Be("2019-08-06");
    }

    private static string RawId(string line)
    {
        using var doc = JsonDocument.Parse(line);
        return doc.RootElement.GetProperty("id").GetRawText();
    }
}
