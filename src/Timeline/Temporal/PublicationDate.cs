using NodaTime;

namespace Timeline.Temporal;

/// <summary>Where an article's publication date came from.</summary>
public enum PublicationDateSource
{
    /// <summary>No date: relative expressions stay unresolved.</summary>
    None,
    /// <summary>Given by the caller (always wins).</summary>
    Caller,
    /// <summary>Found in the article's own text: a dateline, an "Updated:" line, a date line near the top.</summary>
    Dateline,
}

/// <summary>An article's publication (reference) date and where it came from.</summary>
/// <param name="Date">The date, or null when none is known.</param>
/// <param name="Source">Where it came from.</param>
/// <param name="Span">For a date found in the text, where it stands.</param>
public sealed record PublicationDate(LocalDate? Date, PublicationDateSource Source, TextSpan? Span = null)
{
    /// <summary>No date known.</summary>
    public static PublicationDate None { get; } = new(null, PublicationDateSource.None);
}

/// <summary>A note about the input: something the tagger could not read as the text seems to mean.</summary>
/// <param name="Span">Where in the text.</param>
/// <param name="Message">What is wrong, in one sentence.</param>
public sealed record Diagnostic(TextSpan Span, string Message);

/// <summary>The result of tagging one text: its expressions, its publication date, and diagnostics.</summary>
/// <param name="Expressions">The temporal expressions, in text order.</param>
/// <param name="Publication">The reference date used and where it came from.</param>
/// <param name="Diagnostics">Notes about input that could not be read as it seems to mean.</param>
public sealed record TaggingResult(
    IReadOnlyList<TemporalExpression> Expressions,
    PublicationDate Publication,
    IReadOnlyList<Diagnostic> Diagnostics);
