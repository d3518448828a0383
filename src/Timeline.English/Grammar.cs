using NodaTime;
using Timeline.Patterns;
using Timeline.Temporal;
using Timeline.Text;
using static Timeline.Patterns.P;

namespace Timeline.English;

/// <summary>
/// The English word tables and the building blocks every rule file shares: month names, day numbers, years,
/// counts, units, weekdays. Rule files (<c>Rules/*.cs</c>) add their rules here; <see cref="English"/> freezes it.
/// </summary>
internal sealed class Grammar
{
    public Grammar()
    {
        Lex = new LexiconBuilder();
        Months = WordTables.Ints(Lex, "months");
        AmbiguousMonths = WordTables.Flags(Lex, "ambiguous-months");
        MonthContext = WordTables.Flags(Lex, "month-context");
        Weekdays = Lex.Table<IsoDayOfWeek>("weekdays", WordTables.Rows("weekdays", v => (IsoDayOfWeek)int.Parse(v, System.Globalization.CultureInfo.InvariantCulture)));
        ShortWeekdays = WordTables.Flags(Lex, "short-weekdays");
        Numbers = WordTables.Ints(Lex, "numbers");
        Ordinals = WordTables.Ints(Lex, "ordinals");
        OrdinalSuffixes = WordTables.Flags(Lex, "ordinal-suffixes");
        VagueAmounts = WordTables.Flags(Lex, "vague-amounts");
        Units = WordTables.Enums<TemporalUnit>(Lex, "units");
        PluralUnits = WordTables.Enums<TemporalUnit>(Lex, "plural-units");
        Seasons = WordTables.Enums<Season>(Lex, "seasons");
        DayParts = WordTables.Enums<DayPart>(Lex, "day-parts");
        OutsideSpan = WordTables.Flags(Lex, "outside-span");
        Abbreviations = WordTables.Flags(Lex, "abbreviations");
        DatelineCues = WordTables.Flags(Lex, "dateline-cues");
        TenseFuture = WordTables.Flags(Lex, "tense-future");
        TensePast = WordTables.Flags(Lex, "tense-past");
        TensePresent = WordTables.Flags(Lex, "tense-present");
        TenseNearest = WordTables.Flags(Lex, "tense-nearest");
        NotPast = WordTables.Flags(Lex, "not-past");

        Dot = Lex.Literal(".");
        Comma = Lex.Literal(",");
        Dash = Alt(Lex.Literal("-"), Lex.Literal("–"), Lex.Literal("—"));
        Slash = Lex.Literal("/");
        The = Lex.Literal("the");

        // A full stop belongs to an abbreviation ("Sept."), never to a full name ("in April.").
        Month = Alt(Months.Pattern.Capitalized(), Seq(Months.Pattern.Capitalized().Guard(IsAbbreviation), Dot.Touching(), (m, _) => m));
        var ordinalWord = Alt(
            Ordinals.Pattern,
            Seq(Numbers.Pattern.Where(n => n >= 20 && n % 10 == 0), Opt(Dash.Touching()), Ordinals.Pattern.Where(n => n < 10), (t, _, u) => t + u));
        Ordinal = Alt(
            Seq(Number(1, 4, 1, 9999), OrdinalSuffixes.Pattern.Touching(), (n, _) => (int)n),
            ordinalWord);
        DayNumber = Alt(
            Seq(Number(1, 2, 1, 31), Opt(OrdinalSuffixes.Pattern.Touching(), false), (n, _) => (int)n)
                .Guard((s, _, end) => end >= s.Count || s.Tokens[end].Gap != TokenGap.None || s.Tokens[end].Kind != TokenKind.Word), // not "the 3GS"
            ordinalWord.Where(n => n is >= 1 and <= 31));
        Unit = Units.Pattern.NotFollowedBy(Lex.Literal("quarter", "half")); // "second quarter" is no unit
        YearDigits = Number(4, 4, 1000, 2999).Select(n => (int)n);
        Year = Alt(
            YearDigits.Guard(IsFreeNumber).NotFollowedBy(Unit.Guard((s, i, _) => s.TextOf(i) is not "quarter")), // "the 1988 quarter" names a year
            Seq(Alt(Lex.Literal("'"), Lex.Literal("’")), Number(2, 2, 0, 99).Touching(), (_, n) => (int)(n <= 30 ? 2000 + n : 1900 + n))
                .Guard((s, _, end) => end >= s.Count || !char.IsUpper(s.Text[s.Tokens[end].Start]))); // not the '60 of "'60 Minutes'"
        var units = Numbers.Pattern.Where(n => n is >= 1 and <= 9);
        var tens = Numbers.Pattern.Where(n => n >= 20 && n % 10 == 0);
        var belowHundred = Alt(Numbers.Pattern, Seq(tens, Opt(Dash.Touching()), units, (t, _, u) => t + u));
        var numberWords = Alt(
            belowHundred,
            Seq(Alt(Numbers.Pattern.Where(n => n is >= 1 and <= 9), Lex.Literal("a").Select(_ => 1)), Lex.Literal("hundred"),
                OptValue(Seq(Opt(Lex.Literal("and")), belowHundred, (_, n) => n)), (h, _, n) => h * 100 + (n ?? 0)));
        var digits = Alt(
            Number(1, 9, 0, 999_999_999).Guard(IsFreeNumber).Select(n => (decimal)n),
            Seq(Number(1, 6, 0, 999_999), Dot.Touching(), Number(1, 3, 0, 999).Touching(),
                (a, _, b) => a + b / (decimal)Math.Pow(10, b.ToString(System.Globalization.CultureInfo.InvariantCulture).Length)));
        Count = Alt(digits, numberWords.Select(n => (decimal)n), Lex.Literal("a", "an", "one").Select(_ => 1m));
        Amount = Alt(
            Count.Select(n => (decimal?)n),
            Seq(Opt(Lex.Literal("a")), VagueAmounts.Pattern, (_, _) => (decimal?)null),
            Lex.Literal("a couple of", "a couple", "couple of").Select(_ => (decimal?)2),
            Lex.Literal("a dozen").Select(_ => (decimal?)12));
        Unit = Units.Pattern.NotFollowedBy(Lex.Literal("quarter", "half")); // "second quarter" is no unit
        // "Sun", "Sat", "Wed" are words too: alone they are weekdays only with a full stop ("Sat."), never "Sun Microsystems".
        Weekday = Weekdays.Pattern.Capitalized().Guard((s, i, _) => !s.Is(i, ShortWeekdays));
        WeekdayWithDot = Alt(Weekday, Seq(Weekdays.Pattern.Capitalized().Guard(IsAbbreviation), Dot.Touching(), (d, _) => d));
    }

    public LexiconBuilder Lex { get; }

    public List<Rule<TemporalSpec>> Rules { get; } = [];

    public List<Rule<Tense>> TenseRules { get; } = [];

    // ---- word tables (Words/*.tsv) ----
    public WordTable<int> Months { get; }
    public WordTable<bool> AmbiguousMonths { get; }
    public WordTable<bool> MonthContext { get; }
    public WordTable<IsoDayOfWeek> Weekdays { get; }
    public WordTable<bool> ShortWeekdays { get; }
    public WordTable<int> Numbers { get; }
    public WordTable<int> Ordinals { get; }
    public WordTable<bool> OrdinalSuffixes { get; }
    public WordTable<bool> VagueAmounts { get; }
    public WordTable<TemporalUnit> Units { get; }
    public WordTable<TemporalUnit> PluralUnits { get; }
    public WordTable<Season> Seasons { get; }
    public WordTable<DayPart> DayParts { get; }
    public WordTable<bool> OutsideSpan { get; }
    public WordTable<bool> Abbreviations { get; }
    public WordTable<bool> DatelineCues { get; }
    public WordTable<bool> TenseFuture { get; }
    public WordTable<bool> TensePast { get; }
    public WordTable<bool> TensePresent { get; }
    public WordTable<bool> TenseNearest { get; }
    public WordTable<bool> NotPast { get; }

    // ---- building blocks ----
    public Pattern<Nothing> Dot { get; }
    public Pattern<Nothing> Comma { get; }
    public Pattern<Nothing> Dash { get; }
    public Pattern<Nothing> Slash { get; }
    public Pattern<Nothing> The { get; }

    /// <summary>A capitalised month name, with an optional full stop after an abbreviation: <c>June</c>, <c>Sept.</c>.</summary>
    public Pattern<int> Month { get; }

    /// <summary>A day of month: <c>8</c>, <c>8th</c>, <c>eighth</c>, <c>twenty-first</c>.</summary>
    public Pattern<int> DayNumber { get; }

    /// <summary>An ordinal: <c>4th</c>, <c>fourth</c>, <c>70th</c>, <c>twenty-first</c>.</summary>
    public Pattern<int> Ordinal { get; }

    /// <summary>A year: four digits standing alone (not part of 3,900 or a phone number), or <c>'98</c>.</summary>
    public Pattern<int> Year { get; }

    /// <summary>Four digits that could be a year, with no check of what stands around them (for ranges such as 1950-1953).</summary>
    public Pattern<int> YearDigits { get; }

    /// <summary>A definite number: <c>4</c>, <c>1.5</c>, <c>four</c>, <c>twenty-four</c>, <c>a</c>.</summary>
    public Pattern<decimal> Count { get; }

    /// <summary>A number or an unspecified amount (null): <c>four</c>, <c>several</c>, <c>a few</c>.</summary>
    public Pattern<decimal?> Amount { get; }

    /// <summary>A unit word: <c>year</c>, <c>weeks</c>, <c>hrs</c>.</summary>
    public Pattern<TemporalUnit> Unit { get; }

    /// <summary>A capitalised weekday name: <c>Friday</c>, <c>Tues</c>, <c>Fri.</c>.</summary>
    public Pattern<IsoDayOfWeek> Weekday { get; }

    /// <summary>A weekday with an optional full stop after it.</summary>
    public Pattern<IsoDayOfWeek> WeekdayWithDot { get; }

    // ---- nonterminals shared between rule files (set by the file that defines them) ----
    public Pattern<TemporalSpec> FullDate { get; set; } = null!;
    /// <summary>A year-month-day date with dashes, "2019-06-08", with no guard on what touches it (a timestamp goes on).</summary>
    public Pattern<TemporalSpec> IsoDate { get; set; } = null!;
    public Pattern<TemporalSpec> MonthDay { get; set; } = null!;
    public Pattern<TemporalSpec> MonthYear { get; set; } = null!;
    public Pattern<TemporalSpec> MonthAlone { get; set; } = null!;
    public Pattern<TemporalSpec> YearAlone { get; set; } = null!;
    public Pattern<TemporalSpec> Decade { get; set; } = null!;
    public Pattern<TemporalSpec> DayPoint { get; set; } = null!;
    public Pattern<TemporalSpec> Relative { get; set; } = null!;

    /// <summary>Adds a temporal rule.</summary>
    public void Add(string name, Pattern<TemporalSpec> pattern) => Rules.Add(new Rule<TemporalSpec>(name, pattern));

    public List<Composition<TemporalSpec>> Compositions { get; } = [];

    /// <summary>Adds a composition of two adjacent matches.</summary>
    public void Compose(string name, Func<TemporalSpec, bool> left, Pattern<Nothing>? connector, Func<TemporalSpec, bool> right, Func<TemporalSpec, TemporalSpec, TemporalSpec> combine) =>
        Compositions.Add(new Composition<TemporalSpec>(name, left, connector, right, combine));

    /// <summary>A literal word or phrase (any of several).</summary>
    public Pattern<Nothing> W(params string[] phrases) => Lex.Literal(phrases);

    /// <summary>A duration in TimeML's units: decades and centuries are written in years.</summary>
    public static DurationSpec Duration(decimal? amount, TemporalUnit unit, Modifier modifier = Modifier.None) => unit switch
    {
        TemporalUnit.Decade => new DurationSpec(amount * 10, TemporalUnit.Year, modifier),
        TemporalUnit.Century => new DurationSpec(amount * 100, TemporalUnit.Year, modifier),
        TemporalUnit.Millennium => new DurationSpec(amount * 1000, TemporalUnit.Year, modifier),
        _ => new DurationSpec(amount, unit, modifier),
    };

    /// <summary>An abbreviated name that takes a full stop ("Sept.", "Thurs."): listed in abbreviations.tsv.</summary>
    public bool IsAbbreviation(TokenStream s, int i, int end) => s.Is(i, Abbreviations);

    /// <summary>A number that is not part of a larger number, amount or code: not 3,900, $2019, 2019.5, 555-1234, 10%, 10^20.</summary>
    public static bool IsFreeNumber(TokenStream s, int i, int end) => IsFreeBefore(s, i) && IsFreeAfter(s, end);

    /// <summary>Nothing that makes the number part of an amount or code stands right before token <paramref name="i"/>.</summary>
    public static bool IsFreeBefore(TokenStream s, int i) =>
        !(i > 0 && s.Tokens[i].Gap == TokenGap.None && s.TextOf(i - 1) is "$" or "€" or "£" or "₹" or "#" or "+" or "." or "," or ":" or "/" or "-" or "×" or "^");

    /// <summary>Nothing that makes the number part of a larger number, amount or code stands right at <paramref name="end"/>.</summary>
    public static bool IsFreeAfter(TokenStream s, int end)
    {
        if (end < s.Count && s.Tokens[end].Gap == TokenGap.None)
        {
            var next = s.TextOf(end);
            if (next is "%" or "$") return false;
            if (s.Tokens[end].Kind == TokenKind.Word) return false;
            if (next is "," or "." or ":" or "/" or "-" && end + 1 < s.Count && s.Tokens[end + 1].Gap == TokenGap.None && s.Tokens[end + 1].Kind == TokenKind.Number)
                return false;
        }
        return true;
    }
}
