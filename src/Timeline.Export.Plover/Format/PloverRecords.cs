using NodaTime.Text;
using Timeline.Events;
using Timeline.Timelines;

namespace Timeline.Export.Plover.Format;

/// <summary>Maps a timeline event to its PLOVER record.</summary>
internal static class PloverRecords
{
    private static readonly LocalDatePattern Day = LocalDatePattern.Iso;

    /// <summary>The record of a dated event whose type has a PLOVER category.</summary>
    public static PloverRecord From(TimelineEvent e)
    {
        var date = e.Date ?? throw new ArgumentException("PLOVER requires a date", nameof(e));
        var category = Timeline.Events.Plover.Name(e.Plover);
        return new PloverRecord(
            Id: e.Id,
            Date: Day.Format(date.Start),
            Enddate: date.End == date.Start ? null : Day.Format(date.End),
            Precision: Lower(date.Precision),
            EventType: category,
            Event: [category],
            QuadCode: QuadCode(e.Plover) ?? throw new ArgumentException("the type has no PLOVER category", nameof(e)),
            // The PLOVER CONSULT modes are visit, third-party, multilateral and phone; only a visit is known here.
            Mode: e.Type == EventType.Visit ? "visit" : null,
            Context: e.Status == EventStatus.Planned ? ["future"] : [],
            Status: Lower(e.Status),
            DateSource: Lower(e.DateSource),
            TimelineType: Lower(e.Type),
            // The manual codes every participant of a consultation as a source when no host is named, and names no
            // recipient; Timeline does not tell hosts from guests, so it does so for every category.
            Source: e.Participants.Select(p => new ActorDto(p.Name, Lower(p.Kind), p.Role)).ToList(),
            Recipient: [],
            EventLoc: e.Location is null ? null : new LocationDto(e.Location),
            EventText: e.Mentions.Select(m => m.Text).ToList(),
            TextInfo: e.Mentions.Select(m => new TextInfoDto(m.Document, m.Span.Start, m.Span.End)).ToList());
    }

    /// <summary>
    /// The PLOVER quad category (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict),
    /// or null for <see cref="PloverCategory.Other"/>, which is not a PLOVER category.
    /// </summary>
    public static int? QuadCode(PloverCategory category) => category switch
    {
        PloverCategory.Consult or PloverCategory.Agree or PloverCategory.Support => 1,
        PloverCategory.Aid => 2,
        PloverCategory.Sanction => 3,
        PloverCategory.Mobilize => 4,
        _ => null,
    };

    // Enum names are fixed ASCII identifiers, so lower-casing them is culture-free.
    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
}
