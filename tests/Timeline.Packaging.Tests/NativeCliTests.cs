namespace Timeline.Packaging.Tests;

/// <summary>Runs only where Native AOT can link (Linux with clang on the PATH); skipped, saying so, elsewhere.</summary>
public sealed class NativeAotTheoryAttribute : TheoryAttribute
{
    public NativeAotTheoryAttribute()
    {
        if (!NativeCliTests.NativeBuild.CanLink) Skip = "Native AOT needs Linux and clang on the PATH (the platform linker) to publish the tool";
    }
}

/// <summary>
/// <c>dotnet publish</c> compiles the tool ahead of time into one native executable (docs/decisions/0003-native-cli.md),
/// which runs code the trimmer and the AOT compiler kept, not the assemblies the other tests run. Every command and
/// format must give that executable's output byte for byte, with the same messages and exit code, as the same run of
/// the build the tests use, which compiles as it goes.
/// </summary>
public sealed class NativeCliTests : IClassFixture<NativeCliTests.NativeBuild>
{
    private readonly NativeBuild _build;

    public NativeCliTests(NativeBuild build) => _build = build;

    /// <summary>
    /// Argument lists, and whether the run succeeds; <c>{samples}</c>, <c>{saved}</c> and <c>{bad}</c> stand for the
    /// files of <see cref="NativeBuild"/>.
    /// </summary>
    public static TheoryData<string, bool> Runs() => new()
    {
        { "extract {samples} --format table", true },
        { "extract {samples} --format json", true },
        { "extract {samples} --format json --compact --types summit,visit", true },
        { "extract {samples} --format ics", true },
        { "extract {samples} --format ics --approximate first-day", true },
        { "extract {samples} --format timelinejs", true },
        { "extract {samples} --format plover", true },
        { "extract {samples} --format html", true },
        { "extract {samples} --published 2023-09-22 --date-order dmy --format json", true },
        { "timexes {samples}", true },
        { "export {saved} --format json", true },
        { "export {saved} {saved} --format ics", true },
        { "extract {samples} --merge {saved} --format json", true },
        { "extract --input {bad} --format json", false },
        { "timexes {bad}", false },
        { "extract {samples}/missing.txt --format json", false },
        { "export {bad} --format json", false },
        { "extract --jobs 0 {samples}", false },
        { "--help", true },
    };

    [NativeAotTheory]
    [MemberData(nameof(Runs))]
    public void The_native_executable_writes_what_the_compiled_as_it_goes_build_writes(string arguments, bool succeeds)
    {
        _build.Publish.ExitCode.Should().Be(0, _build.Publish.Transcript);
        var args = arguments.Split(' ').Select(_build.Expand).ToArray();

        var native = Processes.Run(_build.Executable, args, _build.Work, TimeSpan.FromMinutes(2));
        var reference = Processes.Run("dotnet", [_build.Reference, .. args], _build.Work, TimeSpan.FromMinutes(2));

        native.ExitCode.Should().Be(reference.ExitCode, native.Transcript);
        native.Stderr.Should().Be(reference.Stderr);
        native.Stdout.Should().Be(reference.Stdout);
        if (succeeds)
        {
            reference.ExitCode.Should().Be(0, reference.Transcript);
            reference.Stdout.Should().NotBeEmpty();
        }
        else
        {
            reference.ExitCode.Should().NotBe(0, reference.Transcript);
            reference.Stderr.Should().NotBeEmpty();
        }
    }

    /// <summary>
    /// The tool published once from a copy of this checkout's sources (so that publishing never races the test run for
    /// the build outputs), the sample articles, a timeline saved from them, and a JSON Lines file with bad lines.
    /// </summary>
    public sealed class NativeBuild : IDisposable
    {
        private readonly TempFolder _folder = new();

        /// <summary>Whether this machine can link a native executable: Linux, with clang on the PATH.</summary>
        public static bool CanLink { get; } = OperatingSystem.IsLinux() && (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, "clang")));

        public NativeBuild()
        {
            var root = Repository.Root();
            Work = Path.Combine(_folder.Path, "work");
            Directory.CreateDirectory(Work);
            Samples = Path.Combine(root, "samples");
            Reference = Path.Combine(root, "src", "Timeline.Cli", "bin", Repository.Configuration, "net10.0", "Timeline.Cli.dll");
            Bad = Path.Combine(Work, "bad.jsonl");
            File.WriteAllText(Bad, "{\"id\": \"a\", \"text\": \"Putin met Kim on Friday.\"}\nnot json\n{\"id\": 1, \"dct\": \"2023-02-30\", \"text\": \"x\"}\n\u0000\u00ff\n");
            Saved = Path.Combine(Work, "saved.json");
            if (!CanLink)
            {
                Publish = new ProcessRun("(not run)", -1, "", "");
                return;
            }
            var copy = Path.Combine(_folder.Path, "checkout");
            CopySources(root, copy);
            var output = Path.Combine(_folder.Path, "out");
            Publish = Processes.Run("dotnet", ["publish", Path.Combine(copy, "src", "Timeline.Cli"), "-c", Repository.Configuration, "-o", output], copy, TimeSpan.FromMinutes(10));
            Executable = Path.Combine(output, "Timeline.Cli");
            Processes.Run("dotnet", [Reference, "extract", Samples, "--format", "json", "-o", Saved], Work, TimeSpan.FromMinutes(2));
        }

        public ProcessRun Publish { get; }

        public string Executable { get; } = "";

        public string Reference { get; }

        public string Work { get; }

        private string Samples { get; }

        private string Saved { get; }

        private string Bad { get; }

        public string Expand(string argument) =>
            argument.Replace("{samples}", Samples, StringComparison.Ordinal)
                .Replace("{saved}", Saved, StringComparison.Ordinal)
                .Replace("{bad}", Bad, StringComparison.Ordinal);

        public void Dispose() => _folder.Dispose();

        /// <summary>What a publish reads: the sources and the settings at the root, without build outputs.</summary>
        private static void CopySources(string root, string target)
        {
            foreach (var file in Directory.GetFiles(root))
            {
                if (Path.GetFileName(file) is "global.json" or "nuget.config" or "NuGet.config" || Path.GetFileName(file).StartsWith("Directory.", StringComparison.Ordinal))
                    Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
            var src = Path.Combine(root, "src");
            foreach (var file in Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(src, file);
                var parts = relative.Split(Path.DirectorySeparatorChar);
                if (parts.Contains("bin") || parts.Contains("obj")) continue;
                Copy(file, Path.Combine(target, "src", relative));
            }
        }

        private static void Copy(string from, string to)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to);
        }
    }
}
