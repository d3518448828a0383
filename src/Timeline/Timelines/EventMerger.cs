using NodaTime;
using System.Buffers;
using System.Text;
using Timeline.Events;
using Timeline.Temporal.Resolution;

namespace Timeline.Timelines;

/// <summary>
/// Groups mentions into events in two passes, each in a canonical order so that the result depends only on the set
/// of mentions: first within each document (mentions of one article), then across documents, where the rules are
/// stricter (same type, participants that agree, a place or a date in common) and an undated event that could join
/// several different events joins none. Then dates flow through relations ("just before the summit").
/// </summary>
internal static class EventMerger
{
    // The names of the event types by value (what ToString gives), made once.
    private static readonly string[] TypeNames = [.. Enumerable.Range(0, Enum.GetValues<EventType>().Max(t => (int)t) + 1).Select(v => ((EventType)v).ToString())];

    private static readonly EventType[] ConsultRank = [EventType.Summit, EventType.Meeting, EventType.Talks, EventType.Delegation, EventType.Visit];

    /// <summary>A mention, with its document's number (in ordinal order of the ids).</summary>
    private readonly record struct Member(Observation Observation, int DocumentIndex)
    {
        /// <summary>
        /// Whether this member's key comes before <paramref name="other"/>'s in ordinal order (see <see cref="KeyOrder"/>):
        /// compared as (document index, position, type) when <paramref name="byPosition"/>, as text otherwise.
        /// </summary>
        public bool Before(Member other, bool byPosition)
        {
            if (!byPosition) return string.CompareOrdinal(Observation.Key, other.Observation.Key) < 0;
            int c = DocumentIndex.CompareTo(other.DocumentIndex);
            if (c == 0) c = Observation.Trigger.Start.CompareTo(other.Observation.Trigger.Start);
            return c != 0 ? c < 0 : (int)Observation.Type < (int)other.Observation.Type;
        }
    }

    /// <summary>
    /// Mentions grouped as one event, with what the merge compares ("Other" mentions, which never join, make no group).
    /// Most groups hold one mention that meets no other, so a group keeps its first member, its first date and its
    /// place's words without making a collection, and makes one only when a second member, date or comparison needs it.
    /// </summary>
    private sealed class Group
    {
        private static readonly HashSet<string> NoNames = new(StringComparer.Ordinal);

        private readonly Member _first;
        private List<Member>? _more; // the members after the first
        private HashSet<string>? _people;
        private HashSet<string>? _countries;
        private HashSet<int>? _documents; // by index, once a second document joins
        private EventDate? _textDate; // the one distinct date from the text, until a second makes _textDates
        private HashSet<EventDate>? _textDates;
        private EventDate? _anyDate; // the same for every date, publication defaults included
        private HashSet<EventDate>? _anyDates;
        private HashSet<string>? _locationWords;

        private Group(Member first)
        {
            _first = first;
            Type = first.Observation.Type;
            Status = first.Observation.Status;
            DocumentIndex = first.DocumentIndex;
            Take(first);
        }

        public EventType Type { get; private set; }
        public EventStatus Status { get; }
        public EventDate? Date { get; private set; }

        /// <summary>The date from the text, else the publication-date default: what tells reports of different days apart across articles.</summary>
        public EventDate? EffectiveDate { get; private set; }
        public HashSet<string> People => _people ?? NoNames;
        public HashSet<string> Countries => _countries ?? NoNames;
        public string? Location { get; private set; }
        public bool LocationIsCountry { get; private set; }

        /// <summary>The distinctive words of <see cref="Location"/> (see <see cref="PlaceWords"/>), made when first compared.</summary>
        public HashSet<string>? LocationWords => Location is null ? null : _locationWords ??= PlaceWords(Location);

        /// <summary>How many mentions.</summary>
        public int Count => 1 + (_more?.Count ?? 0);

        /// <summary>The members, first to last.</summary>
        public Member this[int index] => index == 0 ? _first : _more![index - 1];

        /// <summary>The member with the smallest key (ordinal; see <see cref="Member.Before"/>).</summary>
        public Member FirstMember(bool byPosition)
        {
            var first = _first;
            if (_more is null) return first;
            foreach (var m in _more)
            {
                if (m.Before(first, byPosition)) first = m;
            }
            return first;
        }

        /// <summary>
        /// The member whose key the event's id is made from: the mention in the earliest published document (documents
        /// without a date last), the smallest key among those. News comes in date order, so later articles leave it unchanged.
        /// </summary>
        public Member IdMember(IReadOnlyDictionary<string, LocalDate?> published, bool byPosition)
        {
            var best = _first;
            if (_more is null) return best;
            var bestDate = published.GetValueOrDefault(_first.Observation.Document);
            foreach (var m in _more)
            {
                var date = published.GetValueOrDefault(m.Observation.Document);
                int c = date is null ? (bestDate is null ? 0 : 1) : bestDate is null ? -1 : date.Value.CompareTo(bestDate.Value);
                if (c < 0 || (c == 0 && m.Before(best, byPosition)))
                {
                    best = m;
                    bestDate = date;
                }
            }
            return best;
        }

        /// <summary>Whether a member comes from <paramref name="document"/>.</summary>
        public bool HasDocument(int document) => _documents is null ? DocumentIndex == document : _documents.Contains(document);

        /// <summary>The index of the first member's document (documents are numbered in ordinal order of their ids).</summary>
        public int DocumentIndex { get; }

        /// <summary>Joined into another group.</summary>
        public bool Removed { get; set; }

        /// <summary>The group's number in the <see cref="DateIndex"/> that lists it (a group is listed by one index at most).</summary>
        public int Listed { get; set; } = -1;

        /// <summary>What the <see cref="DateIndex"/> lists the group under, so that listing it again after it grows adds only what is new.</summary>
        public HashSet<(int, string?)>? ListedUnder { get; set; }

        public static Group Of(Member m) => new(m);

        public void Absorb(Group other)
        {
            for (int i = 0; i < other.Count; i++)
            {
                var m = other[i];
                (_more ??= []).Add(m);
                if (_documents is not null || m.DocumentIndex != DocumentIndex) (_documents ??= [DocumentIndex]).Add(m.DocumentIndex);
                Take(m);
            }
        }

        private void Take(Member m)
        {
            var o = m.Observation;
            var participants = o.Participants;
            for (int i = 0; i < participants.Count; i++)
            {
                var p = participants[i];
                if (p.Kind == ParticipantKind.Person) (_people ??= new(StringComparer.Ordinal)).Add(p.Key);
                else if (p.Kind == ParticipantKind.Country) (_countries ??= new(StringComparer.Ordinal)).Add(p.Key);
            }
            // The most specific place: a city or venue over a country.
            if (o.Location is not null && (Location is null || (LocationIsCountry && !o.LocationIsCountry)
                || (LocationIsCountry == o.LocationIsCountry && o.Location.Length > Location.Length && Compatible(Location, LocationWords!, o.Location, PlaceWords(o.Location)))))
            {
                Location = o.Location;
                _locationWords = null;
                LocationIsCountry = o.LocationIsCountry;
            }
            if (Rank(o.Type) < Rank(Type)) Type = o.Type;
            // The distinct dates only (few), so that joining stays linear in the number of mentions.
            bool changed = false;
            if (o.Date is { } d)
            {
                changed |= AddDate(ref _anyDate, ref _anyDates, d);
                if (o.DateSource == DateSource.Text) changed |= AddDate(ref _textDate, ref _textDates, d);
            }
            if (changed || _more is null)
            {
                Date = _textDates is null ? _textDate : Consensus(_textDates).Date;
                EffectiveDate = Date ?? (_anyDates is null ? _anyDate : Consensus(_anyDates).Date);
            }
        }

        // Adds d to the distinct dates kept as one field, or as a set from the second on; whether it was new.
        private static bool AddDate(ref EventDate? single, ref HashSet<EventDate>? set, EventDate d)
        {
            if (set is not null) return set.Add(d);
            if (single is null)
            {
                single = d;
                return true;
            }
            if (single.Equals(d)) return false;
            set = [single, d];
            return true;
        }
    }

    /// <summary>
    /// The events of <paramref name="observations"/> (a mention whose key repeats an earlier one's is dropped), whose
    /// documents were published on the dates of <paramref name="published"/> (which make event ids). The work of each
    /// document (repeats, grouping), and the building of each event, is spread over up to
    /// <paramref name="parallelism"/> threads; the result does not depend on it.
    /// </summary>
    public static List<TimelineEvent> Merge(IEnumerable<Observation> observations, IReadOnlyDictionary<string, LocalDate?> published, int parallelism = 1) =>
        Merge(ByDocument(observations), published, parallelism);

    /// <summary>
    /// The same, with the mentions already gathered by document: <paramref name="byDocument"/> holds each document's
    /// mentions (none empty, all naming it), the documents in ordinal order of their ids. The lists are let go of as they
    /// are read.
    /// </summary>
    public static List<TimelineEvent> Merge(List<Observation>[] byDocument, IReadOnlyDictionary<string, LocalDate?> published, int parallelism = 1)
    {
        var documents = new Member[byDocument.Length][];
        var perDocument = new List<Group>[documents.Length];
        var otherCounts = new int[documents.Length];
        bool byPosition = documents.Length < 1 << 25;
        ForEach(documents.Length, parallelism, d =>
        {
            documents[d] = Distinct(byDocument[d], d);
            byDocument[d] = null!;
            (perDocument[d], otherCounts[d]) = GroupDocument(documents[d]);
            if (!KeysByPosition(documents[d])) byPosition = false;
        });
        int groupCount = 0, otherCount = 0;
        foreach (var groups in perDocument) groupCount += groups.Count;
        foreach (int count in otherCounts) otherCount += count;
        var docGroups = new List<Group>(groupCount);
        foreach (var groups in perDocument) docGroups.AddRange(groups);
        // "Other" mentions never join: each is an event of its own, after the clusters (in document and text order).
        var singles = new Member[otherCount];
        int next = 0;
        for (int d = 0; d < documents.Length; d++)
        {
            if (otherCounts[d] == 0) continue;
            foreach (var m in documents[d])
            {
                if (m.Observation.Type == EventType.Other) singles[next++] = m;
            }
        }

        // Dated groups first, the most precise first; then by their first mention's key.
        var byDate = new GroupOrder[docGroups.Count];
        ForEach(byDate.Length, parallelism, i => byDate[i] = new GroupOrder(docGroups[i], i, byPosition));
        ParallelSort.Sort(byDate, parallelism);
        Dictionary<string, string>? display = null;
        var clusters = JoinAcrossDocuments(byDate, parallelism, () => display = DisplayNames(documents));

        var built = new TimelineEvent[clusters.Count + singles.Length];
        var firstMembers = new Member[built.Length];
        ForEach(built.Length, parallelism, i => (built[i], firstMembers[i]) = i < clusters.Count
            ? Build(clusters[i], display!, published, byPosition)
            : Build(singles[i - clusters.Count], display!));
        var events = DateThroughRelations(built, parallelism);
        // Dated events by date, then planned ones, then undated ones; ties by their first mention's key.
        var final = new EventOrder[events.Length];
        ForEach(final.Length, parallelism, i => final[i] = new EventOrder(events[i], new KeyOrder(firstMembers[i], byPosition), i));
        ParallelSort.Sort(final, parallelism);
        var result = new List<TimelineEvent>(final.Length);
        foreach (var f in final) result.Add(f.Event);
        return result;
    }

    /// <summary>
    /// Joins the groups of different documents, in the order of <paramref name="byDate"/>: each joins the best compatible
    /// group met before it, or starts a cluster. Only groups of the same kind and status can join, and never two of one
    /// document; and only groups whose dates overlap, which an index by month finds without comparing every pair. As
    /// groups of different kinds never meet, each kind is joined on its own, the kinds on up to
    /// <paramref name="parallelism"/> threads (with <paramref name="alongside"/> as one more piece of work), and the
    /// clusters are listed in the order of the groups that started them: the list one pass over all the groups gives.
    /// </summary>
    private static List<Group> JoinAcrossDocuments(GroupOrder[] byDate, int parallelism, Action alongside)
    {
        var started = new bool[byDate.Length];
        var byKind = new Dictionary<(EventType, EventStatus), List<int>>();
        for (int i = 0; i < byDate.Length; i++)
        {
            var g = byDate[i].Group;
            if (!byKind.TryGetValue((g.Type, g.Status), out var kind)) byKind[(g.Type, g.Status)] = kind = [];
            kind.Add(i);
        }
        var kinds = new List<int>[byKind.Count];
        byKind.Values.CopyTo(kinds, 0);
        ForEach(kinds.Length + 1, parallelism, k =>
        {
            if (k == kinds.Length)
            {
                alongside();
                return;
            }
            var index = new DateIndex();
            var candidates = new List<Group>();
            foreach (int i in kinds[k])
            {
                var g = byDate[i].Group;
                var target = Best(index.Candidates(g, candidates), g, sameDocument: false);
                if (target is null)
                {
                    started[i] = true;
                    index.Add(g);
                }
                else
                {
                    var (date, people) = (target.EffectiveDate, target.People.Count);
                    target.Absorb(g);
                    if (!Equals(date, target.EffectiveDate) || people != target.People.Count) index.Reindex(target);
                }
            }
        });
        var clusters = new List<Group>();
        for (int i = 0; i < byDate.Length; i++)
        {
            if (started[i]) clusters.Add(byDate[i].Group);
        }
        return clusters;
    }

    /// <summary>
    /// Where a group stands in the order groups join across documents: dated groups first, the most precise first; then
    /// by the first mention's key; then by its place in the list. A struct compared directly, so that sorting calls no
    /// delegate and boxes nothing.
    /// </summary>
    private readonly struct GroupOrder(Group group, int index, bool byPosition) : IComparable<GroupOrder>
    {
        private readonly int _undated = group.Date is null ? 1 : 0;
        private readonly int _precision = group.Date is { } d ? (int)d.Precision : int.MinValue;
        private readonly KeyOrder _firstKey = new(group.FirstMember(byPosition), byPosition);
        private readonly int _index = index;

        public Group Group { get; } = group;

        public int CompareTo(GroupOrder other)
        {
            int c = _undated.CompareTo(other._undated);
            if (c == 0) c = _precision.CompareTo(other._precision);
            if (c == 0) c = _firstKey.CompareTo(other._firstKey);
            return c != 0 ? c : _index.CompareTo(other._index);
        }
    }

    /// <summary>
    /// A mention's key in ordinal order. A key is the document id, U+001F, the trigger's position in ten digits, U+001F
    /// and the type in two (<see cref="Observation.Key"/>); when no id holds a character up to U+001F and every position
    /// and type fits those digits, the ordinal order of keys is that of (the document's place among the ids in ordinal
    /// order, position, type), which one number holds and compares at once (see <see cref="KeysByPosition"/>).
    /// </summary>
    private readonly struct KeyOrder(Member member, bool byPosition) : IComparable<KeyOrder>
    {
        // The key's text, made only when keys are compared as text.
        private readonly string? _key = byPosition ? null : member.Observation.Key;

        // (document index, position, type) in bits 38…62, 7…37 and 0…6; −1 when keys are compared as text.
        private readonly long _position = byPosition
            ? ((long)member.DocumentIndex << 38) | ((long)member.Observation.Trigger.Start << 7) | (long)member.Observation.Type
            : -1;

        public int CompareTo(KeyOrder other) =>
            _position >= 0 && other._position >= 0 ? _position.CompareTo(other._position) : string.CompareOrdinal(_key, other._key);
    }

    /// <summary>
    /// Whether the keys of the mentions of a document compare as their (document index, position, type) do: its id holds
    /// no character up to U+001F (the separator, which would otherwise sort an id before its prefix), and every position
    /// is non-negative and every type below 100 (their digits are then fixed in number). Keys compare so when this holds
    /// for every document and the document indexes fit their bits.
    /// </summary>
    private static bool KeysByPosition(Member[] document)
    {
        if (document.Length == 0) return true;
        if (document[0].Observation.Document.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0) return false;
        foreach (var m in document)
        {
            if (!m.Observation.HasUsualKey) return false;
        }
        return true;
    }

    /// <summary>
    /// Where an event stands in the timeline: dated events (by start, end, then precision), then planned ones, then undated
    /// ones (no date before a date within a rank); ties by the first mention's key, then the place in the list.
    /// </summary>
    private readonly struct EventOrder(TimelineEvent e, KeyOrder key, int index) : IComparable<EventOrder>
    {
        private readonly int _rank = e.Status == EventStatus.Planned ? 1 : e.Date is null ? 2 : 0;
        private readonly bool _dated = e.Date is not null;
        private readonly LocalDate _start = e.Date?.Start ?? default;
        private readonly LocalDate _end = e.Date?.End ?? default;
        private readonly int _precision = e.Date is { } d ? (int)d.Precision : 0;
        private readonly KeyOrder _key = key;
        private readonly int _index = index;

        public TimelineEvent Event { get; } = e;

        public int CompareTo(EventOrder other)
        {
            int c = _rank.CompareTo(other._rank);
            if (c == 0) c = _dated.CompareTo(other._dated);
            if (c == 0 && _dated)
            {
                c = _start.CompareTo(other._start);
                if (c == 0) c = _end.CompareTo(other._end);
                if (c == 0) c = _precision.CompareTo(other._precision);
            }
            if (c == 0) c = _key.CompareTo(other._key);
            return c != 0 ? c : _index.CompareTo(other._index);
        }
    }

    /// <summary>
    /// The groups of one document's mentions: each mention joins the best compatible group of its kind and status, in a
    /// canonical order; then groups that have grown compatible join. "Other" mentions are whatever a sentence reports, and
    /// nothing says two of them are the same: they are never compatible with anything, make no group (here or across
    /// documents), and only their number comes back.
    /// </summary>
    private static (List<Group> Groups, int Others) GroupDocument(Member[] doc)
    {
        int others = 0;
        foreach (var m in doc)
        {
            if (m.Observation.Type == EventType.Other) others++;
        }
        // Mentions dated by their text first, the most precise first, then in text order.
        var ordered = new MentionOrder[doc.Length - others];
        int count = 0;
        for (int i = 0; i < doc.Length; i++)
        {
            if (doc[i].Observation.Type != EventType.Other) ordered[count++] = new MentionOrder(doc[i], i);
        }
        Array.Sort(ordered);
        var groups = new List<Group>(count);
        int absorbed = 0;
        // Only groups of one status and one family of kinds can be compatible: each mention is compared with the groups
        // of its bucket alone, in the same order as with all groups.
        var buckets = new Dictionary<(EventStatus, int), List<Group>>();
        for (int i = 0; i < count; i++)
        {
            var single = Group.Of(ordered[i].Member);
            groups.Add(single);
            var key = (single.Status, Family(single.Type));
            if (!buckets.TryGetValue(key, out var bucket)) buckets[key] = bucket = [];
            var target = Best(bucket, single, sameDocument: true);
            if (target is null) bucket.Add(single);
            else
            {
                target.Absorb(single);
                single.Removed = true;
                absorbed++;
            }
        }
        if (count - absorbed < 2) return (absorbed == 0 ? groups : groups.FindAll(g => !g.Removed), others);
        // Groups of one kind that have grown compatible join too (a meeting first named by countries, then by
        // its delegates): the first compatible pair joins, repeatedly, until nothing joins. Groups of different kinds
        // or statuses never join, so each kind is joined on its own.
        foreach (var sameKind in groups.Where(g => !g.Removed).GroupBy(g => (g.Type, g.Status)))
            JoinCompatible([.. sameKind]);
        return (groups.FindAll(g => !g.Removed), others);
    }

    /// <summary>
    /// The mentions of each document, the documents in ordinal order of their ids (articles with one id together, in the
    /// order given), or null when a mention names a document other than its article. The mentions are read on up to
    /// <paramref name="parallelism"/> threads.
    /// </summary>
    public static List<Observation>[]? ByArticle(IReadOnlyList<ArticleEvents> articles, int parallelism)
    {
        var ids = new string[articles.Count];
        var order = new int[articles.Count];
        for (int i = 0; i < order.Length; i++)
        {
            ids[i] = articles[i].Id;
            order[i] = i;
        }
        Array.Sort(order, (a, b) =>
        {
            int c = string.CompareOrdinal(ids[a], ids[b]);
            return c != 0 ? c : a.CompareTo(b);
        });
        // Where each id's run of articles starts in that order.
        var starts = new List<int>(order.Length + 1);
        for (int k = 0; k < order.Length; k++)
        {
            if (k == 0 || !string.Equals(ids[order[k]], ids[order[k - 1]], StringComparison.Ordinal)) starts.Add(k);
        }
        starts.Add(order.Length);
        var byDocument = new List<Observation>[starts.Count - 1];
        bool stray = false;
        ForEach(byDocument.Length, parallelism, d =>
        {
            if (stray) return;
            var mentions = new List<Observation>();
            for (int k = starts[d]; k < starts[d + 1]; k++)
            {
                var article = articles[order[k]];
                foreach (var o in article.Observations)
                {
                    if (!string.Equals(o.Document, article.Id, StringComparison.Ordinal))
                    {
                        stray = true;
                        return;
                    }
                }
                mentions.AddRange(article.Observations);
            }
            byDocument[d] = mentions;
        });
        if (stray) return null;
        // Documents without mentions have nothing to merge.
        return Array.FindAll(byDocument, m => m.Count > 0);
    }

    /// <summary>The mentions of each document (in the order given), the documents in ordinal order of their ids.</summary>
    private static List<Observation>[] ByDocument(IEnumerable<Observation> observations)
    {
        var byDocument = new Dictionary<string, List<Observation>>(StringComparer.Ordinal);
        string? last = null;
        List<Observation>? list = null;
        foreach (var o in observations)
        {
            // A document's mentions mostly come together: look its list up when the document changes only.
            string document = o.Document;
            if (!ReferenceEquals(document, last) && (last is null || !string.Equals(document, last, StringComparison.Ordinal)))
            {
                if (!byDocument.TryGetValue(document, out list)) byDocument[document] = list = [];
                last = document;
            }
            list!.Add(o);
        }
        var ids = new string[byDocument.Count];
        byDocument.Keys.CopyTo(ids, 0);
        Array.Sort(ids, StringComparer.Ordinal);
        var result = new List<Observation>[ids.Length];
        for (int i = 0; i < ids.Length; i++) result[i] = byDocument[ids[i]];
        return result;
    }

    /// <summary>
    /// One document's mentions (the document numbered <paramref name="documentIndex"/> in ordinal order of ids) in text
    /// order (trigger position, then type), each key once: the first mention given with a key is kept. A key names the
    /// document, so repeats (a shard merged twice) are always within one document, where the trigger's position and the
    /// type tell keys apart.
    /// </summary>
    private static Member[] Distinct(List<Observation> document, int documentIndex)
    {
        // An article's mentions come in text order, each once: then there is nothing to sort or drop.
        bool ordered = true;
        for (int i = 1; i < document.Count && ordered; i++) ordered = Position(document[i - 1]) < Position(document[i]);
        if (ordered)
        {
            var members = new Member[document.Count];
            for (int i = 0; i < members.Length; i++) members[i] = new Member(document[i], documentIndex);
            return members;
        }
        // By (position, place given): among mentions with one key, the first given comes first and is kept.
        var order = new (long Position, int Index)[document.Count];
        for (int i = 0; i < order.Length; i++) order[i] = (Position(document[i]), i);
        Array.Sort(order);
        var distinct = new List<Member>(order.Length);
        for (int i = 0; i < order.Length; i++)
        {
            if (i == 0 || order[i].Position != order[i - 1].Position) distinct.Add(new Member(document[order[i].Index], documentIndex));
        }
        return [.. distinct];

        // The trigger's position and the type, as one number in their order.
        static long Position(Observation o) => ((long)o.Trigger.Start << 32) | (uint)o.Type;
    }

    /// <summary>
    /// Where a mention stands in the order a document's mentions are grouped: those dated by their text first, the most
    /// precise first; then in text order (position, type, place in the list).
    /// </summary>
    private readonly struct MentionOrder(Member member, int index) : IComparable<MentionOrder>
    {
        private readonly int _text = member.Observation.DateSource == DateSource.Text ? 0 : 1;
        private readonly int _precision = member.Observation.DateSource == DateSource.Text && member.Observation.Date is { } d ? (int)d.Precision : int.MinValue;
        private readonly int _start = member.Observation.Trigger.Start;
        private readonly int _type = (int)member.Observation.Type;
        private readonly int _index = index;

        public Member Member { get; } = member;

        public int CompareTo(MentionOrder other)
        {
            int c = _text.CompareTo(other._text);
            if (c == 0) c = _precision.CompareTo(other._precision);
            if (c == 0) c = _start.CompareTo(other._start);
            if (c == 0) c = _type.CompareTo(other._type);
            return c != 0 ? c : _index.CompareTo(other._index);
        }
    }

    /// <summary>Runs <paramref name="body"/> for 0 … <paramref name="count"/> − 1 on up to <paramref name="parallelism"/> threads.</summary>
    private static void ForEach(int count, int parallelism, Action<int> body)
    {
        if (parallelism <= 1 || count < 2)
        {
            for (int i = 0; i < count; i++) body(i);
            return;
        }
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, body);
    }

    /// <summary>
    /// Joins the first compatible pair of <paramref name="groups"/> (of one document, kind and status), the later into the
    /// earlier, until no pair is compatible. Only the grown group can have become compatible with an earlier one, so
    /// after a join only its pairs are tried again: the same joins as restarting from the first pair each time.
    /// </summary>
    private static void JoinCompatible(List<Group> groups)
    {
        int row = 0, grown = -1;
        while (true)
        {
            if (grown >= 0)
            {
                int a = 0;
                while (a < grown && !Compatible(groups[a], groups[grown], sameDocument: true)) a++;
                if (a < grown)
                {
                    groups[a].Absorb(groups[grown]);
                    groups[grown].Removed = true;
                    groups.RemoveAt(grown);
                    grown = a;
                    continue;
                }
                row = grown;
                grown = -1;
            }
            for (int i = row; i < groups.Count && grown < 0; i++)
            {
                for (int j = i + 1; j < groups.Count; j++)
                {
                    if (!Compatible(groups[i], groups[j], sameDocument: true)) continue;
                    groups[i].Absorb(groups[j]);
                    groups[j].Removed = true;
                    groups.RemoveAt(j);
                    grown = i;
                    break;
                }
            }
            if (grown < 0) return;
        }
    }

    /// <summary>
    /// The groups of one kind and status across documents, indexed by the months their effective dates cover and by the
    /// people they name. Two groups whose effective dates are both known can join only if those dates overlap or are a day
    /// apart, and two groups that both name people only if they share one (see <see cref="Compatible(Group, Group, bool)"/>).
    /// So a group is compared only with the groups of the months around its date (and those with no date, or one too long
    /// to index) that name one of its people or nobody; a group with no date at all joins across documents only a group
    /// that names one of its people. The candidates come in the order they were added, so that the choice among them is
    /// the one a comparison with every group makes.
    /// </summary>
    private sealed class DateIndex
    {
        // A date longer than this many months (a decade, "the 1990s") is not indexed by month: it is a candidate for every date.
        private const int MaxMonths = 24;

        // The "month" of groups with no date or a date longer than MaxMonths.
        private const int Undated = int.MinValue;

        // The "month" under which every group is listed by its people, whatever its date.
        private const int AnyMonth = int.MaxValue;

        private readonly List<Group> _groups = [];

        // (month, null): every group of the month; (month, person): those naming the person; (month, ""): those naming nobody.
        private readonly Dictionary<(int Month, string? Person), List<int>> _lists = [];
        private readonly List<int> _found = [];

        public void Add(Group g)
        {
            g.Listed = _groups.Count;
            g.ListedUnder = [];
            _groups.Add(g);
            Reindex(g);
        }

        /// <summary>Lists <paramref name="g"/> under its current date and people (what it was listed under before stays: that only adds candidates).</summary>
        public void Reindex(Group g)
        {
            int n = g.Listed;
            var keys = g.ListedUnder!;
            foreach (var person in g.People) Under(AnyMonth, person);
            if (Months(g.EffectiveDate, widen: false) is var (first, last))
            {
                for (int m = first; m <= last; m++) List(m);
            }
            else
            {
                List(Undated);
            }

            void List(int month)
            {
                Under(month, null);
                if (g.People.Count == 0) Under(month, "");
                foreach (var person in g.People) Under(month, person);
            }

            void Under(int month, string? person)
            {
                if (!keys.Add((month, person))) return;
                if (!_lists.TryGetValue((month, person), out var list)) _lists[(month, person)] = list = [];
                list.Add(n);
            }
        }

        /// <summary>The groups that can be compatible with <paramref name="x"/>, in the order added (into <paramref name="into"/>).</summary>
        public List<Group> Candidates(Group x, List<Group> into)
        {
            into.Clear();
            _found.Clear();
            if (Months(x.EffectiveDate, widen: true) is var (first, last))
            {
                Collect(Undated);
                for (int m = first; m <= last; m++) Collect(m);
            }
            else if (x.Date is not null)
            {
                into.AddRange(_groups);
                return into;
            }
            else
            {
                // No date at all: only a group naming one of its people can join it (whatever its date).
                foreach (var person in x.People) From(AnyMonth, person);
            }
            _found.Sort();
            for (int i = 0; i < _found.Count; i++)
            {
                if (i == 0 || _found[i] != _found[i - 1]) into.Add(_groups[_found[i]]);
            }
            return into;

            void Collect(int month)
            {
                if (x.People.Count == 0)
                {
                    From(month, null);
                    return;
                }
                From(month, "");
                foreach (var person in x.People) From(month, person);
            }

            void From(int month, string? person)
            {
                if (_lists.TryGetValue((month, person), out var list)) _found.AddRange(list);
            }
        }

        // The months (numbered from year 0) that a date covers; widened, also the months of the day before and after it.
        // None for no date or one longer than MaxMonths.
        private static (int First, int Last)? Months(EventDate? date, bool widen)
        {
            if (date is null) return null;
            int first = date.Start.Year * 12 + date.Start.Month - 1, last = date.End.Year * 12 + date.End.Month - 1;
            if (widen)
            {
                if (date.Start.Day == 1) first--;
                if (date.End.Day == date.End.Calendar.GetDaysInMonth(date.End.Year, date.End.Month)) last++;
            }
            return last - first > MaxMonths ? null : (first, last);
        }
    }

    /// <summary>Kinds that can join within a document: the consultation family (summit … visit) is one, every other kind its own.</summary>
    private static int Family(EventType t) => Rank(t) < ConsultRank.Length ? -1 : (int)t;

    private static Group? Best(List<Group> groups, Group x, bool sameDocument)
    {
        Group? best = null;
        int bestScore = int.MinValue;
        HashSet<EventDate?>? dates = null;
        foreach (var g in groups)
        {
            // Across documents, never a group that has a mention of x's document.
            if (!sameDocument && g.HasDocument(x.DocumentIndex)) continue;
            if (!Compatible(g, x, sameDocument)) continue;
            if (!sameDocument) (dates ??= []).Add(g.Date);
            int score = 3 * Common(g.People, x.People) + (g.Location is not null && x.Location is not null ? 2 : 0)
                        + (g.Date is not null && x.Date is not null ? 2 : 0) + (g.Type == x.Type ? 1 : 0);
            if (score > bestScore) { bestScore = score; best = g; }
        }
        // Across documents, an undated event that fits events of different dates is not guessed into one.
        if (!sameDocument && x.Date is null && dates is { Count: > 1 }) return null;
        return best;
    }

    /// <summary>How many names the two sets share.</summary>
    private static int Common(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        int n = 0;
        foreach (var name in a) if (b.Contains(name)) n++;
        return n;
    }

    private static bool Compatible(Group g, Group x, bool sameDocument)
    {
        if (g.Status != x.Status) return false;
        if (g.Type != x.Type && !(sameDocument && Rank(g.Type) < ConsultRank.Length && Rank(x.Type) < ConsultRank.Length)) return false;
        bool bothPlaces = g.Location is not null && x.Location is not null;
        bool placesAgree = bothPlaces && Compatible(g.Location!, g.LocationWords!, x.Location!, x.LocationWords!);
        // Days a day apart at the same place with the same people are one event reported with a conflict (kept as such).
        bool nearDays = g.Date is { Precision: DatePrecision.Day } gd && x.Date is { Precision: DatePrecision.Day } xd
            && Math.Abs(NodaTime.Period.DaysBetween(gd.Start, xd.Start)) <= 1 && placesAgree && g.People.Overlaps(x.People);
        if (g.Date is not null && x.Date is not null && !g.Date.Overlaps(x.Date) && !nearDays) return false;
        // A country is weak evidence: it does not contradict a city ("a trip to Russia", "a summit in Vladivostok").
        if (bothPlaces && !placesAgree && !(g.LocationIsCountry || x.LocationIsCountry)) return false;
        bool people = PeopleAgree(g.People, x.People);
        if (g.People.Count > 0 && x.People.Count > 0 && !people) return false;
        if (sameDocument)
        {
            if (g.Type == x.Type)
            {
                // A mention naming nobody joins an event of its kind unless both name places that differ ("the second summit in Vietnam").
                if ((g.People.Count == 0 || x.People.Count == 0) && bothPlaces && !placesAgree) return false;
                return true;
            }
            // Across kinds of one family ("Kim's visit to Russia" and the summit): they must name the same people, and a
            // dated event keeps its kind (an undated "negotiations" does not turn a dated visit into talks).
            if (g.People.Count == 0 || x.People.Count == 0 || !g.People.Overlaps(x.People)) return false;
            if (g.Date is not null && Rank(g.Type) > Rank(x.Type)) return false;
            if (x.Date is not null && Rank(x.Type) > Rank(g.Type)) return false;
            return true;
        }
        if (bothPlaces && !placesAgree) return false;
        // Across articles, reports dated only by their publication days still differ when those days differ.
        if (g.EffectiveDate is not null && x.EffectiveDate is not null && !g.EffectiveDate.Overlaps(x.EffectiveDate) && !nearDays) return false;
        bool placeKnown = placesAgree && !g.LocationIsCountry && !x.LocationIsCountry;
        // Without people on one side, only a place and dates that agree say two articles report one event.
        if (g.People.Count == 0 || x.People.Count == 0)
            return placeKnown && g.Date is not null && x.Date is not null && (g.Countries.IsSubsetOf(x.Countries) || x.Countries.IsSubsetOf(g.Countries));
        if (g.Date is null && x.Date is null) return placeKnown;
        return true;
    }

    private static bool PeopleAgree(HashSet<string> a, HashSet<string> b) =>
        a.Count == 0 || b.Count == 0 || a.IsSubsetOf(b) || b.IsSubsetOf(a) || Common(a, b) >= 2;

    /// <summary>
    /// Two place names agree when one contains a distinctive word of the other ("Vostochny space center", "Vostochny Cosmodrome");
    /// <paramref name="wordsA"/> and <paramref name="wordsB"/> are their <see cref="PlaceWords"/>.
    /// </summary>
    private static bool Compatible(string a, HashSet<string> wordsA, string b, HashSet<string> wordsB) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || wordsA.Overlaps(wordsB);

    /// <summary>The distinctive words of a place name: capitalised, four letters or more, in lower case.</summary>
    private static HashSet<string> PlaceWords(string place) =>
        [.. place.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4 && char.IsUpper(w[0])).Select(w => w.ToLowerInvariant())];

    private static int Rank(EventType t)
    {
        int i = Array.IndexOf(ConsultRank, t);
        return i < 0 ? ConsultRank.Length + (int)t : i;
    }

    /// <summary>The most precise date that the other dates contain, and the dates that disagree with it.</summary>
    private static (EventDate? Date, List<EventDate> Conflicts) Consensus(IEnumerable<EventDate> dates)
    {
        if (dates is ICollection<EventDate> { Count: <= 1 } few)
        {
            // Nothing to weigh: one date agrees with itself.
            foreach (var only in few) return (only, []);
            return (null, []);
        }
        var list = dates.Distinct().OrderBy(d => d.Precision).ThenBy(d => d.Days).ThenBy(d => d.Start).ToList();
        if (list.Count == 0) return (null, []);
        // The candidate the most other dates agree with, most precise first.
        var best = list.OrderByDescending(c => list.Count(d => d.Overlaps(c))).ThenBy(c => c.Precision).ThenBy(c => c.Days).ThenBy(c => c.Start).First();
        return (best, list.Where(d => !d.Overlaps(best)).ToList());
    }

    /// <summary>The event of one mention: its own date (however it was found), participants and place.</summary>
    private static (TimelineEvent Event, Member FirstMember) Build(Member single, Dictionary<string, string> display)
    {
        var o = single.Observation;
        Observation[] mentions = [o];
        var participants = Participants(mentions, display);
        var e = new TimelineEvent
        {
            Id = StableId(o),
            Type = o.Type,
            Status = o.Status,
            Title = Title(o.Type, participants),
            Date = o.Date,
            DateSource = o.Date is null ? DateSource.None : o.DateSource,
            ConflictingDates = [],
            Participants = participants,
            Location = o.Location,
            Mentions = mentions,
        };
        return (e, single);
    }

    private static (TimelineEvent Event, Member FirstMember) Build(
        Group c, Dictionary<string, string> display, IReadOnlyDictionary<string, LocalDate?> published, bool byPosition)
    {
        // A group of one mention has that mention's kind and place: the event of that mention.
        if (c.Count == 1) return Build(c[0], display);
        // Keys (document, trigger, type) are unique, so the order is total.
        var members = new Member[c.Count];
        for (int i = 0; i < members.Length; i++) members[i] = c[i];
        Array.Sort(members, static (a, b) =>
        {
            int k = string.CompareOrdinal(a.Observation.Document, b.Observation.Document);
            if (k == 0) k = a.Observation.Trigger.Start.CompareTo(b.Observation.Trigger.Start);
            return k != 0 ? k : ((int)a.Observation.Type).CompareTo((int)b.Observation.Type);
        });
        var mentions = new Observation[members.Length];
        for (int i = 0; i < members.Length; i++) mentions[i] = members[i].Observation;
        var firstMember = members[0];

        // Dates from the text win; the publication date stands in only for events no sentence dates.
        var textDates = new List<EventDate>();
        var allDates = new List<EventDate>();
        foreach (var m in mentions)
        {
            if (m.Date is not { } d) continue;
            allDates.Add(d);
            if (m.DateSource == DateSource.Text) textDates.Add(d);
        }
        var (date, conflicts) = Consensus(textDates.Count > 0 ? textDates : allDates);
        var source = DateSource.None;
        if (date is not null)
        {
            source = textDates.Count > 0 ? DateSource.Text : DateSource.Publication;
            if (textDates.Count == 0)
            {
                foreach (var m in mentions)
                {
                    if (m.Date == date) { source = m.DateSource; break; }
                }
            }
        }
        var participants = Participants(mentions, display);
        var e = new TimelineEvent
        {
            Id = StableId(c.IdMember(published, byPosition).Observation),
            Type = c.Type,
            Status = c.Status,
            Title = Title(c.Type, participants),
            Date = date,
            DateSource = source,
            ConflictingDates = conflicts,
            Participants = participants,
            Location = c.Location,
            Mentions = mentions,
        };
        return (e, firstMember);
    }

    /// <summary>
    /// The participants of the mentions, each (key and kind) once with its most used spelling and the first role stated:
    /// people first, then by the first mention naming them, then by name.
    /// </summary>
    private static Participant[] Participants(Observation[] mentions, Dictionary<string, string> display)
    {
        int total = 0;
        foreach (var m in mentions) total += m.Participants.Count;
        if (total == 0) return [];
        // Each (key, kind) once, in the order first named, with the first mention naming it (loops over one array at its
        // largest size, borrowed, not lambdas or growing lists: this runs for every event of a corpus).
        var found = ArrayPool<(Participant Participant, string? Role, int Mention, int First)>.Shared.Rent(total);
        try
        {
            return Participants(mentions, display, found);
        }
        finally
        {
            ArrayPool<(Participant, string?, int, int)>.Shared.Return(found, clearArray: true);
        }
    }

    private static Participant[] Participants(Observation[] mentions, Dictionary<string, string> display, (Participant Participant, string? Role, int Mention, int First)[] found)
    {
        int count = 0;
        for (int i = 0; i < mentions.Length; i++)
        {
            var named = mentions[i].Participants;
            for (int n = 0; n < named.Count; n++)
            {
                var p = named[n];
                int k = 0;
                while (k < count && !(found[k].Participant.Kind == p.Kind && found[k].Participant.Key == p.Key)) k++;
                if (k == count) found[count++] = (p, p.Role, i, i);
                else if (found[k].Role is null && p.Role is not null) found[k].Role = p.Role;
            }
        }
        for (int e = 0; e < count; e++)
        {
            // The first mention naming the key, of whatever kind: the earliest entry with that key.
            var p = found[e].Participant;
            int first = found[e].Mention;
            for (int o = 0; o < count; o++)
            {
                if (found[o].Mention < first && found[o].Participant.Key == p.Key) first = found[o].Mention;
            }
            string name = display.GetValueOrDefault(p.Key, p.Name);
            found[e].First = first;
            if (name != p.Name || found[e].Role != p.Role) found[e].Participant = new Participant(name, p.Kind, found[e].Role);
        }
        // People first, then by the first mention naming them, then by name: a stable insertion sort (the lists are short).
        for (int e = 1; e < count; e++)
        {
            var x = found[e];
            int at = e;
            while (at > 0 && Compare(found[at - 1].Participant, found[at - 1].First, x.Participant, x.First) > 0)
            {
                found[at] = found[at - 1];
                at--;
            }
            found[at] = x;
        }
        var participants = new Participant[count];
        for (int i = 0; i < count; i++) participants[i] = found[i].Participant;
        return participants;

        static int Compare(Participant a, int aFirst, Participant b, int bFirst)
        {
            int c = ((int)a.Kind).CompareTo((int)b.Kind);
            if (c == 0) c = aFirst.CompareTo(bFirst);
            return c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
        }
    }

    /// <summary>
    /// Undated events related to a dated one ("just before Putin and Kim's meeting") take its date (in place). The
    /// mentions are read on up to <paramref name="parallelism"/> threads.
    /// </summary>
    private static TimelineEvent[] DateThroughRelations(TimelineEvent[] events, int parallelism)
    {
        // The mentions dated through a relation, by event (few): only these are tried in each round, and only the
        // mentions they name as targets are looked up.
        var relatedOf = new List<Observation>?[events.Length];
        ForEach(events.Length, parallelism, i =>
        {
            foreach (var m in events[i].Mentions)
            {
                if (m.Relation is not null && m.RelatedTo is not null) (relatedOf[i] ??= []).Add(m);
            }
        });
        var related = new List<(int Event, Observation Mention)>();
        var targets = new HashSet<(string, int)>();
        var targetStarts = new HashSet<int>();
        for (int i = 0; i < events.Length; i++)
        {
            if (relatedOf[i] is not { } mentions) continue;
            foreach (var m in mentions)
            {
                related.Add((i, m));
                targets.Add((m.Document, m.RelatedTo!.Value.Start));
                targetStarts.Add(m.RelatedTo!.Value.Start);
            }
        }
        if (related.Count == 0) return events;
        // The targets each event has (few), then the first event in the list with each target.
        var targetsOf = new List<(string, int)>?[events.Length];
        ForEach(events.Length, parallelism, i =>
        {
            foreach (var m in events[i].Mentions)
            {
                // The position alone rules out almost every mention before its document is hashed.
                if (targetStarts.Contains(m.Trigger.Start) && targets.Contains((m.Document, m.Trigger.Start))) (targetsOf[i] ??= []).Add((m.Document, m.Trigger.Start));
            }
        });
        var byTrigger = new Dictionary<(string, int), int>();
        for (int i = 0; i < events.Length; i++)
        {
            if (targetsOf[i] is not { } found) continue;
            foreach (var target in found) byTrigger.TryAdd(target, i);
        }
        for (int round = 0; round < 3; round++)
        {
            bool changed = false;
            for (int r = 0; r < related.Count;)
            {
                int i = related[r].Event;
                var e = events[i];
                bool dated = false;
                for (; r < related.Count && related[r].Event == i; r++)
                {
                    if (dated || (e.Date is not null && e.DateSource != DateSource.Publication)) continue;
                    var m = related[r].Mention;
                    var rel = m.Relation!.Value;
                    var to = m.RelatedTo!.Value;
                    if (!byTrigger.TryGetValue((m.Document, to.Start), out int j) || j == i || events[j].Date is not { } d) continue;
                    int shift = rel switch { EventRelationKind.DayBefore => -1, EventRelationKind.DayAfter => 1, _ => 0 };
                    // The day before 0001-01-01 or after 9999-12-31 does not exist: no date through this relation.
                    if (!Calendar.TryPlusDays(d.Start, shift, out var start) || !Calendar.TryPlusDays(d.End, shift, out var end)) continue;
                    events[i] = e with { Date = new EventDate(start, end, d.Precision), DateSource = DateSource.Relation };
                    changed = true;
                    dated = true;
                }
            }
            if (!changed) break;
        }
        return events;
    }

    /// <summary>For each participant key, the spelling used most (ties: without hyphens, then ordinal).</summary>
    private static Dictionary<string, string> DisplayNames(Member[][] documents)
    {
        var spellings = new Dictionary<string, Dictionary<string, int>>();
        foreach (var document in documents)
        {
            foreach (var m in document)
            {
                var participants = m.Observation.Participants;
                for (int i = 0; i < participants.Count; i++)
                {
                    var p = participants[i];
                    if (!spellings.TryGetValue(p.Key, out var counts)) spellings[p.Key] = counts = [];
                    counts[p.Name] = counts.GetValueOrDefault(p.Name) + 1;
                }
            }
        }
        var display = new Dictionary<string, string>(spellings.Count);
        foreach (var (key, counts) in spellings)
        {
            string? best = null;
            int bestCount = 0;
            foreach (var (name, count) in counts)
            {
                if (best is null || count > bestCount || (count == bestCount && Preferred(name, best)))
                {
                    best = name;
                    bestCount = count;
                }
            }
            display[key] = best!;
        }
        return display;

        static bool Preferred(string a, string b)
        {
            int c = (a.Contains('-') ? 1 : 0).CompareTo(b.Contains('-') ? 1 : 0);
            return c != 0 ? c < 0 : string.CompareOrdinal(a, b) < 0;
        }
    }

    private static string Title(EventType type, Participant[] participants)
    {
        string kind = (uint)type < (uint)TypeNames.Length ? TypeNames[(int)type] : type.ToString();
        if (participants.Length == 0) return kind;
        // Up to three people, or failing any, up to three participants of any kind (people come first).
        bool people = participants[0].Kind == ParticipantKind.Person;
        string? a = null, b = null, c = null;
        foreach (var p in participants)
        {
            if (people && p.Kind != ParticipantKind.Person) continue;
            if (a is null) a = p.Name;
            else if (b is null) b = p.Name;
            else { c = p.Name; break; }
        }
        // Made in one piece, not with a builder (a title for every event of a corpus).
        return b is null ? string.Concat(kind, ": ", a) : c is null ? string.Concat(kind, ": ", a, ", ", b) : string.Concat([kind, ": ", a, ", ", b, ", ", c]);
    }

    private static string StableId(Observation mention)
    {
        // "e" and the first 12 hex digits of the SHA-256 of the UTF-8 bytes of the mention's key (Observation.Key), its
        // usual text written into a buffer rather than made.
        Span<char> buffer = stackalloc char[256];
        scoped ReadOnlySpan<char> key;
        if (mention.HasUsualKey)
        {
            int n = mention.Document.Length + 14;
            var usual = n <= buffer.Length ? buffer[..n] : new char[n];
            mention.WriteUsualKey(usual);
            key = usual;
        }
        else
        {
            key = mention.Key;
        }
        int length = Encoding.UTF8.GetByteCount(key);
        Span<byte> bytes = length <= 256 ? stackalloc byte[length] : new byte[length];
        Encoding.UTF8.GetBytes(key, bytes);
        Span<byte> hash = stackalloc byte[Sha256.HashSizeInBytes];
        Sha256.HashData(bytes, hash);
        Span<char> id = stackalloc char[13];
        id[0] = 'e';
        Convert.TryToHexStringLower(hash[..6], id[1..], out _);
        return new string(id);
    }
}
