using NodaTime;
using Timeline.Articles;
using Timeline.Patterns;
using Timeline.Temporal;
using Timeline.Temporal.Resolution;
using Timeline.Text;

namespace Timeline.Pipeline;

/// <summary>
/// Finds every temporal expression in a text and resolves it against the reference (publication) date.
/// Build it once per language and share it: it is immutable and thread-safe, and a pure function of its input
/// (it never reads the clock).
/// </summary>
public sealed class TemporalTagger
{
    /// <summary>Creates a tagger for <paramref name="language"/>.</summary>
    public TemporalTagger(TemporalLanguage language, TaggerOptions? options = null)
    {
        Language = language ?? throw new ArgumentNullException(nameof(language));
        Options = options ?? TaggerOptions.Default;
    }

    /// <summary>The language data.</summary>
    public TemporalLanguage Language { get; }

    /// <summary>The options.</summary>
    public TaggerOptions Options { get; }

    /// <summary>Tags <paramref name="text"/>; see <see cref="Analyze"/>.</summary>
    public TaggingResult Tag(string text, LocalDate? reference = null) => Analyze(text, reference).Result;

    /// <summary>
    /// Tags <paramref name="text"/> and keeps the tokens and sentences for later stages (event extraction).
    /// A <paramref name="reference"/> date given here always wins; without one the article's own date is looked for
    /// (when <see cref="TaggerOptions.DetectPublicationDate"/>), and without that only self-anchored expressions resolve.
    /// A reference outside the years 1 to 9999 is not used (a diagnostic says so). Never throws on any text.
    /// </summary>
    public TextAnalysis Analyze(string text, LocalDate? reference = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Language.Lexicon.Analyze(text);
        var sentences = SentenceSplitter.Split(tokens, Language.Abbreviations);
        var matches = Language.Rules.Scan(tokens);
        // Tense is only needed where an expression stands: scan the cues of those sentences alone.
        var cues = new List<RuleMatch<Tense>>();
        int m0 = 0;
        foreach (var sentence in sentences)
        {
            while (m0 < matches.Count && matches[m0].Start < sentence.Start) m0++;
            if (m0 < matches.Count && matches[m0].Start < sentence.End) Language.TenseCues.ScanInto(tokens, sentence.Start, sentence.End, cues);
        }
        var tenses = new TenseDetector(cues);

        var diagnostics = new List<Diagnostic>();
        if (reference is { } outside && !Calendar.ValidYear(outside.Year))
        {
            // NodaTime's calendar reaches back to year -9998; dates here stay within 1 to 9999, so such a date is not used.
            diagnostics.Add(new Diagnostic(new TextSpan(0, 0),
                $"The reference date {outside.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} is outside the years {Calendar.MinYear} to {Calendar.MaxYear}; it is not used."));
            reference = null;
        }
        PublicationDate publication;
        if (reference is { } given)
        {
            publication = new PublicationDate(given, PublicationDateSource.Caller);
        }
        else if (Options.DetectPublicationDate)
        {
            // Without a reference date: resolve the article's head once to find its own date (the whole text only if a
            // year-less dateline needs the latest year the text names).
            int headEnd = PublicationDateDetector.HeadEnd(text);
            var head = matches.Where(m => tokens.Tokens[m.Start].Start < headEnd).ToList();
            publication = PublicationDateDetector.Detect(tokens, Resolve(tokens, sentences, head, tenses, null, diagnostics: null),
                () => Resolve(tokens, sentences, matches, tenses, null, diagnostics: null), Language.DatelineCues);
        }
        else
        {
            publication = PublicationDate.None;
        }

        var resolved = Resolve(tokens, sentences, matches, tenses, publication.Date, diagnostics);
        var expressions = resolved.Select(r => r.Expression).ToList();
        var result = new TaggingResult(expressions, publication, diagnostics);
        return new TextAnalysis(tokens, sentences, resolved, result);
    }

    private List<(TemporalExpression Expression, int Token)> Resolve(
        TokenStream tokens, List<Sentence> sentences, List<RuleMatch<TemporalSpec>> matches, TenseDetector tenses,
        LocalDate? reference, List<Diagnostic>? diagnostics)
    {
        var output = new List<(TemporalExpression Expression, int Token)?>(matches.Count + 4);
        Resolved? discourse = null;
        var sentenceDates = new List<(Resolved Date, int Token)>();
        var open = new List<(int Index, DateSpec Spec, Tense Tense)>();           // year-less dates awaiting an anchor
        var anniversaries = new List<(int Index, RuleMatch<TemporalSpec> Match, TextSpan Span, int Token, Tense Tense, bool Local)>();
        int sentence = 0;
        foreach (var m in matches)
        {
            int start = m.Start;
            while (start < m.End - 1 && tokens.Is(start, Language.OutsideSpan)) start++;
            while (sentence < sentences.Count - 1 && sentences[sentence].End <= start)
            {
                EndSentence();
                sentence++;
            }
            var sent = sentences.Count > 0 ? sentences[sentence] : new Sentence(0, tokens.Count, new TextSpan(0, 0));
            var (tense, local, after) = tenses.TenseOf(start, m.End, sent);
            // Only anniversaries read the sentence's dates, and they are resolved at the sentence's end with their own list.
            var context = new ResolutionContext(reference, tense, discourse, [], Options, local, after);
            var span = tokens.SpanOf(start, m.End);

            if (m.Value is RangeSpec range)
            {
                var (from, to, whole) = Resolver.ResolveRange(range, context);
                Emit(range.FromSpan, from, m, tense, whole, start);
                Emit(range.ToSpan, to, m, tense, whole, start);
                Remember(from, start);
                Remember(to, start);
                continue;
            }
            if (m.Value is AnniversarySpec)
            {
                // Resolved when the sentence is complete: the day it is marked on may come later ("… on July 27, 2023").
                anniversaries.Add((output.Count, m, span, start, tense, local));
                output.Add(null);
                continue;
            }

            var r = Resolver.Resolve(m.Value, context);
            if (diagnostics is not null && !r.IsDate)
            {
                if (m.Value is DateSpec { Year: not null, Month: not null, Day: not null } or NumericDateSpec)
                    diagnostics.Add(new Diagnostic(span, $"'{tokens.Text[span.Start..span.End]}' is not a valid date."));
                else if (LeavesCalendar(m.Value, context))
                    diagnostics.Add(new Diagnostic(span, $"'{tokens.Text[span.Start..span.End]}' falls outside the years {Calendar.MinYear} to {Calendar.MaxYear}."));
            }
            if (reference is null && m.Value is DateSpec { Year: null, Month: not null } year && !r.IsDate)
                open.Add((output.Count, year, tense));
            Emit(span, r, m, tense, null, start);
            // A date counted from another ("a year earlier") does not become the anchor of the next one.
            if (m.Value is not (OffsetSpec or SameAsAnchorSpec or AnchoredWeekdaySpec)) Remember(r, start);
            else if (r.IsDate) sentenceDates.Add((r, start));
        }
        EndSentence();
        return [.. output.Select(o => o!.Value)];

        void EndSentence()
        {
            foreach (var (index, m, span, token, tense, local) in anniversaries)
            {
                // A day anywhere in the sentence marks it; else a year before it is what it commemorates, or, when the
                // anniversary names its subject, the first year after it (in that name).
                bool namesSubject = ((AnniversarySpec)m.Value).NamesItsSubject;
                int firstAfter = sentenceDates.FindIndex(d => d.Token > token && d.Date.Precision < Precision.Day);
                var anchors = new List<Resolved>();
                for (int k = 0; k < sentenceDates.Count; k++)
                {
                    var (date, at) = sentenceDates[k];
                    if (date.Precision >= Precision.Day || (namesSubject ? k == firstAfter : at < token)) anchors.Add(date);
                }
                var context = new ResolutionContext(reference, tense, discourse, anchors, Options, local);
                var r = Resolver.Resolve(m.Value, context);
                output[index] = (Build(span, r, m.Rule.Name, tense, null), token);
                // Without a reference date, an anniversary's year anchors the year-less dates of its sentence
                // ("in July … on its 70th anniversary" of 1953 → July 2023).
                if (!r.IsDate) continue;
                foreach (var (i, spec, t) in open)
                {
                    var filled = Resolver.Resolve(spec with { Year = r.Interval!.Start.Year }, context with { Tense = t });
                    if (!filled.IsDate) continue;
                    var old = output[i]!.Value;
                    output[i] = (Build(old.Expression.Span, filled with { Anchoring = Anchoring.OtherExpression }, old.Expression.Rule, t, null), old.Token);
                }
                open.Clear();
            }
            anniversaries.Clear();
            open.Clear();
            sentenceDates.Clear();
        }

        void Emit(TextSpan span, Resolved r, RuleMatch<TemporalSpec> m, Tense tense, DateInterval? whole, int token) =>
            output.Add((Build(span, r, m.Rule.Name, tense, whole), token));

        void Remember(Resolved r, int token)
        {
            if (r.Type is TimexType.Date or TimexType.Time && r.IsDate)
            {
                sentenceDates.Add((r, token));
                discourse = r;
            }
        }

        TemporalExpression Build(TextSpan span, Resolved r, string rule, Tense tense, DateInterval? whole) => new()
        {
            Span = span,
            Text = tokens.Text[span.Start..span.End],
            Type = r.Type,
            Value = r.Value,
            Precision = r.Precision,
            Interval = r.Interval,
            Time = r.Time,
            Anchoring = r.Anchoring,
            Tense = tense,
            Modifier = r.Modifier,
            Duration = r.Duration,
            Range = whole,
            Commemorates = r.Commemorates,
            Rule = rule,
        };
    }

    /// <summary>
    /// Whether an expression that did not resolve would have, but for the ends of the calendar: counted from a known
    /// date (the publication date, or a date of the text), it lands before year 1 or after 9999 ("2023 years ago" in 2023,
    /// "999999999 years ago", "next week" in the last days of 9999).
    /// </summary>
    private static bool LeavesCalendar(TemporalSpec spec, ResolutionContext c) => spec switch
    {
        TenseChoiceSpec t => LeavesCalendar(c.Tense == Tense.Future ? t.IfFuture : t.Otherwise, c),
        PartSpec p => LeavesCalendar(p.Inner, c),
        WeekOfSpec w => LeavesCalendar(w.Day, c),
        YearPartSpec { Year: { } year } => LeavesCalendar(year, c),
        // Counting zero units gives a date, so the anchor is known; a whole count that gives none leaves the calendar.
        OffsetSpec { Amount.Amount: { } n } o when n >= 0 && n == decimal.Floor(n) => Resolver.Resolve(o with { Amount = o.Amount with { Amount = 0 } }, c).IsDate,
        // Counted from the publication date: with one known, only the ends of the calendar leave these unresolved.
        DayOffsetSpec or RelativePeriodSpec or WeekdaySpec or WeekendSpec => c.Reference is not null,
        _ => false,
    };
}

/// <summary>A tagged text with the tokens and sentences it was read into, for later stages.</summary>
public sealed class TextAnalysis
{
    internal TextAnalysis(TokenStream tokens, List<Sentence> sentences, List<(TemporalExpression Expression, int Token)> expressions, TaggingResult result)
    {
        Tokens = tokens;
        Sentences = sentences;
        ExpressionTokens = expressions.Select(e => e.Token).ToArray();
        Result = result;
    }

    /// <summary>The tokens.</summary>
    public TokenStream Tokens { get; }

    /// <summary>The sentences.</summary>
    public IReadOnlyList<Sentence> Sentences { get; }

    /// <summary>For each expression of <see cref="Result"/>, the index of the first token of its rule match.</summary>
    public IReadOnlyList<int> ExpressionTokens { get; }

    /// <summary>The tagging result.</summary>
    public TaggingResult Result { get; }
}
