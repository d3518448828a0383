using System.Xml.Linq;

namespace Timeline.Packaging.Tests;

/// <summary>
/// Packs the shipped packages into a local folder feed, then builds and runs a small consumer project against them
/// (the lines the README shows), and installs and runs the <c>timeline</c> dotnet tool from the same feed. Proves that a
/// user can reference the packages and call them, and that <c>dotnet pack</c> at the root ships exactly the libraries
/// and the tool.
/// </summary>
public sealed class PackageConsumerTests : IClassFixture<PackageConsumerTests.Feed>
{
    private static readonly TimeSpan Slow = TimeSpan.FromMinutes(5);

    /// <summary>The packages a user can reference (and the tool), by id: nothing else may be packed.</summary>
    private static readonly string[] Shipped =
    [
        "Timeline", "Timeline.English", "Timeline.Export.Json", "Timeline.Export.Calendar", "Timeline.Export.Html",
        "Timeline.Export.TimelineJs", "Timeline.Export.Plover", "Timeline.Cli",
    ];

    private readonly Feed _feed;

    public PackageConsumerTests(Feed feed) => _feed = feed;

    [Fact]
    public void Pack_at_the_root_ships_exactly_the_libraries_and_the_tool_with_symbols()
    {
        _feed.Pack.ExitCode.Should().Be(0, _feed.Pack.Transcript);
        var packages = Directory.GetFiles(_feed.Path, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        packages.Should().Equal(Shipped.Select(id => $"{id}.{Feed.Version}.nupkg").Order(StringComparer.Ordinal));
        var symbols = Directory.GetFiles(_feed.Path, "*.snupkg").Select(Path.GetFileName);
        symbols.Should().BeEquivalentTo(Shipped.Select(id => $"{id}.{Feed.Version}.snupkg"));
    }

    [Theory]
    [InlineData("Timeline")]
    [InlineData("Timeline.English")]
    [InlineData("Timeline.Export.Json")]
    [InlineData("Timeline.Export.Calendar")]
    public void A_library_package_has_metadata_a_readme_and_xml_docs(string id)
    {
        using var archive = System.IO.Compression.ZipFile.OpenRead(Path.Combine(_feed.Path, $"{id}.{Feed.Version}.nupkg"));
        var names = archive.Entries.Select(e => e.FullName).ToList();
        names.Should().Contain(["README.md", $"lib/net10.0/{id}.dll", $"lib/net10.0/{id}.xml"]);

        using var nuspec = archive.GetEntry($"{id}.nuspec")!.Open();
        var metadata = XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Field(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? "";
        Field("license").Should().Be("MIT");
        Field("readme").Should().Be("README.md");
        Field("description").Should().NotBeNullOrWhiteSpace();
        Field("authors").Should().NotBeNullOrWhiteSpace();
        metadata.Elements().Should().Contain(e => e.Name.LocalName == "repository", "SourceLink records the commit");
    }

    [Fact]
    public void A_consumer_project_references_the_packages_from_the_feed_and_gets_a_timeline()
    {
        using var work = new TempFolder();
        File.WriteAllText(Path.Combine(work.Path, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RestorePackagesPath>{Path.Combine(work.Path, "packages")}</RestorePackagesPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Timeline.English" Version="{Feed.Version}" />
                <PackageReference Include="Timeline.Export.Json" Version="{Feed.Version}" />
              </ItemGroup>
            </Project>
            """);
        // The lines the README shows.
        File.WriteAllText(Path.Combine(work.Path, "Program.cs"), """
            using NodaTime;
            using Timeline.English;
            using Timeline.Events;
            using Timeline.Export.Json;
            using Timeline.Timelines;

            var tagger = English.CreateTagger();
            var result = tagger.Tag("Kim met Putin on Friday, four years after the 2019 summit.", new LocalDate(2023, 9, 22));
            foreach (var e in result.Expressions) Console.WriteLine($"timex {e.Text} = {e.Value}");

            var extractor = English.CreateExtractor();
            var article = extractor.Extract(new Article("a1",
                "Seoul, Sep 22, 2023 -- North Korean leader Kim Jong Un held a summit with Russian President Vladimir Putin on Wednesday.", null));
            var timeline = EventTimeline.From([article]);
            foreach (var e in timeline.Events) Console.WriteLine($"event {e.Date?.Start:uuuu-MM-dd} {e.Title}");
            Console.WriteLine(TimelineJsonWriter.ToUtf8Bytes(timeline).Length > 0 ? "json ok" : "json empty");
            """);
        _feed.WriteNuGetConfig(work.Path);

        var run = Processes.Run("dotnet", ["run", "-c", "Release"], work.Path, Slow);

        run.ExitCode.Should().Be(0, run.Transcript);
        run.Stdout.Should().Contain("timex Friday = 2023-09-22").And.Contain("timex four years = P4Y").And.Contain("json ok");
        run.Stdout.Should().MatchRegex(@"event 2023-09-20 Summit: .*Kim Jong Un");
    }

    [Fact]
    public void The_dotnet_tool_installs_from_the_feed_and_extracts_a_timeline()
    {
        using var work = new TempFolder();
        _feed.WriteNuGetConfig(work.Path);
        var tools = Path.Combine(work.Path, "tools");
        var install = Processes.Run("dotnet",
            ["tool", "install", "Timeline.Cli", "--version", Feed.Version, "--tool-path", tools, "--configfile", Path.Combine(work.Path, "nuget.config")],
            work.Path, Slow);
        install.ExitCode.Should().Be(0, install.Transcript);

        var article = Path.Combine(work.Path, "summit.txt");
        File.WriteAllText(article, "April 25, 2023\nKim Jong Un and Vladimir Putin held their first summit in Vladivostok on April 25, 2019.\n");
        var run = Processes.Run(Path.Combine(tools, "timeline"), ["extract", article, "--format", "json"], work.Path, Slow);

        run.ExitCode.Should().Be(0, run.Transcript);
        run.Stdout.Should().Contain("\"type\": \"summit\"").And.Contain("2019-04-25");
    }

    /// <summary>The packages of this checkout, packed once (from the build the test run already made) into a temporary folder feed.</summary>
    public sealed class Feed : IDisposable
    {
        /// <summary>The version every shipped package has (Directory.Build.props).</summary>
        public const string Version = "0.1.0";

        private readonly TempFolder _folder = new();

        public Feed()
        {
            Path = System.IO.Path.Combine(_folder.Path, "feed");
            var root = Repository.Root();
            // --no-build: pack what `dotnet test` just built, so packing never races the test run for the build outputs.
            Pack = Processes.Run("dotnet", ["pack", System.IO.Path.Combine(root, "Timeline.sln"), "-c", Repository.Configuration, "--no-build", "-o", Path], root, Slow);
        }

        public string Path { get; }

        public ProcessRun Pack { get; }

        /// <summary>A nuget.config using only the feed, the machine's global package folder (as an offline source) and the usual registry.</summary>
        public void WriteNuGetConfig(string directory)
        {
            Pack.ExitCode.Should().Be(0, Pack.Transcript);
            var global = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
                ?? System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
            File.WriteAllText(System.IO.Path.Combine(directory, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="timeline" value="{Path}" />
                    <add key="global" value="{global}" />
                    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                  </packageSources>
                </configuration>
                """);
        }

        public void Dispose() => _folder.Dispose();
    }
}

/// <summary>A fresh directory under the system temp folder, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "timeline-packaging-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
