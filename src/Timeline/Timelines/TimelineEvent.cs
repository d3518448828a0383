using Timeline.Events;

namespace Timeline.Timelines;

/// <summary>
/// One real-world event of a timeline: its type, status, the most precise consistent date of its mentions (or a date
/// derived through a merge or a related event, saying so), participants, place and every mention. Immutable.
/// </summary>
public sealed record TimelineEvent
{
    /// <summary>
    /// A stable id: the same mentions give the same id on every run. It is made from the mention in the earliest published
    /// document, so newer articles joining the event leave it unchanged.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>The event type.</summary>
    public required EventType Type { get; init; }

    /// <summary>The PLOVER category of the type.</summary>
    public PloverCategory Plover => Events.Plover.Of(Type);

    /// <summary>Happened, planned or uncertain.</summary>
    public required EventStatus Status { get; init; }

    /// <summary>A short title: the type and the main participants ("Summit: Kim Jong Un, Vladimir Putin").</summary>
    public required string Title { get; init; }

    /// <summary>The date, or null when unknown.</summary>
    public EventDate? Date { get; init; }

    /// <summary>How the date was found.</summary>
    public DateSource DateSource { get; init; }

    /// <summary>Dates of mentions that disagree with <see cref="Date"/>: kept, never silently dropped.</summary>
    public IReadOnlyList<EventDate> ConflictingDates { get; init; } = [];

    /// <summary>The participants, people first.</summary>
    public required IReadOnlyList<Participant> Participants { get; init; }

    /// <summary>The place, if named.</summary>
    public string? Location { get; init; }

    /// <summary>Every mention, ordered by document and position.</summary>
    public required IReadOnlyList<Observation> Mentions { get; init; }
}
