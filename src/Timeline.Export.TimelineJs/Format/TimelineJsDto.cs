namespace Timeline.Export.TimelineJs.Format;

// The TimelineJS 3 JSON format (timeline.knightlab.com/docs/json-format.html), the part this exporter writes.
// Names are snake_case and null properties are left out (TimelineJsContext).

/// <summary>The file: a title slide and the event slides.</summary>
internal sealed record TimelineJsFile(SlideDto Title, IReadOnlyList<SlideDto> Events);

/// <summary>A slide. The title slide has no dates, group or id.</summary>
internal sealed record SlideDto(DateDto? StartDate, DateDto? EndDate, TextDto Text, string? Group, string? UniqueId);

/// <summary>A date to the precision known: a year, a month of a year, or a day.</summary>
internal sealed record DateDto(int Year, int? Month, int? Day);

/// <summary>The headline and body of a slide; both are HTML.</summary>
internal sealed record TextDto(string Headline, string Text);
