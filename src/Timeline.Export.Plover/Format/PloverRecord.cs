namespace Timeline.Export.Plover.Format;

// One line of the output. Field names follow the JSON data fields of the PLOVER manual (id, date, enddate, event,
// quad_code, mode, context, source, recipient, event_loc, event_text, text_info; actor objects with actor_text and
// office) and POLECAT's event_type; the others (precision, status, date_source, timeline_type, actor_kind,
// text_info's document) are Timeline's own, as the manual allows. Every field is always written (null or [] when
// empty), so each line has the same columns.

/// <summary>A PLOVER event record.</summary>
internal sealed record PloverRecord(
    string Id,
    string Date,
    string? Enddate,
    string Precision,
    string EventType,
    IReadOnlyList<string> Event,
    int QuadCode,
    string? Mode,
    IReadOnlyList<string> Context,
    string Status,
    string DateSource,
    string TimelineType,
    IReadOnlyList<ActorDto> Source,
    IReadOnlyList<ActorDto> Recipient,
    LocationDto? EventLoc,
    IReadOnlyList<string> EventText,
    IReadOnlyList<TextInfoDto> TextInfo);

/// <summary>A PLOVER actor object.</summary>
internal sealed record ActorDto(string ActorText, string ActorKind, string? Office);

/// <summary>A PLOVER location object (GeoNames field names); only the name is known.</summary>
internal sealed record LocationDto(string Name);

/// <summary>Where an evidence sentence of <c>event_text</c> is: the document and its UTF-16 offsets (end exclusive).</summary>
internal sealed record TextInfoDto(string Document, int Start, int End);
