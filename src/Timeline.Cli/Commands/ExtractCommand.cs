using System.CommandLine;
using Timeline.Cli.Inputs;
using Timeline.Cli.Output;
using Timeline.Cli.Processing;
using Timeline.Events;
using Timeline.Timelines;

namespace Timeline.Cli.Commands;

/// <summary>
/// <c>timeline extract [INPUT...]</c>: reads articles, finds their events, merges them across articles into one
/// timeline, and prints it as a table (on a terminal) or writes it as JSON.
/// </summary>
internal static class ExtractCommand
{
    public const string Name = "extract";

    public static readonly string[] Examples =
    [
        "timeline extract samples                                 # a table of the events of every .txt article",
        "timeline extract samples --format json -o timeline.json",
        "timeline extract samples --format ics -o timeline.ics      # for a calendar (html, timelinejs, plover too)",
        "timeline extract --input corpus.jsonl --format json      # {\"id\", \"dct\", \"text\"} per line",
        "timeline extract articles/ --published 2023-09-22        # a date for articles that state none",
        "timeline extract new/ --merge timeline.json -o timeline.json  # add new articles to a saved timeline",
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
        var formats = new FormatOptions();
        var merge = new Option<string[]>("--merge", "-m")
        {
            Description = "A timeline saved by 'extract --format json' to merge the new articles into. Can be repeated.",
            HelpName = "TIMELINE.json",
            Arity = ArgumentArity.OneOrMore,
        };

        var command = new Command(Name, "Find the events of the articles (type, status, date, participants, place, evidence), merge "
            + "the mentions of the same event across articles, and print the timeline: a table by date, or JSON {\"documents\", \"events\"}. "
            + "A text file's document id is its file name without extension; a JSON line's is its \"id\".");
        command.Add(corpora);
        formats.AddTo(command);
        command.Add(merge);
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var extractor = English.English.CreateExtractor(common.TaggerOptions(parse));
            var published = parse.GetValue(common.Published);
            var settings = common.RunSettings(parse) with { Corpora = parse.GetValue(corpora) ?? [] };
            bool terminal = settings.OutputPath is null && console.OutIsTerminal;
            var chosen = formats.Settings(parse, console, terminal, settings.Jobs);
            if (chosen is null) return ExitCodes.Usage;

            var saved = new List<EventTimeline>();
            foreach (var name in parse.GetValue(merge) ?? [])
            {
                var read = SavedTimeline.Read(console, name);
                if (read.Error is not null)
                {
                    // Merging into a timeline that cannot be read would silently drop it from the result: stop here.
                    Messages.Error(console, $"{name}: {read.Error}");
                    return ExitCodes.Usage;
                }
                saved.Add(read.Timeline!);
            }

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
                    // One build over the new articles and the saved timelines' documents and mentions.
                    var timeline = saved.Count == 0
                        ? EventTimeline.From(articles, settings.Jobs)
                        : EventTimeline.Build(
                            articles.Select(a => new TimelineDocument(a.Id, a.Publication.Date, a.Publication.Source)).Concat(saved.SelectMany(t => t.Documents)),
                            articles.SelectMany(a => a.Observations).Concat(saved.SelectMany(t => t.Observations)),
                            settings.Jobs);
                    var note = TimelineFormats.Write(output, timeline, chosen);
                    if (note is not null) console.Error.WriteLine($"{Messages.Program}: {note}");
                });
        });
        return command;
    }

    /// <summary>The document id: a text file's name, a JSON line's <c>id</c>, or for a line without one, <c>FILE:LINE</c>.</summary>
    private static string DocumentName(InputDocument document) =>
        document.Id.AsText() ?? $"{Path.GetFileNameWithoutExtension(document.Source)}:{document.Line}";
}
