using NodaTime;
using Timeline.Temporal;

namespace Timeline.Events;

/// <summary>An article to read: its id, its text, and its publication date when the caller knows it.</summary>
/// <param name="Id">The document id (a file's name without extension, or the corpus line's id).</param>
/// <param name="Text">The text.</param>
/// <param name="Published">The publication date, if known; otherwise it is looked for in the text.</param>
public sealed record Article(string Id, string Text, LocalDate? Published = null);

/// <summary>What was read from one article: its publication date, the event mentions, and diagnostics.</summary>
/// <param name="Id">The document id.</param>
/// <param name="Publication">The publication date used and where it came from.</param>
/// <param name="Observations">The event mentions found, in text order.</param>
/// <param name="Diagnostics">Notes about text that could not be read as it seems to mean.</param>
public sealed record ArticleEvents(string Id, PublicationDate Publication, IReadOnlyList<Observation> Observations, IReadOnlyList<Diagnostic> Diagnostics);
