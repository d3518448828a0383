using Timeline.Patterns;
using Timeline.Text;

namespace Timeline.Events;

/// <summary>
/// Finds the people, countries and organisations of an article and resolves later references to them:
/// a surname ("Putin"), a role ("the North Korean leader") or a group ("the two leaders").
/// One instance per article; built in a first pass over the whole text.
/// </summary>
internal sealed class Participants
{
    private readonly EventLanguage _lang;
    private readonly TokenStream _s;
    private readonly bool[] _content;
    private readonly bool[] _temporal;
    private List<Found> _found = []; // pass 1's names, then those and the references of pass 2
    private readonly List<Person> _people = [];
    private readonly Dictionary<string, int> _peopleIndex = [];

    private sealed record Person(string Name, string Key, string? Role, string? Country, bool Leader);

    /// <summary>A participant found at tokens [Start, End).</summary>
    private readonly record struct Found(int Start, int End, Participant Participant, bool WithTitle);

    /// <summary>
    /// Of the people added in text order, the last leader and the last leader with another name: enough to answer
    /// "the last two distinct leaders" in constant time however long the text.
    /// </summary>
    private struct RecentLeaders(HashSet<string> leaderKeys)
    {
        public Found? Last { get; private set; }
        private Found? _other;

        public void Add(Found f)
        {
            if (f.Participant.Kind != ParticipantKind.Person || !leaderKeys.Contains(f.Participant.Key)) return;
            if (Last is { } last && last.Participant.Key != f.Participant.Key) _other = last;
            Last = f;
        }

        /// <summary>The last leader whose name differs from <paramref name="f"/>'s.</summary>
        public readonly Found? OtherThan(Found f) => Last is { } last && last.Participant.Key != f.Participant.Key ? last : _other;
    }

    // countries, leaderGroups: the article's country mentions by first token and its group references, scanned once by the extractor.
    public Participants(EventLanguage lang, TokenStream s, bool[] content, bool[] temporal, MatchIndex<string> countries, List<RuleMatch<bool>> leaderGroups)
    {
        _lang = lang;
        _s = s;
        _content = content;
        _temporal = temporal;
        var titles = new MatchIndex<string>(lang.Titles.Scan(s), s.Count);
        var sources = new MatchIndex<bool>(lang.Sources.Scan(s), s.Count);
        var groups = new MatchIndex<bool>(leaderGroups, s.Count);
        _singleCap = new bool[s.Count];
        for (int i = 0; i < s.Count; i++)
        {
            _singleCap[i] = s.Tokens[i] is { Kind: TokenKind.Word, Length: > 1 } t && char.IsUpper(s.Text[t.Start]) && !s.Is(i, lang.ClauseBoundaries);
        }
        var starts = MatchIndex.Union(sources, countries, titles, groups);

        // Pass 1: titled names, plain names, organisations, countries.
        for (int i = 0; i < s.Count;)
        {
            // Most tokens start nothing and are no capitalised word: nothing below applies to them.
            if (!content[i] || (!_singleCap[i] && !MatchIndex.Has(starts, i)))
            {
                i++;
                continue;
            }
            if (sources.TryGetValue(i, out var src)) { i = src.End; continue; }
            string? country = null;
            int j = i;
            if (countries.TryGetValue(j, out var c) && titles.ContainsKey(c.End)) { country = c.Value; j = c.End; }
            if (titles.TryGetValue(j, out var title))
            {
                int nameStart = title.End;
                // "his Russian counterpart, Alexander Kozlov": an apposition after a comma.
                if (nameStart + 1 < s.Count && s.TextOf(nameStart) is "," && NameRun(nameStart + 1) - (nameStart + 1) >= 2) nameStart++;
                int nameEnd = NameRun(nameStart);
                // "Minister for External Economic Affairs Kim Yong-jae": the name is the end of a long run.
                if (Words(nameStart, nameEnd) > 3) nameStart = LastWords(nameStart, nameEnd, 2);
                if (nameEnd > nameStart && IsPersonName(nameStart, nameEnd))
                {
                    var name = NameText(nameStart, nameEnd);
                    bool leader = s.Is(j, lang.LeaderRoles) || (j + 1 < title.End && s.Is(j + 1, lang.LeaderRoles));
                    AddPerson(i, nameEnd, name, title.Value, country, leader);
                    i = nameEnd;
                    continue;
                }
                if (country is not null) { _found.Add(new Found(i, c.End, new Participant(country, ParticipantKind.Country), false)); }
                i = title.End;
                continue;
            }
            if (countries.TryGetValue(i, out var only))
            {
                _found.Add(new Found(i, only.End, new Participant(only.Value, ParticipantKind.Country), false));
                i = only.End;
                continue;
            }
            if (groups.TryGetValue(i, out var g))
            {
                i = g.End;
                continue;
            }
            int end = NameRun(i);
            if (end - i >= 2)
            {
                var org = OrganisationEnd(i, end);
                if (org > 0)
                {
                    _found.Add(new Found(i, org, new Participant(NameText(i, org), ParticipantKind.Organisation), false));
                    i = org;
                    continue;
                }
                // "External Economic Affairs Kim Yong-jae": a name is at most three words; keep the last two.
                int start = Words(i, end) > 3 ? LastWords(i, end, 2) : i;
                if (IsPersonName(start, end)) AddPerson(start, end, NameText(start, end), null, null, false);
                i = end;
                continue;
            }
            i++;
        }

        // Pass 2: surnames and group references resolve to the people named in full. Pass 1 found its names in text
        // order; the references found here go to a second list, also in text order, and the two are merged at the end.
        // Everything a reference looks up is indexed first (the people's keys, the leaders among them, who bears each
        // surname and family name), so that the pass stays linear on long texts.
        var leaderKeys = new HashSet<string>(StringComparer.Ordinal);
        // A reference names a person as pass 1 left them: one participant per person, made when first referred to.
        var referred = new Participant?[_people.Count];
        var firstLeaders = new List<Participant>(2);
        for (int p = 0; p < _people.Count; p++)
        {
            if (!_people[p].Leader) continue;
            leaderKeys.Add(_people[p].Key);
            if (firstLeaders.Count < 2) firstLeaders.Add(Referred(p));
        }
        var bearers = new Dictionary<string, Bearers>(2 * _people.Count, StringComparer.OrdinalIgnoreCase);
        var bearersOf = bearers.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int p = 0; p < _people.Count; p++)
        {
            ReadOnlySpan<char> surname = SurnameOf(_people[p].Name), family = FamilyNameOf(_people[p].Name);
            Bear(surname, p);
            if (!family.Equals(surname, StringComparison.OrdinalIgnoreCase)) Bear(family, p);
        }
        var covered = new bool[s.Count];
        foreach (var f in _found) for (int k = f.Start; k < f.End && k < s.Count; k++) covered[k] = true;
        var named = _found;
        var references = new List<Found>();
        var namedLeaders = new RecentLeaders(leaderKeys);
        var referredLeaders = new RecentLeaders(leaderKeys);
        // references[..settled] were found up to the last group reference; those after it are the text's current topic.
        int nextNamed = 0, nextReference = 0, settled = 0;
        for (int i = 0; i < s.Count; i++)
        {
            if (!content[i] || covered[i]) continue;
            // Only a group, a capitalised word or a determiner ("the", "his") starts anything below.
            if (s.Tokens[i].Length != 3 && !_singleCap[i] && !groups.ContainsKey(i)) continue;
            if (groups.TryGetValue(i, out var g))
            {
                // "the two leaders": the last two leaders named before.
                var leaders = LastTwoLeaders(i);
                if (leaders.Count < 2) leaders = firstLeaders;
                foreach (var p in leaders) references.Add(new Found(i, g.End, p, false));
                settled = references.Count;
                continue;
            }
            if (IsSingleCap(i) && !s.Is(i, lang.NameStopWords) && bearersOf.TryGetValue(s.TextOf(i), out var match))
            {
                // Two people share the name ("Kim Jong-un", "Kim Yong-jae"): "Kim" alone is the leader among them.
                // (People have distinct keys, so two bearers are two people.)
                int who = match.Count == 1 ? match.First : match.Leaders == 1 ? match.Leader : -1;
                if (who >= 0) references.Add(new Found(i, i + 1, Referred(who), false));
            }
            // "the North Korean leader": a role and country naming someone already named.
            if (s.TextOf(i) is "the" or "The" or "his" or "His" or "her" or "its" && i + 1 < s.Count)
            {
                int k = i + 1;
                string? ctry = null;
                if (countries.TryGetValue(k, out var cc)) { ctry = cc.Value; k = cc.End; }
                if (titles.TryGetValue(k, out var t) && NameRun(t.End) == t.End)
                {
                    int who = -1;
                    bool unique = true;
                    for (int p = 0; p < _people.Count && unique; p++)
                    {
                        if ((ctry is not null && _people[p].Country != ctry) || !string.Equals(_people[p].Role, t.Value, StringComparison.OrdinalIgnoreCase)) continue;
                        if (who < 0) who = p;
                        else if (_people[p].Key != _people[who].Key) unique = false;
                    }
                    if (who >= 0 && unique) references.Add(new Found(i, t.End, Referred(who), false));
                }
            }
        }
        // Both lists are in text order and never start on the same token (references start on uncovered tokens).
        if (references.Count > 0)
        {
            var all = new List<Found>(named.Count + references.Count);
            for (int a = 0, b = 0; a < named.Count || b < references.Count;)
            {
                all.Add(b >= references.Count || (a < named.Count && named[a].Start <= references[b].Start) ? named[a++] : references[b++]);
            }
            _found = all;
        }
        _leaders = leaderKeys;
        _starts = new int[_found.Count];
        for (int k = 0; k < _starts.Length; k++) _starts[k] = _found[k].Start;

        // The two distinct leaders named last before token i, each as its last mention names them; the people referred to
        // again since the previous group reference come first (they are what the text is now about), then the others in
        // text order. Only mentions that have ended by i count.
        List<Participant> LastTwoLeaders(int i)
        {
            while (nextNamed < named.Count && named[nextNamed].Start < i) namedLeaders.Add(named[nextNamed++]);
            while (nextReference < settled && references[nextReference].End <= i) referredLeaders.Add(references[nextReference++]);
            var referred = referredLeaders;
            for (int r = nextReference; r < settled; r++) if (references[r].End <= i) referred.Add(references[r]);
            var recent = new RecentLeaders(leaderKeys);
            for (int r = settled; r < references.Count; r++) if (references[r].End <= i) recent.Add(references[r]);
            var last = recent.Last ?? Later(namedLeaders.Last, referred.Last);
            if (last is not { } x) return [];
            var other = recent.OtherThan(x) ?? Later(namedLeaders.OtherThan(x), referred.OtherThan(x));
            return other is { } y ? [x.Participant, y.Participant] : [x.Participant];
        }

        static Found? Later(Found? a, Found? b) => a is null ? b : b is null ? a : b.Value.Start > a.Value.Start ? b : a;

        void Bear(ReadOnlySpan<char> name, int person)
        {
            ref var b = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(bearersOf, name, out bool known);
            if (!known) b.First = person;
            b.Count++;
            if (_people[person].Leader)
            {
                b.Leaders++;
                b.Leader = person;
            }
        }

        Participant Referred(int person) =>
            referred[person] ??= new Participant(_people[person].Name, ParticipantKind.Person, _people[person].Role);
    }

    /// <summary>The people who bear a name (as surname or family name): how many, the first, and the leaders among them.</summary>
    private struct Bearers
    {
        public int Count;
        public int First;
        public int Leaders;
        public int Leader; // the last leader, which is the only one when Leaders is 1
    }

    private readonly HashSet<string> _leaders;
    private readonly int[] _starts;

    /// <summary>Whether the participant found at <paramref name="k"/> is a leader (head of state or government).</summary>
    private bool IsLeader(int k) => _found[k].Participant.Kind == ParticipantKind.Person && _leaders.Contains(_found[k].Participant.Key);

    /// <summary>Whether a leader is named in tokens [start, end).</summary>
    public bool LeaderIn(int start, int end)
    {
        for (int k = FirstAtOrAfter(start); k < _found.Count && _found[k].Start < end; k++)
        {
            if (_found[k].End <= end && IsLeader(k)) return true;
        }
        return false;
    }

    /// <summary>How many distinct leaders are named in tokens [start, end).</summary>
    public int LeadersIn(int start, int end)
    {
        int from = FirstAtOrAfter(start), count = 0;
        for (int k = from; k < _found.Count && _found[k].Start < end; k++)
        {
            if (_found[k].End > end || !IsLeader(k)) continue;
            // Counted at its first mention in the range only.
            bool seen = false;
            for (int j = from; j < k && !seen; j++) seen = _found[j].End <= end && IsLeader(j) && _found[j].Participant.Key == _found[k].Participant.Key;
            if (!seen) count++;
        }
        return count;
    }

    /// <summary>The participants named in tokens [start, end), people first, each once, in <paramref name="result"/> (cleared first).</summary>
    public List<Participant> In(int start, int end, List<Participant> result)
    {
        result.Clear();
        int lo = FirstAtOrAfter(start);
        for (int k = lo; k < _found.Count && _found[k].Start < end; k++)
        {
            var f = _found[k];
            if (f.End > end || Contains(result, f.Participant.Key)) continue;
            // People first, then countries, then organisations; in text order within each (a stable insertion).
            int at = result.Count;
            while (at > 0 && result[at - 1].Kind > f.Participant.Kind) at--;
            result.Insert(at, f.Participant);
        }
        return result;
    }

    private static bool Contains(List<Participant> participants, string key)
    {
        foreach (var p in participants) if (p.Key == key) return true;
        return false;
    }

    private int FirstAtOrAfter(int start)
    {
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_starts[mid] < start) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private void AddPerson(int start, int end, string name, string? role, string? country, bool leader)
    {
        var participant = new Participant(name, ParticipantKind.Person, role);
        var key = participant.Key;
        if (!_peopleIndex.TryGetValue(key, out int index))
        {
            _peopleIndex[key] = _people.Count;
            _people.Add(new Person(name, key, role, country, leader));
        }
        else if (_people[index] is { Role: null } existing && role is not null)
        {
            _people[index] = existing with { Role = role, Country = country ?? existing.Country, Leader = existing.Leader || leader };
        }
        _found.Add(new Found(start, end, participant, role is not null));
    }

    /// <summary>The end of a run of capitalised name words starting at <paramref name="i"/> ("Kim Jong-un", "Vladimir Putin").</summary>
    private int NameRun(int i)
    {
        int j = i;
        while (j < _s.Count && _content[j] && !_temporal[j] && IsSingleCap(j) && !(j > i && _s.Tokens[j].Gap is TokenGap.Line or TokenGap.Paragraph)
               && (j > i || !_s.Is(j, _lang.NameStopWords)))
        {
            j++;
            // A plural possessive inside a name: "Workers' Party".
            if (j + 1 < _s.Count && _s.TextOf(j) is "'" or "’" && _s.Tokens[j].Gap == TokenGap.None && IsSingleCap(j + 1)) j++;
            // Hyphenated given names: "Jong-un", "Yong-jae", "Chon-il".
            while (j + 1 < _s.Count && _s.TextOf(j) is "-" && _s.Tokens[j].Gap == TokenGap.None && _s.Tokens[j + 1].Gap == TokenGap.None
                   && _s.Tokens[j + 1].Kind == TokenKind.Word)
                j += 2;
        }
        return j;
    }

    /// <summary>A person's name has no stop word, country or place in it ("Korean War", "Far East", "Vostochny Cosmodrome" are not people).</summary>
    private bool IsPersonName(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (_s.Is(k, _lang.NameStopWords) || _s.Is(k, _lang.OrganisationWords)) return false;
            if (_lang.Countries.MatchesAny(_s, k) || _lang.Places.MatchesAny(_s, k)) return false;
        }
        return true;
    }

    private int Words(int start, int end)
    {
        int n = 0;
        for (int k = start; k < end; k++) if (_s.Tokens[k].Kind == TokenKind.Word && (k == start || _s.TextOf(k - 1) is not "-")) n++;
        return n;
    }

    private int LastWords(int start, int end, int words)
    {
        int k = end;
        while (k > start && words > 0)
        {
            k--;
            while (k > start && _s.TextOf(k - 1) is "-") k -= 2;
            words--;
        }
        return k;
    }

    private int OrganisationEnd(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (_s.Is(k, _lang.OrganisationWords))
            {
                // "Workers' Party politburo": a lower-case organisation word may follow.
                int e = end;
                if (e < _s.Count && _s.Is(e, _lang.OrganisationWords)) e++;
                return e;
            }
        }
        return 0;
    }

    private bool IsSingleCap(int i) => (uint)i < (uint)_singleCap.Length && _singleCap[i];

    // For each token: a capitalised word of two letters or more that opens no clause.
    private readonly bool[] _singleCap;

    /// <summary>The text of tokens [start, end) with each run of spaces, tabs and line breaks made one space.</summary>
    private string NameText(int start, int end)
    {
        var text = _s.Text.AsSpan(_s.Tokens[start].Start, _s.Tokens[end - 1].End - _s.Tokens[start].Start);
        // Tokens start and end on non-space characters, so there is no space at either end.
        if (text.IndexOfAny(" \n\t\r") < 0) return new string(text);
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        int n = 0;
        bool space = false;
        foreach (char c in text)
        {
            if (c is ' ' or '\n' or '\t' or '\r')
            {
                space = n > 0;
                continue;
            }
            if (space) buffer[n++] = ' ';
            space = false;
            buffer[n++] = c;
        }
        return new string(buffer[..n]);
    }

    // The last and the first word of a name (its words are separated by single spaces).
    private static ReadOnlySpan<char> SurnameOf(string name) => name.AsSpan(name.LastIndexOf(' ') + 1);

    private static ReadOnlySpan<char> FamilyNameOf(string name) => name.IndexOf(' ') is var space and >= 0 ? name.AsSpan(0, space) : name;
}
