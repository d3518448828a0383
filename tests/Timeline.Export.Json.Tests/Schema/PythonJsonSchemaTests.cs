using System.Diagnostics;
using Timeline.Export.Tests;
using Timeline.Timelines;

namespace Timeline.Export.Json.Tests.Schema;

/// <summary>Runs only where <c>python3</c> can import <c>jsonschema</c>; skipped, saying so, elsewhere.</summary>
public sealed class PythonJsonSchemaFactAttribute : FactAttribute
{
    private static readonly Lazy<bool> Available = new(() => PythonJsonSchemaTests.Run("import jsonschema", []).ExitCode == 0);

    public PythonJsonSchemaFactAttribute()
    {
        if (!Available.Value) Skip = "python3 with the jsonschema module (the reference JSON Schema validator) is not installed";
    }
}

/// <summary>docs/timeline.schema.json and the writer's output, checked by Python's jsonschema (draft 2020-12, with formats).</summary>
public class PythonJsonSchemaTests
{
    private const string Check = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
        failed = False
        for path in sys.argv[2:]:
            for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
                failed = True
                print(path, "/".join(map(str, error.absolute_path)), error.message)
        sys.exit(1 if failed else 0)
        """;

    [PythonJsonSchemaFact]
    public void The_reference_validator_accepts_the_schema_and_the_seed_and_small_timelines()
    {
        using var files = new TempFiles();
        var seed = files.Add(TimelineJsonWriter.ToUtf8Bytes(Samples.Timeline));
        var small = files.Add(TimelineJsonWriter.ToUtf8Bytes(SmallTimeline.Build()));
        var empty = files.Add(TimelineJsonWriter.ToUtf8Bytes(EventTimeline.Empty));

        var (exitCode, output) = Run(Check, [SchemaTests.SchemaPath, seed, small, empty]);

        output.Should().BeEmpty();
        exitCode.Should().Be(0);
    }

    [PythonJsonSchemaFact]
    public void The_reference_validator_rejects_an_unknown_type_and_an_impossible_day()
    {
        var json = System.Text.Encoding.UTF8.GetString(TimelineJsonWriter.ToUtf8Bytes(SmallTimeline.Build()))
            .Replace("\"type\": \"launch\"", "\"type\": \"parade\"", StringComparison.Ordinal)
            .Replace("\"published\": \"2019-06-08\"", "\"published\": \"2019-02-30\"", StringComparison.Ordinal);

        using var files = new TempFiles();
        var (exitCode, output) = Run(Check, [SchemaTests.SchemaPath, files.Add(System.Text.Encoding.UTF8.GetBytes(json))]);

        exitCode.Should().Be(1);
        output.Should().Contain("'parade' is not one of").And.Contain("documents/0/published");
    }

    internal static (int ExitCode, string Output) Run(string script, string[] args)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        foreach (var a in args) start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output + stderr.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }

    private sealed class TempFiles : IDisposable
    {
        private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("timeline-schema-");
        private int _count;

        public string Add(byte[] bytes)
        {
            var path = Path.Combine(_directory.FullName, $"{_count++}.json");
            File.WriteAllBytes(path, bytes);
            return path;
        }

        public void Dispose() => _directory.Delete(recursive: true);
    }
}
