using Timeline.Patterns;
using Timeline.Pipeline;
using Timeline.Temporal;
using Timeline.Text;

namespace Timeline.Events;

/// <summary>
/// Reads one article into event mentions (<see cref="Observation"/>s): finds trigger words in its news text, gives each
/// the date expression of its clause, its status, participants and place, and notes when it is dated through another
/// event ("just before the summit"). Immutable and thread-safe; never throws on any text.
/// </summary>
public sealed class EventExtractor
{
    private const int StatusWindow = 16;

    private readonly EventLanguage _lang;

    /// <summary>Creates an extractor for <paramref name="language"/>.</summary>
    public EventExtractor(EventLanguage language, TaggerOptions? options = null)
    {
        _lang = language ?? throw new ArgumentNullException(nameof(language));
        Tagger = new TemporalTagger(language.Temporal, options);
    }

    /// <summary>The temporal tagger used for dates.</summary>
    public TemporalTagger Tagger { get; }

    /// <summary>Reads <paramref name="article"/>.</summary>
    public ArticleEvents Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var analysis = Tagger.Analyze(article.Text, article.Published);
        var s = analysis.Tokens;
        var content = Boilerplate.ContentMask(s, _lang.Boilerplate);
        var expressions = analysis.Result.Expressions;
        var exprTokens = ExpressionTokens(s, expressions);
        var temporal = new bool[s.Count];
        var exprStarts = new int[exprTokens.Length];
        for (int e = 0; e < exprTokens.Length; e++)
        {
            var (a, b) = exprTokens[e];
            exprStarts[e] = a;
            for (int k = a; k < b; k++) temporal[k] = true;
        }
        var countries = new MatchIndex<string>(_lang.Countries.Scan(s), s.Count);
        var leaderGroups = _lang.LeaderGroups.Scan(s);
        var people = new Participants(_lang, s, content, temporal, countries, leaderGroups);
        var places = new MatchIndex<string>(_lang.Places.Scan(s), s.Count);
        var venues = new MatchIndex<bool>(_lang.VenueWords.Scan(s), s.Count);
        var triggers = _lang.Triggers.Scan(s);
        // Triggers in news text and outside date expressions only (filtered in place: the list is this call's own).
        int kept = 0;
        for (int k = 0; k < triggers.Count; k++) if (content[triggers[k].Start] && !temporal[triggers[k].Start]) triggers[kept++] = triggers[k];
        triggers.RemoveRange(kept, triggers.Count - kept);
        var status = _lang.StatusCues.Scan(s);
        var relations = _lang.RelationCues.Scan(s);
        var tenses = _lang.Temporal.TenseCues.Scan(s);
        var published = analysis.Result.Publication.Date;
        var lead = LeadDate(s, analysis, content, expressions, exprTokens, published);
        var observations = new List<Observation>();
        // Scratch lists, reused sentence after sentence (they belong to this call, so the extractor stays thread-safe).
        var candidates = new List<Candidate>();
        var segments = new List<Sentence>();
        List<Participant> clause = [], before = [];

        var sentences = analysis.Sentences;
        for (int si = 0; si < sentences.Count; si++)
        {
            var sentence = sentences[si];
            if (!content[sentence.Start]) continue;
            candidates.Clear();
            foreach (var t in Slice(triggers, sentence))
            {
                if (t.End > sentence.End) continue;
                var type = t.Value;
                if (type is EventType.Meeting or EventType.Talks && IsLeaderLevel(s, people, leaderGroups, t, sentence)) type = EventType.Summit;
                candidates.Add(new Candidate(t.Start, t.End, type));
            }
            var sentenceTenses = Slice(tenses, sentence);
            if (candidates.Count == 0)
            {
                // Events of other kinds: a sentence with a finite verb reports something (its first tensed verb is the trigger).
                // Not a run of symbols that happens to hold a verb (binary data).
                if (!IsProse(s, sentence)) continue;
                int at = -1, atEnd = -1;
                foreach (var t in sentenceTenses)
                {
                    if (t.End <= sentence.End && t.Value is Tense.Past or Tense.Present)
                    {
                        at = t.Start;
                        atEnd = t.End;
                        break;
                    }
                }
                if (at < 0)
                {
                    at = FirstPredicateWord(s, sentence);
                    atEnd = at + 1;
                }
                if (at < 0) continue;
                candidates.Add(new Candidate(at, atEnd, EventType.Other));
            }
            Consolidate(s, candidates);

            // Dates: each usable expression attaches to the nearest trigger of its clause segment.
            Segments(s, sentence, segments);
            int? sentenceWide = null;
            for (int e = LowerBound(exprStarts, sentence.Start); e < expressions.Count && exprStarts[e] < sentence.End; e++)
            {
                var (a, b) = exprTokens[e];
                if (a < sentence.Start || b > sentence.End || !content[a]) continue;
                if (!IsUsableDate(s, analysis, expressions[e], a, b)) continue;
                // "Earlier this week, …", "On Wednesday, …": a date that opens the sentence covers it.
                int opening = sentence.Start;
                while (opening < a && s.Is(opening, _lang.Temporal.OutsideSpan)) opening++;
                if (a == opening && b < sentence.End && s.TextOf(b) is ",") { sentenceWide = e; continue; }
                bool possessive = b + 1 < s.Count && s.TextOf(b) is "'" or "’" && s.TextOf(b + 1) is "s" or "S";
                var seg = SegmentOf(segments, a);
                Candidate? best = null;
                int bestScore = int.MaxValue;
                // An anniversary dates what it commemorates: the event named right after "anniversary of".
                if (expressions[e].Commemorates is not null)
                {
                    Candidate? commemorated = null;
                    foreach (var c in candidates)
                    {
                        if (c.Start >= b && c.Start - b <= 8) { commemorated = c; break; }
                    }
                    if (commemorated is not null)
                    {
                        if (commemorated.DateIndex < 0) commemorated.DateIndex = e;
                        continue;
                    }
                }
                foreach (var c in candidates)
                {
                    if (possessive ? !(c.Start >= b + 2 && c.Start <= b + 3) : !(c.Start >= seg.Start && c.Start < seg.End)) continue;
                    // "trip to Russia after he assumed power in 2011": a date beyond a clause opener belongs to that clause.
                    if (!possessive && ClauseBetween(s, Math.Min(c.End, b), Math.Max(c.Start, a))) continue;
                    // "Jobs said that his company sold … last year": a date deep in what was said does not date the saying.
                    if (c.Start < a && s.Is(c.Start, _lang.ReportingVerbs) && a - c.End > 2) continue;
                    // Prefer the trigger before the date in the same segment ("met on Friday"), then after it.
                    int score = c.Start < a ? a - c.End : 1000 + c.Start - b;
                    if (score < bestScore) { bestScore = score; best = c; }
                }
                if (best is not null && best.DateIndex < 0)
                {
                    best.DateIndex = e;
                    best.DateIsPossessive = possessive;
                }
            }

            // Triggers of one clause segment share its date ("A Russian delegation arrived in Pyongyang on Monday"),
            // except a possessive date, which names its own noun's day only ("The visit follows last week's summit").
            foreach (var c in candidates)
            {
                if (c.DateIndex >= 0) continue;
                var seg = SegmentOf(segments, c.Start);
                foreach (var d in candidates)
                {
                    if (d != c && d.DateIndex >= 0 && !d.DateIsPossessive && d.Start >= seg.Start && d.Start < seg.End
                        && !ClauseBetween(s, Math.Min(c.End, d.End), Math.Max(c.Start, d.Start)))
                    {
                        c.DateIndex = d.DateIndex;
                        break;
                    }
                }
            }

            string? sentenceText = null; // one copy of the sentence for all its observations
            foreach (var c in candidates)
            {
                int? e = c.DateIndex >= 0 ? c.DateIndex : sentenceWide;
                var expression = e is { } ei ? expressions[ei] : null;
                EventDate? date = null;
                if (expression is not null)
                {
                    bool commemorated = expression.Commemorates is not null && c.Start > exprTokens[e!.Value].Start;
                    date = commemorated ? new EventDate(expression.Commemorates!.Start, expression.Commemorates.End,
                            expression.Commemorates.Start == expression.Commemorates.End ? DatePrecision.Day : DatePrecision.Year)
                        : EventDate.From(expression);
                }
                var eventStatus = StatusOf(Slice(status, sentence), c, sentence, date, analysis.Result.Publication.Date);
                var segment = SegmentOf(segments, c.Start);
                // The clause's participants; when it names no person, the people named before it in the sentence
                // ("Shoigu, who in July attended …"), or failing those, the sentence's.
                var participants = people.In(segment.Start, segment.End, clause);
                if (!HasPerson(participants))
                {
                    var earlier = people.In(sentence.Start, segment.Start, before);
                    earlier.RemoveAll(static p => p.Kind != ParticipantKind.Person);
                    if (earlier.Count > 0)
                    {
                        earlier.AddRange(participants);
                        participants = earlier;
                    }
                    else if (participants.Count == 0)
                    {
                        participants = people.In(sentence.Start, sentence.End, clause);
                    }
                }
                var (relation, relatedTo) = date is null ? RelationOf(s, Slice(relations, sentence), candidates, c, sentence) : (null, null);
                var dateSource = date is null ? DateSource.None : DateSource.Text;
                // A report in the foreground elaborates on the article's lead ("Jobs announced …" under "Apple unveiled the
                // iPhone on Monday"): it takes the lead date, or failing one the publication date.
                if (date is null && relation is null && published is { } day && eventStatus == EventStatus.Occurred && !c.Planned
                    && IsForeground(s, sentence, c, sentenceTenses, expressions, exprTokens, exprStarts)
                    && !NamesUnreadableDate(analysis.Result.Diagnostics, sentence.Span))
                {
                    date = lead ?? new EventDate(day, day, DatePrecision.Day);
                    dateSource = lead is null ? DateSource.Publication : DateSource.Discourse;
                }
                var (location, locationIsCountry) = LocationOf(s, places, venues, countries, segment, sentence, c);
                observations.Add(new Observation
                {
                    Document = article.Id,
                    Span = sentence.Span,
                    Text = sentenceText ??= article.Text[sentence.Span.Start..sentence.Span.End],
                    Trigger = s.SpanOf(c.Start, c.End),
                    Type = c.Type,
                    Status = c.Planned ? EventStatus.Planned : eventStatus,
                    Date = date,
                    DateSource = dateSource,
                    Timex = expression?.Text,
                    TimexValue = expression?.Value,
                    Participants = participants.ToArray(), // the scratch list's participants, in an array of their number
                    Location = location,
                    LocationIsCountry = locationIsCountry,
                    Relation = relation,
                    RelatedTo = relatedTo,
                });
            }
        }
        return new ArticleEvents(article.Id, analysis.Result.Publication, observations, analysis.Result.Diagnostics);
    }

    private static bool HasPerson(List<Participant> participants)
    {
        foreach (var p in participants) if (p.Kind == ParticipantKind.Person) return true;
        return false;
    }

    private static readonly Rule<EventType> OtherRule = new("other", P.Number(1, 1, 0, 0).Select(_ => EventType.Other));

    /// <summary>The first day the article's body names (not its dateline, not a report date), on or before publication.</summary>
    private EventDate? LeadDate(TokenStream s, TextAnalysis analysis, bool[] content, IReadOnlyList<TemporalExpression> expressions,
        (int Start, int End)[] exprTokens, NodaTime.LocalDate? published)
    {
        for (int e = 0; e < expressions.Count; e++)
        {
            var (a, b) = exprTokens[e];
            var x = expressions[e];
            if (!content[a] || x.Precision is not (Precision.Day or Precision.PartOfDay or Precision.Minute) || x.Interval is null) continue;
            if (!IsUsableDate(s, analysis, x, a, b)) continue;
            if (published is { } p && x.Interval.Start > p) continue;
            return new EventDate(x.Interval.Start, x.Interval.Start, DatePrecision.Day);
        }
        return null;
    }

    /// <summary>
    /// In a full sentence with no tense cue ("The phone has two cameras."), the first lower-case word after its
    /// subject stands for what it reports; −1 for headlines, fragments and sentences in another language.
    /// </summary>
    private static int FirstPredicateWord(TokenStream s, Sentence sentence)
    {
        if (sentence.End - sentence.Start < 5 || s.TextOf(sentence.End - 1) is not ("." or "!" or "\"" or "”")) return -1;
        // A sentence with no word of the language (Russian, French …) reports nothing this extractor can read.
        bool known = false;
        for (int k = sentence.Start; k < sentence.End && !known; k++) known = s.Tokens[k].Kind == TokenKind.Word && s.Entries[k] is not null;
        if (!known) return -1;
        for (int k = sentence.Start + 1; k < sentence.End; k++)
        {
            if (s.Tokens[k].Kind == TokenKind.Word && s.Tokens[k].Length >= 3 && char.IsLower(s.Text[s.Tokens[k].Start])) return k;
        }
        return -1;
    }

    /// <summary>Whether at most half the tokens of the sentence are symbols (news has words and numbers; binary data has not).</summary>
    private static bool IsProse(TokenStream s, Sentence sentence)
    {
        int symbols = 0;
        for (int k = sentence.Start; k < sentence.End; k++) if (s.Tokens[k].Kind == TokenKind.Symbol) symbols++;
        return 2 * symbols <= sentence.End - sentence.Start;
    }

    /// <summary>
    /// Whether an undated event is foreground news: its clause is the main one (no clause opener before the trigger),
    /// its verb is in the simple past or present, and nothing marks it as background ("has since", "recently", "in recent …").
    /// </summary>
    private bool IsForeground(TokenStream s, Sentence sentence, Candidate c, ReadOnlySpan<RuleMatch<Tense>> tenses,
        IReadOnlyList<TemporalExpression> expressions, (int Start, int End)[] exprTokens, int[] exprStarts)
    {
        // Both checks look at tokens before the trigger or just after it only.
        for (int k = sentence.Start, end = Math.Min(sentence.End, c.End + 3); k < end; k++)
        {
            // A named event in a subordinate clause ("after the second summit … ended") is background; a sentence's
            // only, untyped event is what the sentence reports, whatever clause its first verb stands in.
            if (k < c.Start && s.Is(k, _lang.ClauseBoundaries) && c.Type != EventType.Other) return false;
            if (s.Is(k, _lang.BackgroundCues) && k < c.End + 3) return false;
        }
        // The sentence's expressions (they are in text order).
        for (int e = LowerBound(exprStarts, sentence.Start); e < expressions.Count && exprStarts[e] < sentence.End; e++)
        {
            var (a, b) = exprTokens[e];
            // "recently", or an unknown stretch of time ("in recent months" = PXM): the event has no single day.
            if (b <= sentence.End
                && (expressions[e].Value is "PAST_REF" || (expressions[e].Type == TimexType.Duration && expressions[e].Value.Contains('X')))) return false;
        }
        Tense? governing = null;
        foreach (var t in tenses)
        {
            if (t.Start < sentence.Start || t.Start >= sentence.End) continue;
            if (t.Start <= c.Start) governing = t.Value;
            else { governing ??= t.Value; break; }
        }
        return governing is null or Tense.Past or Tense.Present;
    }

    /// <summary>
    /// Whether the sentence names a date that cannot be read ("February 30, 2023", "2023 years ago"): its event is then
    /// not dated by default, since the sentence says it happened on some other day. Diagnostics are in text order.
    /// </summary>
    private static bool NamesUnreadableDate(IReadOnlyList<Diagnostic> diagnostics, TextSpan sentence)
    {
        int lo = 0, hi = diagnostics.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (diagnostics[mid].Span.Start < sentence.Start) lo = mid + 1; else hi = mid;
        }
        for (; lo < diagnostics.Count && diagnostics[lo].Span.Start < sentence.End; lo++)
        {
            if (diagnostics[lo].Span.Length > 0) return true; // not a note about the input as a whole
        }
        return false;
    }

    private sealed class Candidate(int start, int end, EventType type)
    {
        public int Start { get; } = start;
        public int End { get; } = end;
        public EventType Type { get; set; } = type;
        public bool Planned { get; set; }
        public bool Dropped { get; set; }

        /// <summary>Where a visit folded into this event ended ("visited Vladivostok for a summit"): its place is this event's.</summary>
        public int? VisitEnd { get; set; }

        /// <summary>The index of the expression that dates this event, or −1.</summary>
        public int DateIndex { get; set; } = -1;

        /// <summary>Whether that expression is a possessive before this trigger ("Friday's talks"): it dates this event alone.</summary>
        public bool DateIsPossessive { get; set; }
    }

    /// <summary>
    /// One event per type and clause; a visit "for a summit" is that summit; a delegation that meets is the meeting;
    /// an invitation with no visit named is an invitation to visit, which is a planned visit.
    /// </summary>
    private void Consolidate(TokenStream s, List<Candidate> candidates)
    {
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            for (int j = i + 1; j < candidates.Count; j++)
            {
                var d = candidates[j];
                if (d.Dropped) continue;
                if (d.Type == c.Type && !HasComma(s, c.End, d.Start)) d.Dropped = true;
                else if (c.Type == EventType.Visit && d.Type is EventType.Summit or EventType.Meeting or EventType.Talks
                         && d.Start - c.End <= 8 && Between(s, c.End, d.Start, "for"))
                {
                    c.Dropped = true;
                    d.VisitEnd = c.End;
                }
                else if (c.Type == EventType.Delegation && d.Type is EventType.Meeting or EventType.Talks or EventType.Summit && d.Start - c.End <= 12) c.Dropped = true;
            }
        }
        candidates.RemoveAll(c => c.Dropped);
        // An invitation is an invitation to visit: a planned visit, unless the visit is named after it ("invitation … to visit").
        Candidate? invitation = null;
        foreach (var c in candidates)
        {
            if (c.Type == EventType.Invitation) { invitation = c; break; }
        }
        if (invitation is null) return;
        foreach (var c in candidates)
        {
            if (c.Type == EventType.Visit && c.Start > invitation.Start) return;
        }
        candidates.Add(new Candidate(invitation.Start, invitation.End, EventType.Visit) { Planned = true });
    }

    /// <summary>A meeting "with President X", or of two leaders ("Putin and Kim's meeting"), is a summit.</summary>
    private static bool IsLeaderLevel(TokenStream s, Participants people, List<RuleMatch<bool>> leaderGroups, RuleMatch<EventType> t, Sentence sentence)
    {
        int after = t.End;
        if (after < sentence.End && s.TextOf(after) is "with") after++;
        if (people.LeaderIn(after, Math.Min(sentence.End, after + 6))) return true;
        if (people.LeadersIn(sentence.Start, t.Start) >= 2) return true;
        foreach (var g in Slice(leaderGroups, sentence))
        {
            if (g.Start >= Math.Max(sentence.Start, t.Start - 8) && g.End <= Math.Min(sentence.End, t.End + 8)) return true;
        }
        return false;
    }

    private bool IsUsableDate(TokenStream s, TextAnalysis analysis, TemporalExpression e, int a, int b)
    {
        if (e.Type is TimexType.Duration or TimexType.Set) return false;
        if (e.Value.EndsWith("_REF", StringComparison.Ordinal)) return false;
        if (analysis.Result.Publication.Span is { } pub && pub.Overlaps(e.Span)) return false;
        // A dateline: "Seoul, Sep 22 …", "Pyongyang, Jun 8 (ANI):".
        int line = LineStart(s, a, 16);
        if (line >= 0 && a > line && s.TextOf(a - 1) is "," && (b >= s.Count || s.TextOf(b) is "(" or ":" or "-" or "–" || IsLineStartDateline(s, line, a)))
            return false;
        // "KCNA said on Friday": the date of the report, not of the event.
        for (int k = a - 1; k >= Math.Max(0, a - 3); k--)
        {
            if (s.Is(k, _lang.ReportingVerbs)) return false;
            if (s.Tokens[k].Kind != TokenKind.Word) break;
        }
        return true;
    }

    /// <summary>The first token of the line that holds token <paramref name="a"/>, if it is at most <paramref name="within"/> tokens back; else −1.</summary>
    private static int LineStart(TokenStream s, int a, int within)
    {
        for (int k = a; k >= 0 && a - k <= within; k--)
        {
            if (k == 0 || s.Tokens[k].Gap is TokenGap.Line or TokenGap.Paragraph) return k;
        }
        return -1;
    }

    private static bool IsLineStartDateline(TokenStream s, int line, int a)
    {
        if (a - line > 4) return false;
        for (int k = line; k < a - 1; k++)
        {
            if (s.Tokens[k].Kind != TokenKind.Word || !char.IsUpper(s.Text[s.Tokens[k].Start])) return false;
        }
        return true;
    }

    private static EventStatus StatusOf(ReadOnlySpan<RuleMatch<EventStatus>> cues, Candidate c, Sentence sentence, EventDate? date, NodaTime.LocalDate? published)
    {
        EventStatus? nearest = null;
        foreach (var cue in cues)
        {
            // A cue may end on the trigger itself ("invited Putin to visit").
            if (cue.Start < sentence.Start || cue.Start >= c.Start || cue.End > c.End) continue;
            if (c.Start - cue.End > StatusWindow) continue;
            nearest = cue.Value;
        }
        if (nearest is EventStatus.Planned or EventStatus.Uncertain) return nearest.Value;
        if (date is not null && published is { } p && date.Start > p) return EventStatus.Planned;
        return EventStatus.Occurred;
    }

    /// <summary>
    /// "X launched missiles just before the summit": the trigger nearest before the cue is dated through the event after it;
    /// "Following the summit, Putin accepted an invitation": a cue opening the sentence dates the first event of the main clause.
    /// </summary>
    private static (EventRelationKind?, TextSpan?) RelationOf(TokenStream s, ReadOnlySpan<RuleMatch<EventRelationKind>> cues, List<Candidate> candidates, Candidate c, Sentence sentence)
    {
        foreach (var cue in cues)
        {
            if (cue.Start < sentence.Start || cue.End > sentence.End) continue;
            Candidate? target = null;
            foreach (var t in candidates)
            {
                if (t != c && t.Start >= cue.End && t.Start - cue.End <= 8 && t.Type is EventType.Summit or EventType.Meeting or EventType.Talks or EventType.Visit)
                {
                    target = t;
                    break;
                }
            }
            if (target is null) continue;
            // The candidate that starts last before the cue (the first of equals), and the first after the comma that
            // ends an opening cue's phrase.
            Candidate? nearestBefore = null;
            foreach (var t in candidates)
            {
                if (t != target && t.End <= cue.Start && (nearestBefore is null || t.Start > nearestBefore.Start)) nearestBefore = t;
            }
            Candidate? mainClause = null;
            if (cue.Start - sentence.Start <= 1)
            {
                int comma = cue.End;
                while (comma < sentence.End && s.TextOf(comma) is not ",") comma++;
                foreach (var t in candidates)
                {
                    if (t != target && t.Start > comma && (mainClause is null || t.Start < mainClause.Start)) mainClause = t;
                }
            }
            if (c == nearestBefore || c == mainClause) return (cue.Value, s.SpanOf(target.Start, target.End));
        }
        return (null, null);
    }

    /// <summary>
    /// The place of the event a trigger names: "in/at/to" + a known place or a named venue in the trigger's segment,
    /// after the trigger first ("met … in Pyongyang", "visited Vladivostok"), then before it.
    /// </summary>
    private (string? Place, bool IsCountry) LocationOf(TokenStream s, MatchIndex<string> places, MatchIndex<bool> venues,
        MatchIndex<string> countries, Sentence segment, Sentence sentence, Candidate c)
    {
        // After the trigger, past commas ("met his counterpart, Alexander Kozlov, in Pyongyang"); before it, its segment only.
        int end = Math.Min(sentence.End, c.End + 12);
        int afterCount = Math.Max(0, end - c.End), beforeCount = Math.Max(0, c.Start - segment.Start);
        string? weak = null;
        for (int step = 0; step < afterCount + beforeCount; step++)
        {
            int k = step < afterCount ? c.End + step : c.Start - 1 - (step - afterCount);
            bool preposition = s.Is(k, _lang.PlacePrepositions);
            bool direct = (k == c.End && c.Type is EventType.Visit) || k == c.VisitEnd; // "visited Vladivostok"
            if (!preposition && !direct) continue;
            int j = preposition ? k + 1 : k;
            if (j < end && s.TextOf(j) is "the") j++;
            if (j >= end) continue;
            if (places.TryGetValue(j, out var p) && p.End <= end && !(p.End < s.Count && s.TextOf(p.End) is "'" or "’"))
            {
                // A country is a weak place: kept only if no city or venue is named ("at the Vostochny space center …
                // Russia's war in Ukraine").
                if (!(countries.TryGetValue(j, out var country) && country.Value == p.Value)) return (p.Value, false);
                weak ??= p.Value;
                continue;
            }
            // A named venue: "the Vostochny space center", "the Vostochny Cosmodrome space centre".
            int n = j;
            while (n < end && s.Tokens[n].Kind == TokenKind.Word && char.IsUpper(s.Text[s.Tokens[n].Start]) && !s.Is(n, _lang.NameStopWords)) n++;
            int e = n;
            while (e < end && venues.TryGetValue(e, out var v)) e = v.End;
            if (n > j && (e > n || IsVenueName(s, j, n, venues)))
                return (s.Text[s.Tokens[j].Start..s.Tokens[e - 1].End], false);
        }
        return (weak, weak is not null);
    }

    private static bool IsVenueName(TokenStream s, int start, int end, MatchIndex<bool> venues)
    {
        for (int k = start; k < end; k++) if (venues.ContainsKey(k)) return true;
        return false;
    }

    /// <summary>Splits a sentence at commas, colons, semicolons, brackets and dashes: the clause segments dates attach within.</summary>
    private static void Segments(TokenStream s, Sentence sentence, List<Sentence> result)
    {
        result.Clear();
        int start = sentence.Start;
        for (int k = sentence.Start; k < sentence.End; k++)
        {
            if (s.Tokens[k] is { Kind: TokenKind.Symbol, Length: 1 } t && s.Text[t.Start] is ',' or ';' or ':' or '(' or ')' or '—' or '–' or '[' or ']')
            {
                if (k > start) result.Add(new Sentence(start, k, s.SpanOf(start, k)));
                start = k + 1;
            }
        }
        if (start < sentence.End) result.Add(new Sentence(start, sentence.End, s.SpanOf(start, sentence.End)));
        if (result.Count == 0) result.Add(sentence);
        // A symbol token itself belongs to the segment before it, so every token has a segment.
        for (int i = 0; i < result.Count; i++)
        {
            int end = i + 1 < result.Count ? result[i + 1].Start : sentence.End;
            int begin = i == 0 ? sentence.Start : result[i].Start;
            result[i] = new Sentence(begin, end, s.SpanOf(begin, end));
        }
    }

    /// <summary>The clause segment that holds token <paramref name="k"/>.</summary>
    private static Sentence SegmentOf(List<Sentence> segments, int k)
    {
        foreach (var g in segments)
        {
            if (g.Start <= k && k < g.End) return g;
        }
        throw new InvalidOperationException($"No segment holds token {k}.");
    }

    private bool ClauseBetween(TokenStream s, int from, int to)
    {
        for (int k = from; k < to; k++) if (s.Is(k, _lang.ClauseBoundaries)) return true;
        return false;
    }

    private static bool HasComma(TokenStream s, int from, int to)
    {
        for (int k = from; k < to; k++) if (s.TextOf(k) is "," or ";") return true;
        return false;
    }

    private static bool Between(TokenStream s, int from, int to, string word)
    {
        for (int k = from; k < to; k++) if (s.TextOf(k).Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static (int Start, int End)[] ExpressionTokens(TokenStream s, IReadOnlyList<TemporalExpression> expressions)
    {
        var result = new (int, int)[expressions.Count];
        int k = 0;
        for (int i = 0; i < result.Length; i++)
        {
            var e = expressions[i];
            while (k > 0 && s.Tokens[k].Start > e.Span.Start) k--;
            while (k < s.Count && s.Tokens[k].End <= e.Span.Start) k++;
            int a = k, b = k;
            while (b < s.Count && s.Tokens[b].Start < e.Span.End) b++;
            result[i] = (a, Math.Max(b, a + 1));
        }
        return result;
    }

    /// <summary>The matches that start in <paramref name="sentence"/> (the list is in text order: binary searches, not a scan).</summary>
    private static ReadOnlySpan<RuleMatch<T>> Slice<T>(List<RuleMatch<T>> matches, Sentence sentence)
    {
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(matches);
        int lo = FirstAtOrAfter(all, sentence.Start);
        return all[lo..(lo + FirstAtOrAfter(all[lo..], sentence.End))];
    }

    /// <summary>The index of the first match that starts at or after token <paramref name="start"/>.</summary>
    private static int FirstAtOrAfter<T>(ReadOnlySpan<RuleMatch<T>> matches, int start)
    {
        int lo = 0, hi = matches.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (matches[mid].Start < start) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

}
