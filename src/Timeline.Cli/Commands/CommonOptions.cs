using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Timeline.Cli.Processing;
using Timeline.Temporal;

namespace Timeline.Cli.Commands;

/// <summary>The INPUT argument and the options every document verb takes, defined once so the verbs agree.</summary>
internal sealed class CommonOptions
{
    public Argument<string[]> Inputs { get; } = new("INPUT")
    {
        Description = "JSON Lines files ({\"id\", \"dct\", \"text\"} per line), .txt articles, .html/.htm pages (read as their text), "
            + "or directories of them (*.txt, *.html, *.htm and *.jsonl, recursively). '-' or nothing: JSON Lines on standard input.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<LocalDate?> Published { get; } = new("--published")
    {
        Description = "Publication date for every document that has no \"dct\" of its own (instead of finding it in the text).",
        HelpName = "YYYY-MM-DD",
        CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            var parsed = LocalDatePattern.Iso.Parse(token);
            if (parsed.Success) return parsed.Value;
            result.AddError($"--published: '{token}' is not a date YYYY-MM-DD.");
            return null;
        },
    };

    public Option<string> DateOrder { get; } = CreateDateOrder();

    public Option<string?> Output { get; } = new("--output", "-o")
    {
        Description = "Write to FILE instead of standard output; it appears whole, or not at all.",
        HelpName = "FILE",
    };

    public Option<int> Jobs { get; } = CreateJobs();

    public Option<ProgressMode> Progress { get; } = new("--progress")
    {
        Description = "Progress on standard error: auto (a bar on a terminal, else a line every 5 s on long runs), bar, lines or none.",
        HelpName = "auto|bar|lines|none",
        DefaultValueFactory = _ => ProgressMode.Auto,
    };

    public Option<bool> Verbose { get; } = new("--verbose")
    {
        Description = "Print stack traces with errors.",
    };

    /// <summary>Adds the argument and options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Add(Inputs);
        command.Add(Published);
        command.Add(DateOrder);
        command.Add(Output);
        command.Add(Jobs);
        command.Add(Progress);
        command.Add(Verbose);
    }

    /// <summary>Where to read and write.</summary>
    public RunSettings RunSettings(ParseResult parse) =>
        new(parse.GetValue(Inputs) ?? [], parse.GetValue(Output), parse.GetValue(Verbose))
        {
            Jobs = parse.GetValue(Jobs),
            Progress = parse.GetValue(Progress),
        };

    /// <summary>The tagger options the command line asks for.</summary>
    public TaggerOptions TaggerOptions(ParseResult parse) => new()
    {
        DateOrder = parse.GetValue(DateOrder) == "dmy" ? Temporal.DateOrder.DayFirst : Temporal.DateOrder.MonthFirst,
    };

    private static Option<int> CreateJobs()
    {
        var option = new Option<int>("--jobs", "-j")
        {
            Description = $"How many documents to process at once (default: one per core, here {OrderedPipeline.DefaultJobs}). The output order does not depend on it.",
            HelpName = "N",
            DefaultValueFactory = _ => OrderedPipeline.DefaultJobs,
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
                if (int.TryParse(token, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int jobs) && jobs >= 1)
                    return jobs;
                result.AddError($"--jobs: '{token}' is not a number of jobs (1 or more).");
                return 1;
            },
        };
        return option;
    }

    private static Option<string> CreateDateOrder()
    {
        var option = new Option<string>("--date-order")
        {
            Description = "How to read all-numeric dates such as 06/08/2019: mdy (US, June 8) or dmy (8 August).",
            HelpName = "mdy|dmy",
            DefaultValueFactory = _ => "mdy",
        };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (value is not ("mdy" or "dmy")) result.AddError($"--date-order: '{value}' is not mdy or dmy.");
        });
        return option;
    }
}
