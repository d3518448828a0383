using NodaTime;
using Timeline.Temporal;

namespace Timeline.Events;

/// <summary>An event date: whole days, start ≤ end, and the granularity it is known to.</summary>
/// <param name="Start">First day.</param>
/// <param name="End">Last day (inclusive).</param>
/// <param name="Precision">Granularity.</param>
public sealed record EventDate(LocalDate Start, LocalDate End, DatePrecision Precision)
{
    /// <summary>Whether the two dates share at least one day.</summary>
    public bool Overlaps(EventDate other) => Start <= other.End && other.Start <= End;

    /// <summary>Whether this date lies within <paramref name="other"/>.</summary>
    public bool Within(EventDate other) => Start >= other.Start && End <= other.End;

    /// <summary>Number of days covered.</summary>
    public int Days => Period.DaysBetween(Start, End) + 1;

    /// <summary>The event date of a resolved expression, or null when it has no days or is too vague to date an event (a decade).</summary>
    public static EventDate? From(TemporalExpression e)
    {
        var interval = e.Range ?? e.Interval;
        if (interval is null || e.Anchoring == Anchoring.Unresolved) return null;
        var precision = e.Precision switch
        {
            Temporal.Precision.Day or Temporal.Precision.PartOfDay or Temporal.Precision.Minute => DatePrecision.Day,
            Temporal.Precision.Week => DatePrecision.Week,
            Temporal.Precision.Month or Temporal.Precision.Season or Temporal.Precision.HalfYear => DatePrecision.Month,
            Temporal.Precision.Quarter => DatePrecision.Quarter,
            Temporal.Precision.Year => DatePrecision.Year,
            _ => (DatePrecision?)null,
        };
        if (precision is null) return null;
        if (e.Range is not null && e.Precision == Temporal.Precision.Day) precision = DatePrecision.Day;
        return new EventDate(interval.Start, interval.End, precision.Value);
    }

    /// <inheritdoc />
    public override string ToString() => Start == End ? $"{Start:uuuu-MM-dd}" : $"{Start:uuuu-MM-dd}..{End:uuuu-MM-dd}";
}

/// <summary>A participant of an event: a person (with a role where stated), a country or an organisation.</summary>
/// <param name="Name">The normalised name ("Kim Jong Un", "North Korea").</param>
/// <param name="Kind">What it is.</param>
/// <param name="Role">A role stated in the text ("President", "leader"), if any.</param>
public sealed record Participant(string Name, ParticipantKind Kind, string? Role = null)
{
    // The key is made once with the name (merging compares keys again and again), and again whenever the name is set.
    private readonly string _name = Name;
    private readonly string _key = NameKey(Name);

    /// <summary>The normalised name ("Kim Jong Un", "North Korea").</summary>
    public string Name
    {
        get => _name;
        init
        {
            _name = value;
            _key = NameKey(value);
        }
    }

    /// <summary>The comparison key: lower case, hyphens as spaces.</summary>
    public string Key => _key;

    /// <summary>The comparison key of a name: hyphens become spaces, runs of spaces one space, no space at either end, lower case.</summary>
    public static string NameKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // One pass into a buffer instead of Replace, Split, Join and ToLowerInvariant (five strings per key).
        Span<char> buffer = name.Length <= 128 ? stackalloc char[2 * name.Length] : new char[2 * name.Length];
        int n = 0;
        bool space = false;
        foreach (char c in name)
        {
            if (c is ' ' or '-' or '‐')
            {
                space = n > 0;
                continue;
            }
            if (space) buffer[n++] = ' ';
            space = false;
            buffer[n++] = c;
        }
        var lower = buffer.Slice(name.Length, n);
        ((ReadOnlySpan<char>)buffer[..n]).ToLowerInvariant(lower);
        return new string(lower);
    }
}

/// <summary>
/// One mention of an event, as read from one sentence of one article: the unit a timeline is built from.
/// A timeline keeps every observation, so timelines can be merged again later.
/// </summary>
public sealed record Observation
{
    /// <summary>The document id.</summary>
    public required string Document { get; init; }

    /// <summary>The evidence sentence's span in the document text.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The evidence sentence.</summary>
    public required string Text { get; init; }

    /// <summary>Where the trigger word stands.</summary>
    public required TextSpan Trigger { get; init; }

    /// <summary>The event type.</summary>
    public required EventType Type { get; init; }

    /// <summary>Happened, planned or uncertain.</summary>
    public required EventStatus Status { get; init; }

    /// <summary>The mention's own date (from its sentence), if any.</summary>
    public EventDate? Date { get; init; }

    /// <summary>How the own date was found (<see cref="DateSource.Text"/> or <see cref="DateSource.Publication"/>), or none.</summary>
    public DateSource DateSource { get; init; }

    /// <summary>The temporal expression that dates it, as written.</summary>
    public string? Timex { get; init; }

    /// <summary>The TIMEX3 value of that expression.</summary>
    public string? TimexValue { get; init; }

    /// <summary>The participants named for it.</summary>
    public IReadOnlyList<Participant> Participants { get; init; } = [];

    /// <summary>The place, if named.</summary>
    public string? Location { get; init; }

    /// <summary>Whether <see cref="Location"/> is only a country (weak evidence when merging).</summary>
    public bool LocationIsCountry { get; init; }

    /// <summary>When the mention is dated through another event of its article ("just before the summit"): the relation.</summary>
    public EventRelationKind? Relation { get; init; }

    /// <summary>The trigger span of the related event's mention in the same document.</summary>
    public TextSpan? RelatedTo { get; init; }

    /// <summary>A stable key of this observation: document and trigger position.</summary>
    public string Key => HasUsualKey
        ? string.Create(Document.Length + 14, this, static (span, o) => o.WriteUsualKey(span))
        : $"{Document}\u001f{Trigger.Start:D10}\u001f{(int)Type:D2}";

    /// <summary>
    /// Whether the key has its usual form, a fixed number of digits: the trigger's position is not negative and the type
    /// is below 100. The key is then the document id, U+001F, the position in ten digits, U+001F and the type in two.
    /// </summary>
    internal bool HasUsualKey => Trigger.Start >= 0 && (uint)Type < 100;

    /// <summary>
    /// Writes the key in its usual form (see <see cref="HasUsualKey"/>) into the first <see cref="Document"/>.Length + 14
    /// characters of <paramref name="destination"/>: the text of <see cref="Key"/>, without its string (merging and ids
    /// ask for keys often).
    /// </summary>
    internal void WriteUsualKey(Span<char> destination)
    {
        Document.AsSpan().CopyTo(destination);
        int at = Document.Length;
        destination[at] = '\u001f';
        for (int k = 10, v = Trigger.Start; k >= 1; k--, v /= 10) destination[at + k] = (char)('0' + v % 10);
        destination[at + 11] = '\u001f';
        destination[at + 12] = (char)('0' + (int)Type / 10);
        destination[at + 13] = (char)('0' + (int)Type % 10);
    }
}
