using System.Globalization;

namespace Timeline.Export.Html;

/// <summary>The calendar unit of a tick step.</summary>
internal enum TickUnit
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>A tick step: <see cref="Count"/> calendar <see cref="Unit"/>s (weeks start on Monday, years on 1 January).</summary>
internal readonly record struct TickStep(TickUnit Unit, int Count)
{
    /// <summary>The average number of days in one step, to judge how far apart its ticks are.</summary>
    public double ApproxDays => Count * Unit switch
    {
        TickUnit.Day => 1,
        TickUnit.Week => 7,
        TickUnit.Month => 30.436875,
        _ => 365.2425,
    };

    /// <summary>The last boundary on or before day <paramref name="n"/>.</summary>
    public long Floor(long n)
    {
        switch (Unit)
        {
            case TickUnit.Day: return n - CivilDays.FloorMod(n, Count);
            case TickUnit.Week: return n - CivilDays.DayOfWeek(n);
            case TickUnit.Month:
                var (y, m, _) = CivilDays.ToCivil(n);
                long month = y * 12 + m - 1;
                month -= CivilDays.FloorMod(month, Count);
                return CivilDays.Of(CivilDays.FloorDiv(month, 12), (int)CivilDays.FloorMod(month, 12) + 1, 1);
            default:
                long year = CivilDays.ToCivil(n).Year;
                return CivilDays.Of(year - CivilDays.FloorMod(year, Count), 1, 1);
        }
    }

    /// <summary>The boundary after boundary <paramref name="b"/>.</summary>
    public long Next(long b)
    {
        switch (Unit)
        {
            case TickUnit.Day: return b + Count;
            case TickUnit.Week: return b + 7L * Count;
            case TickUnit.Month:
                var (y, m, _) = CivilDays.ToCivil(b);
                long month = y * 12 + m - 1 + Count;
                return CivilDays.Of(CivilDays.FloorDiv(month, 12), (int)CivilDays.FloorMod(month, 12) + 1, 1);
            default:
                return CivilDays.Of(CivilDays.ToCivil(b).Year + Count, 1, 1);
        }
    }

    /// <summary>The first boundary on or after day <paramref name="n"/>.</summary>
    public long Ceiling(long n)
    {
        long f = Floor(n);
        return f == n ? n : Next(f);
    }
}

/// <summary>A labelled tick: where it stands and the period it starts (<c>2019</c>; <c>Apr</c> with <c>2019</c> below).</summary>
/// <param name="X">Its x coordinate.</param>
/// <param name="Label">The period's name, or null for the closing tick.</param>
/// <param name="Context">The larger period, shown below where it changes (the year under a month), or null.</param>
internal sealed record Tick(double X, string? Label, string? Context);

/// <summary>
/// The time axis: a linear map from days to x coordinates over a domain rounded out to whole tick steps, the tick
/// step (days, weeks, months or 1–10000 years, the finest that leaves ticks at least <see cref="MinTickSpacing"/>
/// pixels apart), its labelled ticks and lighter minor grid lines. Days are <see cref="CivilDays"/> numbers.
/// </summary>
internal sealed class TimeScale
{
    /// <summary>The closest two labelled ticks may stand, in pixels.</summary>
    public const double MinTickSpacing = 80;

    /// <summary>The closest two minor grid lines may stand, in pixels.</summary>
    public const double MinMinorSpacing = 12;

    /// <summary>The shortest domain, in days: a single day is shown within two weeks around it.</summary>
    public const int MinDays = 14;

    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly TickStep[] Steps =
    [
        new(TickUnit.Day, 1), new(TickUnit.Day, 2), new(TickUnit.Week, 1),
        new(TickUnit.Month, 1), new(TickUnit.Month, 3), new(TickUnit.Month, 6),
        .. new[] { 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000 }.Select(n => new TickStep(TickUnit.Year, n)),
    ];

    private TimeScale(long first, long end, double left, double right, TickStep step)
    {
        First = first;
        End = end;
        Left = left;
        Right = right;
        Step = step;
        Ticks = MakeTicks();
        Minor = MakeMinor();
    }

    /// <summary>The first day of the domain.</summary>
    public long First { get; }

    /// <summary>The day after the domain.</summary>
    public long End { get; }

    /// <summary>The x coordinate of <see cref="First"/>.</summary>
    public double Left { get; }

    /// <summary>The x coordinate of <see cref="End"/>.</summary>
    public double Right { get; }

    /// <summary>The step between labelled ticks.</summary>
    public TickStep Step { get; }

    /// <summary>The labelled ticks, from <see cref="First"/> to <see cref="End"/> (which has no label).</summary>
    public IReadOnlyList<Tick> Ticks { get; }

    /// <summary>The x coordinates of the minor grid lines (none where they would crowd).</summary>
    public IReadOnlyList<double> Minor { get; }

    /// <summary>The scale for days <paramref name="first"/> to <paramref name="last"/> (inclusive), drawn from x = <paramref name="left"/> to <paramref name="right"/>.</summary>
    public static TimeScale Create(long first, long last, double left, double right)
    {
        long start = first, end = last + 1;
        if (end - start < MinDays)
        {
            long pad = MinDays - (end - start);
            start -= pad / 2;
            end += pad - pad / 2;
        }
        int maxTicks = Math.Max(2, (int)((right - left) / MinTickSpacing));
        foreach (var step in Steps)
        {
            long from = step.Floor(start), to = step.Ceiling(end);
            if (Intervals(step, from, to, maxTicks) <= maxTicks) return new TimeScale(from, to, left, right, step);
        }
        var widest = Steps[^1];
        return new TimeScale(widest.Floor(start), widest.Ceiling(end), left, right, widest);
    }

    /// <summary>The x coordinate of day <paramref name="day"/> (fractions allowed: 0.5 is noon).</summary>
    public double X(double day) => Left + (day - First) / (End - First) * (Right - Left);

    private double PixelsPerDay => (Right - Left) / (End - First);

    // Counts the steps from one boundary to another, stopping once past the limit.
    private static int Intervals(TickStep step, long from, long to, int limit)
    {
        int n = 0;
        for (long b = from; b < to && n <= limit; b = step.Next(b)) n++;
        return n;
    }

    private List<Tick> MakeTicks()
    {
        var ticks = new List<Tick>();
        int previousMonth = -1;
        long previousYear = long.MinValue;
        for (long b = First; b < End; b = Step.Next(b))
        {
            var (y, m, d) = CivilDays.ToCivil(b);
            string year = y.ToString(CultureInfo.InvariantCulture);
            bool first = ticks.Count == 0;
            (string label, string? context) = Step.Unit switch
            {
                TickUnit.Year => (year, null),
                TickUnit.Month => (MonthNames[m - 1], first || m == 1 ? year : null),
                _ => (d.ToString(CultureInfo.InvariantCulture),
                      first || m != previousMonth || y != previousYear ? MonthNames[m - 1] + " " + year : null),
            };
            ticks.Add(new Tick(X(b), label, context));
            previousMonth = m;
            previousYear = y;
        }
        ticks.Add(new Tick(X(End), null, null));
        return ticks;
    }

    // The finest step that divides the tick step evenly and leaves its lines at least MinMinorSpacing apart.
    private List<double> MakeMinor()
    {
        var minor = Steps.Where(Divides)
            .FirstOrDefault(s => s.ApproxDays * PixelsPerDay >= MinMinorSpacing);
        var lines = new List<double>();
        if (minor == default) return lines;
        for (long b = minor.Floor(First); b < End; b = minor.Next(b))
        {
            if (b > First && Step.Floor(b) != b) lines.Add(X(b));
        }
        return lines;
    }

    private bool Divides(TickStep finer) => (Step.Unit, finer.Unit) switch
    {
        (TickUnit.Year, TickUnit.Year) or (TickUnit.Month, TickUnit.Month) or (TickUnit.Day, TickUnit.Day) =>
            finer.Count < Step.Count && Step.Count % finer.Count == 0,
        (TickUnit.Year, TickUnit.Month) => 12 % finer.Count == 0,
        (TickUnit.Week, TickUnit.Day) => finer.Count == 1,
        _ => false,
    };
}
