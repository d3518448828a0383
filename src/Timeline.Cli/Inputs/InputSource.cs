namespace Timeline.Cli.Inputs;

/// <summary>How a source's bytes are read.</summary>
internal enum InputFormat
{
    /// <summary>One JSON object per line: <c>{"id", "dct", "text"}</c>.</summary>
    JsonLines,

    /// <summary>A whole file is one article; its id is the file name without extension, its date is found in its text.</summary>
    Text,

    /// <summary>A whole file is one article saved as a web page; its text is the page's readable text (<see cref="HtmlText"/>).</summary>
    Html,
}

/// <summary>One place documents are read from: a file, or standard input.</summary>
/// <param name="Path">The file's path as the user would name it; null for standard input.</param>
/// <param name="Format">How it is read.</param>
internal sealed record InputSource(string? Path, InputFormat Format)
{
    /// <summary>Standard input, read as JSON Lines.</summary>
    public static InputSource StandardInput { get; } = new(null, InputFormat.JsonLines);

    /// <summary>The name used in messages: the path, or <c>&lt;stdin&gt;</c>.</summary>
    public string Name => Path ?? "<stdin>";
}
