using NodaTime;

namespace Timeline.Temporal;

/// <summary>
/// An underspecified temporal value: what a rule recognized, before any reference date is known
/// ("a Friday", "April of some year", "four years before something"). The resolver turns it into
/// absolute dates. Language rules build these; the engine never sees the words they came from.
/// </summary>
public abstract record TemporalSpec;

/// <summary>A calendar date with possibly missing parts: <c>June 8, 2019</c>, <c>June 8</c>, <c>2019</c>, <c>the 25th</c>.</summary>
/// <param name="Year">The year, if written.</param>
/// <param name="Month">The month (1–12), if written.</param>
/// <param name="Day">The day of month, if written.</param>
/// <param name="Weekday">A weekday written beside the date (<c>Tuesday, April 25</c>), used to pick the year.</param>
/// <param name="Shift">For a year-less date, <c>last April</c> (the latest before the reference month), <c>next April</c>, <c>this April</c>.</param>
public sealed record DateSpec(int? Year, int? Month, int? Day, IsoDayOfWeek? Weekday = null, Shift Shift = Shift.None) : TemporalSpec;

/// <summary>A decade: <c>the 1990s</c> (<paramref name="FirstYear"/> 1990).</summary>
public sealed record DecadeSpec(int FirstYear) : TemporalSpec;

/// <summary>A century: <c>the 20th century</c> (<paramref name="Number"/> 20).</summary>
public sealed record CenturySpec(int Number) : TemporalSpec;

/// <summary>A named weekday, maybe shifted: <c>Friday</c>, <c>last Wednesday</c>, <c>next Tuesday</c>.</summary>
public sealed record WeekdaySpec(IsoDayOfWeek Day, Shift Shift = Shift.None) : TemporalSpec;

/// <summary>
/// A weekday counted from the day the text is about (else the reference date): <c>the previous Friday</c>
/// (<see cref="Direction.Before"/>), <c>the following Monday</c> (<see cref="Direction.After"/>).
/// </summary>
public sealed record AnchoredWeekdaySpec(IsoDayOfWeek Day, Direction Direction) : TemporalSpec;

/// <summary>
/// A yearly day that falls on a weekday: the first <paramref name="Weekday"/> on or after <paramref name="Month"/>/<paramref name="FromDay"/>
/// (a holiday such as the fourth Thursday of November: Thursday on or after November 22).
/// </summary>
/// <param name="Month">The month (1–12).</param>
/// <param name="FromDay">The earliest day of the month it can fall on.</param>
/// <param name="Weekday">The weekday it falls on.</param>
/// <param name="Shift"><c>last Thanksgiving</c> (the latest before the reference), <c>next Thanksgiving</c>, or none.</param>
public sealed record FloatingDaySpec(int Month, int FromDay, IsoDayOfWeek Weekday, Shift Shift = Shift.None) : TemporalSpec;

/// <summary>A day counted from the reference date: <c>today</c> (0), <c>yesterday</c> (−1), <c>tomorrow</c> (+1).</summary>
public sealed record DayOffsetSpec(int Days) : TemporalSpec;

/// <summary>A calendar period relative to the reference date's: <c>this week</c> (0), <c>last month</c> (−1), <c>next year</c> (+1).</summary>
public sealed record RelativePeriodSpec(TemporalUnit Unit, int Offset) : TemporalSpec;

/// <summary>A weekend: <c>the weekend</c>, <c>last weekend</c>.</summary>
public sealed record WeekendSpec(Shift Shift = Shift.None) : TemporalSpec;

/// <summary>The calendar week that holds a day: <c>the week of March 6</c>.</summary>
/// <param name="Day">The day (a month-day, a full date, a weekday…).</param>
public sealed record WeekOfSpec(TemporalSpec Day) : TemporalSpec;

/// <summary>
/// A numbered part of a year: quarter (1–4), half (1–2) or season; <paramref name="Year"/> is the year it
/// belongs to (<c>Q3 2023</c>, <c>summer 2019</c>, <c>the first half of last year</c>) or null when implied.
/// </summary>
public sealed record YearPartSpec(TemporalUnit Unit, int Number, TemporalSpec? Year = null) : TemporalSpec;

/// <summary>Part of another period: <c>early April</c>, <c>mid-2020</c>, <c>earlier this week</c>.</summary>
public sealed record PartSpec(TemporalSpec Inner, PeriodPart Part) : TemporalSpec;

/// <summary>
/// A length of time: <c>four years</c>, <c>more than four hours</c>, <c>several weeks</c>
/// (<paramref name="Amount"/> null: an unspecified number).
/// </summary>
public sealed record DurationSpec(decimal? Amount, TemporalUnit Unit, Modifier Modifier = Modifier.None) : TemporalSpec;

/// <summary>
/// A point a duration away from an anchor, at the duration's unit granularity:
/// <c>four years ago</c>, <c>in four years</c> (future), <c>two days later</c>, <c>the day before</c>.
/// </summary>
public sealed record OffsetSpec(DurationSpec Amount, Direction Direction, OffsetAnchor Anchor) : TemporalSpec;

/// <summary>
/// A point the text names by reference to the last mentioned date: <c>that day</c>, <c>the same month</c>.
/// </summary>
public sealed record SameAsAnchorSpec(TemporalUnit Unit) : TemporalSpec;

/// <summary>
/// The N-th anniversary of something: resolved from a date or year in the same sentence. When
/// <paramref name="NamesItsSubject"/> ("the 100th anniversary of Australian federation"), only a year after it (in that
/// name) says what it commemorates; otherwise a year before it does ("signed in 1961, … its 60th anniversary").
/// </summary>
public sealed record AnniversarySpec(int Ordinal, bool NamesItsSubject = false) : TemporalSpec;

/// <summary>
/// A range written as one phrase: <c>June 18-19</c>, <c>from Tuesday to Thursday</c>, <c>between 2019 and 2021</c>.
/// Each end keeps its own span; the end inherits what it omits from the start (<c>June 18-19</c>).
/// </summary>
public sealed record RangeSpec(TemporalSpec From, TemporalSpec To, TextSpan FromSpan, TextSpan ToSpan) : TemporalSpec;

/// <summary>A time of day on an optional date: <c>13:53</c>, <c>10 a.m.</c>, <c>Friday night</c>, <c>this morning</c>.</summary>
/// <param name="Date">The day, if written (<c>Friday</c>); null means the reference day.</param>
/// <param name="Hour">Hour 0–23, if written.</param>
/// <param name="Minute">Minute, if written.</param>
/// <param name="Part">A part of the day, if written instead of a clock time.</param>
public sealed record TimeSpec(TemporalSpec? Date, int? Hour, int? Minute, DayPart? Part = null) : TemporalSpec;

/// <summary>A recurrence: <c>every year</c>, <c>weekly</c>, <c>every Friday</c> (<paramref name="Each"/> the weekday).</summary>
public sealed record SetSpec(TemporalUnit Unit, int Every = 1, TemporalSpec? Each = null) : TemporalSpec;

/// <summary>A TIMEX3 reference word: <c>now</c>, <c>recently</c>, <c>the future</c>.</summary>
public sealed record ReferenceSpec(ReferenceKind Kind) : TemporalSpec;

/// <summary>A fiscal year: <c>fiscal 1998</c>; valued as the plain year, as TimeML corpora do.</summary>
public sealed record FiscalYearSpec(TemporalSpec Year) : TemporalSpec;

/// <summary>A span of text: start index and exclusive end, in UTF-16 code units.</summary>
/// <param name="Start">Index of the first code unit.</param>
/// <param name="End">Index just past the last code unit.</param>
public readonly record struct TextSpan(int Start, int End)
{
    /// <summary>Length in code units.</summary>
    public int Length => End - Start;

    /// <summary>Whether this span and <paramref name="other"/> share at least one code unit.</summary>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}

/// <summary>
/// An all-numeric date whose day/month order is ambiguous (<c>06/08/2019</c>): the resolver applies
/// <see cref="TaggerOptions"/>'s date order. A first number above 12 forces day-first, a second above 12 month-first.
/// </summary>
public sealed record NumericDateSpec(int First, int Second, int Year) : TemporalSpec;

/// <summary>
/// A phrase whose reading depends on tense: <c>in four years</c> is a date four years ahead in a plan and a
/// duration in a report (<c>the first summit in four years</c>).
/// </summary>
public sealed record TenseChoiceSpec(TemporalSpec IfFuture, TemporalSpec Otherwise) : TemporalSpec;
