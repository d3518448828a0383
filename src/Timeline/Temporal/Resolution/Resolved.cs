using NodaTime;

namespace Timeline.Temporal.Resolution;

/// <summary>The outcome of resolving one value: what becomes a <see cref="TemporalExpression"/> once it has a span.</summary>
internal readonly record struct Resolved(
    TimexType Type,
    string Value,
    Precision Precision,
    DateInterval? Interval,
    Anchoring Anchoring,
    Modifier Modifier = Modifier.None,
    LocalTime? Time = null,
    Period? Duration = null,
    DateInterval? Commemorates = null)
{
    public bool IsDate => Interval is not null && Anchoring != Anchoring.Unresolved;

    public static Resolved Unresolved(TimexType type, string value, Precision precision = Precision.None) =>
        new(type, value, precision, null, Anchoring.Unresolved);
}
