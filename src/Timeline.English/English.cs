using Timeline.English.Rules;
using Timeline.Events;
using Timeline.Patterns;
using Timeline.Pipeline;
using Timeline.Temporal;

namespace Timeline.English;

/// <summary>
/// English for Timeline: the word tables (<c>Words/*.tsv</c>) and rules (<c>Rules/*.cs</c>) built into a
/// <see cref="TemporalLanguage"/>. Built once, on first use; immutable and thread-safe.
/// </summary>
public static class English
{
    private static readonly Lazy<(TemporalLanguage Temporal, EventLanguage Events)> Built = new(Build, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The English temporal language data.</summary>
    public static TemporalLanguage Language => Built.Value.Temporal;

    /// <summary>The English event language data (built on <see cref="Language"/>).</summary>
    public static EventLanguage Events => Built.Value.Events;

    /// <summary>A temporal tagger for English news.</summary>
    public static TemporalTagger CreateTagger(TaggerOptions? options = null) => new(Language, options);

    /// <summary>An event extractor for English news.</summary>
    public static EventExtractor CreateExtractor(TaggerOptions? options = null) => new(Events, options);

    private static (TemporalLanguage, EventLanguage) Build()
    {
        var g = new Grammar();
        // Order is priority on ties of equal length: earlier groups win.
        AbsoluteDateRules.Add(g);
        DayRules.Add(g);
        PeriodRules.Add(g);
        YearPartRules.Add(g);
        DurationRules.Add(g);
        AnchoredRules.Add(g);
        TimeRules.Add(g);
        SetRules.Add(g);
        ReferenceRules.Add(g);
        TenseRules.Add(g);
        var eventTables = EventRules.Register(g);
        var lexicon = g.Lex.Build();
        var temporal = new TemporalLanguage
        {
            Name = "English",
            Lexicon = lexicon,
            Rules = new RuleSet<TemporalSpec>(g.Rules, g.Compositions),
            TenseCues = new RuleSet<Tense>(g.TenseRules),
            OutsideSpan = g.OutsideSpan,
            Abbreviations = g.Abbreviations,
            DatelineCues = g.DatelineCues,
        };
        return (temporal, EventRules.Build(eventTables, temporal));
    }
}
