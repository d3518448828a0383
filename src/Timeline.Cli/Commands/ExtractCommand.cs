using System.CommandLine;
using Timeline.Cli.Inputs;
using Timeline.Cli.Output;
using Timeline.Cli.Processing;
using Timeline.Events;
using Timeline.Export.Json;
using Timeline.Timelines;

namespace Timeline.Cli.Commands;

/// <summary>
/// <c>timeline extract [INPUT...]</c>: reads articles, finds their events, merges them across articles into one
/// timeline, and prints it as a table (on a terminal) or writes it as JSON.
/// </summary>
internal static class ExtractCommand
{
    public const string Name = "extract";

    /// <summary>The output formats.</summary>
    public const string Table = "table", Json = "json";

    public static readonly string[] Examples =
    [
        "timeline extract samples                                 # a table of the events of every .txt article",
        "timeline extract samples --format json -o timeline.json",
        "timeline extract --input corpus.jsonl --format json      # {\"id\", \"dct\", \"text\"} per line",
        "timeline extract articles/ --published 2023-09-22        # a date for articles that state none",
    ];

    public static Command Create(CliConsole console)
    {
        var common = new CommonOptions();
        var corpora = new Option<string[]>("--input", "-i")
        {
            Description = "A JSON Lines corpus ({\"id\", \"dct\", \"text\"} per line), read as JSON Lines whatever its extension; '-' is standard input. Can be repeated.",
            HelpName = "FILE",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string?>("--format", "-f")
        {
            Description = "table (for people; the default when standard output is a terminal) or json (the default otherwise).",
            HelpName = "table|json",
        };
        format.AcceptOnlyFromAmong(Table, Json);

        var command = new Command(Name, "Find the events of the articles (type, status, date, participants, place, evidence), merge "
            + "the mentions of the same event across articles, and print the timeline: a table by date, or JSON {\"documents\", \"events\"}. "
            + "A text file's document id is its file name without extension; a JSON line's is its \"id\".");
        command.Add(corpora);
        command.Add(format);
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var extractor = English.English.CreateExtractor(common.TaggerOptions(parse));
            var published = parse.GetValue(common.Published);
            var settings = common.RunSettings(parse) with { Corpora = parse.GetValue(corpora) ?? [] };
            bool terminal = settings.OutputPath is null && console.OutIsTerminal;
            var chosen = parse.GetValue(format) ?? (terminal ? Table : Json);

            var articles = new List<ArticleEvents>();
            var seen = new Dictionary<string, string>(StringComparer.Ordinal);
            return DocumentRunner.Run(
                console,
                settings,
                document => extractor.Extract(new Article(DocumentName(document), document.Text, document.Dct ?? published)),
                (document, article, _) =>
                {
                    if (!seen.TryAdd(article.Id, document.Location))
                        return $"document id \"{article.Id}\" was already read from {seen[article.Id]}; this one is skipped.";
                    articles.Add(article);
                    return null;
                },
                output =>
                {
                    var timeline = EventTimeline.From(articles);
                    if (chosen == Json) TimelineJsonWriter.Write(output, timeline);
                    else TimelineTable.Write(output, timeline, terminal);
                });
        });
        return command;
    }

    /// <summary>The document id: a text file's name, a JSON line's <c>id</c>, or for a line without one, <c>FILE:LINE</c>.</summary>
    private static string DocumentName(InputDocument document) =>
        document.Id.AsText() ?? $"{Path.GetFileNameWithoutExtension(document.Source)}:{document.Line}";
}
