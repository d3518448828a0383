using NodaTime;

namespace Timeline.Cli.Inputs;

/// <summary>One unit of input, in input order: a document to process or a line that could not be read as one.</summary>
/// <param name="Source">Where it came from, as the user would name it: a path, or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Line">Its 1-based line in a JSON Lines source; 0 for a whole text file.</param>
internal abstract record InputItem(string Source, int Line)
{
    /// <summary><c>FILE:LINE</c>, or just <c>FILE</c> for a whole file: the prefix of messages about this item.</summary>
    public string Location => Line > 0 ? $"{Source}:{Line}" : Source;

    /// <summary>How many bytes of its source this item took (for progress reports).</summary>
    public long Bytes { get; init; }
}

/// <summary>A document: its id (echoed unchanged), its own publication date if it has one, and its text.</summary>
/// <param name="Source">Where it came from.</param>
/// <param name="Line">Its line in a JSON Lines source; 0 for a text file.</param>
/// <param name="Id">The id to echo.</param>
/// <param name="Dct">The document creation time (publication date) it carries, if any.</param>
/// <param name="Text">The text.</param>
internal sealed record InputDocument(string Source, int Line, DocumentId Id, LocalDate? Dct, string Text) : InputItem(Source, Line);

/// <summary>
/// A JSON Lines record as read, not yet parsed: it is parsed (<see cref="InputReader.Parse"/>) where it is processed, on
/// a worker thread, so that the one thread reading the input only splits lines.
/// </summary>
internal sealed record InputLine(string Source, int Line, string Json) : InputItem(Source, Line);

/// <summary>An input line that is not a document (not JSON, no <c>text</c>, a bad <c>dct</c>).</summary>
/// <param name="Source">Where it came from.</param>
/// <param name="Line">Its line.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
internal sealed record InputError(string Source, int Line, string Message) : InputItem(Source, Line);
