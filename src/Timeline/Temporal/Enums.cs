namespace Timeline.Temporal;

/// <summary>The TIMEX3 type of an expression.</summary>
public enum TimexType
{
    /// <summary>A calendar date or period: a day, week, month, quarter, season, year, decade.</summary>
    Date,
    /// <summary>A time of day, or a part of a day (<c>this morning</c>).</summary>
    Time,
    /// <summary>A length of time (<c>four years</c>).</summary>
    Duration,
    /// <summary>A recurring time (<c>every year</c>, <c>weekly</c>).</summary>
    Set,
}

/// <summary>How fine a resolved value is, from a century down to a minute.</summary>
public enum Precision
{
    /// <summary>Nothing resolved (durations, sets, references such as "now").</summary>
    None,
    /// <summary>A century.</summary>
    Century,
    /// <summary>A decade.</summary>
    Decade,
    /// <summary>A year.</summary>
    Year,
    /// <summary>A half year.</summary>
    HalfYear,
    /// <summary>A season of a year.</summary>
    Season,
    /// <summary>A quarter of a year.</summary>
    Quarter,
    /// <summary>A month.</summary>
    Month,
    /// <summary>An ISO week (Monday to Sunday), or part of one.</summary>
    Week,
    /// <summary>One day, or a span of days.</summary>
    Day,
    /// <summary>A part of a day (morning, night).</summary>
    PartOfDay,
    /// <summary>A time to the hour or minute.</summary>
    Minute,
}

/// <summary>How an expression got its absolute value.</summary>
public enum Anchoring
{
    /// <summary>The text alone gives the value (<c>June 8, 2019</c>, <c>2011</c>, <c>four years</c>).</summary>
    Self,
    /// <summary>Resolved against the publication (reference) date (<c>on Friday</c>, <c>last month</c>).</summary>
    PublicationDate,
    /// <summary>Resolved against another expression of the text (<c>two days later</c>, <c>its 70th anniversary</c>).</summary>
    OtherExpression,
    /// <summary>Not resolvable from what is known: the value contains X (or is a reference word such as PRESENT_REF).</summary>
    Unresolved,
}

/// <summary>The tense a sentence gives a time expression.</summary>
public enum Tense
{
    /// <summary>No cue in the sentence: news defaults apply (weekdays look back; bare month-days take the nearest year).</summary>
    Unmarked,
    /// <summary>Past: a past-tense verb governs the expression.</summary>
    Past,
    /// <summary>Present.</summary>
    Present,
    /// <summary>Future: a plan, a forecast or a schedule.</summary>
    Future,
}

/// <summary>Which week, relative to the reference date's week, a named weekday or period lies in.</summary>
public enum Shift
{
    /// <summary>Not said: tense decides (<c>on Friday</c>).</summary>
    None,
    /// <summary>This one (<c>this Friday</c>, <c>this week</c>).</summary>
    This,
    /// <summary>The previous one (<c>last Friday</c>).</summary>
    Last,
    /// <summary>The following one (<c>next Friday</c>).</summary>
    Next,
    /// <summary>The first one after the reference date, whatever the tense (<c>this coming Tuesday</c>).</summary>
    Coming,
}

/// <summary>Units of time.</summary>
public enum TemporalUnit
{
    /// <summary>A second.</summary>
    Second,
    /// <summary>A minute.</summary>
    Minute,
    /// <summary>An hour.</summary>
    Hour,
    /// <summary>A day.</summary>
    Day,
    /// <summary>A week.</summary>
    Week,
    /// <summary>A weekend.</summary>
    Weekend,
    /// <summary>A month.</summary>
    Month,
    /// <summary>A quarter.</summary>
    Quarter,
    /// <summary>A half year.</summary>
    Half,
    /// <summary>A season.</summary>
    Season,
    /// <summary>A year.</summary>
    Year,
    /// <summary>Ten years.</summary>
    Decade,
    /// <summary>A hundred years.</summary>
    Century,
    /// <summary>A thousand years.</summary>
    Millennium,
}

/// <summary>A part of a period (TIMEX3 <c>mod</c> START / MID / END), or its part before/after the reference date.</summary>
public enum PeriodPart
{
    /// <summary>The whole period.</summary>
    Whole,
    /// <summary>The early part (<c>early April</c>, <c>the beginning of 2020</c>).</summary>
    Early,
    /// <summary>The middle (<c>mid-2020</c>).</summary>
    Middle,
    /// <summary>The late part (<c>late 2023</c>, <c>the end of the year</c>).</summary>
    Late,
    /// <summary>The part before the reference date (<c>earlier this week</c>).</summary>
    BeforeReference,
    /// <summary>The part after the reference date (<c>later this month</c>).</summary>
    AfterReference,
}

/// <summary>Seasons (northern hemisphere, as TIMEX3 writes them).</summary>
public enum Season
{
    /// <summary>Spring (SP).</summary>
    Spring,
    /// <summary>Summer (SU).</summary>
    Summer,
    /// <summary>Autumn (FA).</summary>
    Fall,
    /// <summary>Winter (WI).</summary>
    Winter,
}

/// <summary>Parts of a day (TIMEX3 MO / MI / AF / EV / NI).</summary>
public enum DayPart
{
    /// <summary>Morning (MO).</summary>
    Morning,
    /// <summary>Midday (MI).</summary>
    Midday,
    /// <summary>Afternoon (AF).</summary>
    Afternoon,
    /// <summary>Evening (EV).</summary>
    Evening,
    /// <summary>Night (NI).</summary>
    Night,
}

/// <summary>Which way an offset points.</summary>
public enum Direction
{
    /// <summary>Back in time (<c>ago</c>, <c>earlier</c>, <c>before</c>).</summary>
    Before,
    /// <summary>Forward in time (<c>later</c>, <c>after</c>, <c>in four years</c> about the future).</summary>
    After,
}

/// <summary>What an offset is counted from.</summary>
public enum OffsetAnchor
{
    /// <summary>The reference (publication) date: <c>four years ago</c>.</summary>
    Reference,
    /// <summary>The last date the text mentioned: <c>two days later</c>, <c>the day before</c>.</summary>
    Discourse,
}

/// <summary>A TIMEX3 reference word value.</summary>
public enum ReferenceKind
{
    /// <summary>PRESENT_REF (<c>now</c>, <c>currently</c>).</summary>
    Present,
    /// <summary>PAST_REF (<c>recently</c>, <c>the past</c>).</summary>
    Past,
    /// <summary>FUTURE_REF (<c>the future</c>, <c>soon</c>).</summary>
    Future,
}

/// <summary>Qualifiers of a duration or point (TIMEX3 <c>mod</c>).</summary>
public enum Modifier
{
    /// <summary>None.</summary>
    None,
    /// <summary>About, around (APPROX).</summary>
    Approximately,
    /// <summary>More than (MORE_THAN).</summary>
    MoreThan,
    /// <summary>Less than (LESS_THAN).</summary>
    LessThan,
    /// <summary>At least (EQUAL_OR_MORE).</summary>
    AtLeast,
    /// <summary>At most, up to (EQUAL_OR_LESS).</summary>
    AtMost,
    /// <summary>The start of a period (START).</summary>
    Start,
    /// <summary>The middle of a period (MID).</summary>
    Mid,
    /// <summary>The end of a period (END).</summary>
    End,
}
