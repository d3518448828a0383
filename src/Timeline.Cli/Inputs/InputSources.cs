namespace Timeline.Cli.Inputs;

/// <summary>
/// Turns the INPUT arguments of a verb into sources: <c>-</c> (or nothing) is standard input; a directory stands for
/// its <c>*.txt</c>, <c>*.html</c>, <c>*.htm</c> and <c>*.jsonl</c> files, recursively, in ordinal order of their
/// paths; a <c>.txt</c> file is one article, an <c>.html</c>/<c>.htm</c> file one article as a web page; any other
/// file is JSON Lines.
/// </summary>
internal static class InputSources
{
    /// <summary>The extension of plain-text articles.</summary>
    public const string TextExtension = ".txt";

    /// <summary>The extensions of articles saved as web pages.</summary>
    public static readonly string[] HtmlExtensions = [".html", ".htm"];

    /// <summary>The extension of JSON Lines files picked up from directories.</summary>
    public const string JsonLinesExtension = ".jsonl";

    /// <summary>Resolves <paramref name="arguments"/>; on failure returns null and says why in <paramref name="error"/>.</summary>
    public static List<InputSource>? Resolve(IReadOnlyList<string> arguments, out string? error) =>
        Resolve(arguments, [], out error);

    /// <summary>
    /// Resolves <paramref name="corpora"/> (files read as JSON Lines whatever their extension; <c>-</c> is standard
    /// input), then <paramref name="arguments"/>. Standard input is read when both are empty. On failure returns null
    /// and says why in <paramref name="error"/>.
    /// </summary>
    public static List<InputSource>? Resolve(IReadOnlyList<string> arguments, IReadOnlyList<string> corpora, out string? error)
    {
        error = null;
        var sources = new List<InputSource>();
        if (arguments.Count == 0 && corpora.Count == 0)
        {
            sources.Add(InputSource.StandardInput);
            return sources;
        }
        foreach (var corpus in corpora)
        {
            if (corpus == "-")
            {
                sources.Add(InputSource.StandardInput);
            }
            else if (File.Exists(corpus))
            {
                sources.Add(new InputSource(corpus, InputFormat.JsonLines));
            }
            else
            {
                error = $"no such file: '{corpus}'";
                return null;
            }
        }
        foreach (var argument in arguments)
        {
            if (argument == "-")
            {
                sources.Add(InputSource.StandardInput);
            }
            else if (Directory.Exists(argument))
            {
                try
                {
                    sources.AddRange(FromDirectory(argument));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error = $"cannot read directory '{argument}': {e.Message}";
                    return null;
                }
            }
            else if (File.Exists(argument))
            {
                sources.Add(new InputSource(argument, FormatOf(argument)));
            }
            else if (argument.StartsWith('-'))
            {
                error = $"unknown option '{argument}'";
                return null;
            }
            else
            {
                error = $"no such file or directory: '{argument}'";
                return null;
            }
        }
        return sources;
    }

    private static IEnumerable<InputSource> FromDirectory(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = false };
        var files = Directory.EnumerateFiles(directory, "*", options)
            .Where(f => FormatOf(f) != InputFormat.JsonLines || HasExtension(f, JsonLinesExtension))
            .ToList();
        files.Sort(StringComparer.Ordinal);
        return files.Select(f => new InputSource(f, FormatOf(f)));
    }

    private static InputFormat FormatOf(string path) =>
        HasExtension(path, TextExtension) ? InputFormat.Text
        : HtmlExtensions.Any(e => HasExtension(path, e)) ? InputFormat.Html
        : InputFormat.JsonLines;

    /// <summary>The total size in bytes of <paramref name="sources"/>, or null when one is standard input or cannot be measured.</summary>
    public static long? TotalBytes(IEnumerable<InputSource> sources)
    {
        long total = 0;
        foreach (var source in sources)
        {
            if (source.Path is null) return null;
            try
            {
                total += new FileInfo(source.Path).Length;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
        return total;
    }

    private static bool HasExtension(string path, string extension) =>
        Path.GetExtension(path).Equals(extension, StringComparison.OrdinalIgnoreCase);
}
