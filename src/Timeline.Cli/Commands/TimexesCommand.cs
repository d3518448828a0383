using System.CommandLine;
using Timeline.Cli.Inputs;
using Timeline.Cli.Output;
using Timeline.Cli.Processing;

namespace Timeline.Cli.Commands;

/// <summary>
/// <c>timeline timexes [INPUT...]</c>: one JSON line per document with its temporal expressions (TIMEX3 type and
/// value, precision, anchoring) resolved against the document's publication date.
/// </summary>
internal static class TimexesCommand
{
    public const string Name = "timexes";

    public static readonly string[] Examples =
    [
        "timeline timexes samples                                 # every .txt article; dates found in the text",
        "timeline timexes articles.jsonl -o timexes.jsonl",
        "cat articles.jsonl | timeline timexes --published 2023-09-22",
        "echo '{\"id\": 1, \"dct\": \"2019-06-08\", \"text\": \"He met Putin on Friday.\"}' | timeline timexes",
    ];

    public static Command Create(CliConsole console)
    {
        var common = new CommonOptions();
        var command = new Command(Name, "Find the temporal expressions of each document and resolve them against its publication date. "
            + "Writes one JSON line per document, in input order: {\"id\", \"dct\", \"dctSource\", \"timexes\": "
            + "[{\"start\", \"end\", \"text\", \"type\", \"value\", \"precision\", \"anchoring\"}]}.");
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var tagger = English.English.CreateTagger(common.TaggerOptions(parse));
            var published = parse.GetValue(common.Published);
            return DocumentRunner.Run(console, common.RunSettings(parse), document =>
            {
                var result = tagger.Tag(document.Text, document.Dct ?? published);
                return JsonLine.Build(w => TimexesJson.Write(w, document.Id, result));
            });
        });
        return command;
    }
}
