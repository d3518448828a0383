using NodaTime;

namespace Timeline.Temporal;

/// <summary>
/// A temporal expression found in a text and resolved: its span, TIMEX3 type and value, precision,
/// the interval of days it denotes, and how it was anchored. Immutable.
/// </summary>
public sealed record TemporalExpression
{
    /// <summary>Where the expression stands in the text (UTF-16 code units, end exclusive).</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The expression as written.</summary>
    public required string Text { get; init; }

    /// <summary>TIMEX3 type.</summary>
    public required TimexType Type { get; init; }

    /// <summary>
    /// TIMEX3 value: <c>2019-06-07</c>, <c>2019-W23</c>, <c>2019-04</c>, <c>P4Y</c>, <c>2023-Q3</c>,
    /// <c>2019-06-07T13:53</c>, <c>PRESENT_REF</c>; X marks what could not be resolved (<c>XXXX-WXX-5</c>).
    /// </summary>
    public required string Value { get; init; }

    /// <summary>How fine the resolved value is; <see cref="Precision.None"/> for durations, sets and references.</summary>
    public required Precision Precision { get; init; }

    /// <summary>The days the expression denotes (inclusive start and end), or null when unresolved or not a date.</summary>
    public DateInterval? Interval { get; init; }

    /// <summary>The time of day, for a clock time.</summary>
    public LocalTime? Time { get; init; }

    /// <summary>How the value was anchored.</summary>
    public required Anchoring Anchoring { get; init; }

    /// <summary>The tense the sentence gave the expression.</summary>
    public Tense Tense { get; init; }

    /// <summary>TIMEX3 mod: approximate, more than, start/mid/end of a period.</summary>
    public Modifier Modifier { get; init; }

    /// <summary>For a duration, its length as a NodaTime period (null when the amount is unspecified).</summary>
    public Period? Duration { get; init; }

    /// <summary>When this expression is one end of a written range, the whole range's days.</summary>
    public DateInterval? Range { get; init; }

    /// <summary>For an anniversary, the days of what it commemorates (the fourth anniversary on 2023-04-25 → 2019-04-25).</summary>
    public DateInterval? Commemorates { get; init; }

    /// <summary>The name of the rule that recognized it, for diagnostics and tests.</summary>
    public required string Rule { get; init; }

    /// <summary>True when the value is fully resolved (contains no X and is not a reference word).</summary>
    public bool IsResolved => Anchoring != Anchoring.Unresolved;
}
