using System.Security.Cryptography;
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
    private static readonly EventType[] ConsultRank = [EventType.Summit, EventType.Meeting, EventType.Talks, EventType.Delegation, EventType.Visit];

    private sealed class Group
    {
        public List<Observation> Members { get; } = [];
        public EventType Type { get; set; }
        public EventStatus Status { get; set; }
        public EventDate? Date { get; set; }

        /// <summary>The date from the text, else the publication-date default: what tells reports of different days apart across articles.</summary>
        public EventDate? EffectiveDate { get; set; }
        public HashSet<string> People { get; } = new(StringComparer.Ordinal);
        public HashSet<string> Countries { get; } = new(StringComparer.Ordinal);
        public string? Location { get; set; }
        public bool LocationIsCountry { get; set; }
        public string FirstKey => Members.Select(m => m.Key).Order(StringComparer.Ordinal).First();

        private readonly HashSet<EventDate> _textDates = [];
        private readonly HashSet<EventDate> _allDates = [];
        public string Document => Members[0].Document;

        public static Group Of(Observation o)
        {
            var g = new Group { Type = o.Type, Status = o.Status };
            g.Add(o);
            return g;
        }

        public void Add(Observation o)
        {
            Members.Add(o);
            foreach (var p in o.Participants)
            {
                if (p.Kind == ParticipantKind.Person) People.Add(p.Key);
                else if (p.Kind == ParticipantKind.Country) Countries.Add(p.Key);
            }
            // The most specific place: a city or venue over a country.
            if (o.Location is not null && (Location is null || (LocationIsCountry && !o.LocationIsCountry)
                || (LocationIsCountry == o.LocationIsCountry && o.Location.Length > Location.Length && Compatible(Location, o.Location))))
            {
                Location = o.Location;
                LocationIsCountry = o.LocationIsCountry;
            }
            if (Rank(o.Type) < Rank(Type)) Type = o.Type;
            // The distinct dates only (few), so that joining stays linear in the number of mentions.
            bool changed = false;
            if (o.Date is { } d)
            {
                changed |= _allDates.Add(d);
                if (o.DateSource == DateSource.Text) changed |= _textDates.Add(d);
            }
            if (changed || Members.Count == 1)
            {
                Date = Consensus(_textDates).Date;
                EffectiveDate = Date ?? Consensus(_allDates).Date;
            }
        }

        public void Absorb(Group other)
        {
            foreach (var o in other.Members) Add(o);
        }
    }

    public static List<TimelineEvent> Merge(List<Observation> observations)
    {
        var docGroups = new List<Group>();
        foreach (var doc in observations.GroupBy(o => o.Document).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = doc.OrderBy(o => o.DateSource == DateSource.Text ? 0 : 1).ThenBy(o => o.DateSource == DateSource.Text ? o.Date?.Precision : null).ThenBy(o => o.Trigger.Start).ThenBy(o => o.Key, StringComparer.Ordinal);
            var groups = new List<Group>();
            foreach (var o in ordered)
            {
                var single = Group.Of(o);
                var target = Best(groups, single, sameDocument: true);
                if (target is null) groups.Add(single);
                else target.Absorb(single);
            }
            // Groups of one kind that have grown compatible join too (a meeting first named by countries, then by
            // its delegates): repeated, in the same canonical order, until nothing joins.
            for (bool joined = true; joined;)
            {
                joined = false;
                for (int i = 0; i < groups.Count && !joined; i++)
                {
                    for (int j = i + 1; j < groups.Count; j++)
                    {
                        if (groups[i].Type != groups[j].Type || !Compatible(groups[i], groups[j], sameDocument: true)) continue;
                        groups[i].Absorb(groups[j]);
                        groups.RemoveAt(j);
                        joined = true;
                        break;
                    }
                }
            }
            docGroups.AddRange(groups);
        }

        var clusters = new List<Group>();
        foreach (var g in docGroups.OrderBy(g => g.Date is null ? 1 : 0).ThenBy(g => g.Date?.Precision).ThenBy(g => g.FirstKey, StringComparer.Ordinal))
        {
            var target = Best(clusters.Where(c => c.Members.All(m => m.Document != g.Document)).ToList(), g, sameDocument: false);
            if (target is null) clusters.Add(g);
            else target.Absorb(g);
        }

        var display = DisplayNames(observations);
        var events = clusters.Select(c => Build(c, display)).ToList();
        events = DateThroughRelations(events);
        return [.. events.OrderBy(e => e.Status == EventStatus.Planned ? 1 : e.Date is null ? 2 : 0)
            .ThenBy(e => e.Date?.Start).ThenBy(e => e.Date?.End).ThenBy(e => e.Date?.Precision)
            .ThenBy(e => e.Mentions[0].Key, StringComparer.Ordinal)];
    }

    private static Group? Best(List<Group> groups, Group x, bool sameDocument)
    {
        Group? best = null;
        int bestScore = int.MinValue;
        var dates = new HashSet<EventDate?>();
        foreach (var g in groups)
        {
            if (!Compatible(g, x, sameDocument)) continue;
            dates.Add(g.Date);
            int score = 3 * g.People.Intersect(x.People).Count() + (g.Location is not null && x.Location is not null ? 2 : 0)
                        + (g.Date is not null && x.Date is not null ? 2 : 0) + (g.Type == x.Type ? 1 : 0);
            if (score > bestScore) { bestScore = score; best = g; }
        }
        // Across documents, an undated event that fits events of different dates is not guessed into one.
        if (!sameDocument && x.Date is null && dates.Count > 1) return null;
        return best;
    }

    private static bool Compatible(Group g, Group x, bool sameDocument)
    {
        if (g.Status != x.Status) return false;
        // "Other" events are whatever a sentence reports: nothing says two of them are the same.
        if (g.Type == EventType.Other || x.Type == EventType.Other) return false;
        if (g.Type != x.Type && !(sameDocument && Rank(g.Type) < ConsultRank.Length && Rank(x.Type) < ConsultRank.Length)) return false;
        bool bothPlaces = g.Location is not null && x.Location is not null;
        bool placesAgree = bothPlaces && Compatible(g.Location!, x.Location!);
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
        a.Count == 0 || b.Count == 0 || a.IsSubsetOf(b) || b.IsSubsetOf(a) || a.Intersect(b).Count() >= 2;

    /// <summary>Two place names agree when one contains a distinctive word of the other ("Vostochny space center", "Vostochny Cosmodrome").</summary>
    private static bool Compatible(string a, string b)
    {
        static IEnumerable<string> Words(string s) => s.Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && char.IsUpper(w[0])).Select(w => w.ToLowerInvariant());
        var wa = Words(a).ToHashSet();
        return string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || Words(b).Any(wa.Contains);
    }

    private static int Rank(EventType t)
    {
        int i = Array.IndexOf(ConsultRank, t);
        return i < 0 ? ConsultRank.Length + (int)t : i;
    }

    /// <summary>The most precise date that the other dates contain, and the dates that disagree with it.</summary>
    private static (EventDate? Date, List<EventDate> Conflicts) Consensus(IEnumerable<EventDate> dates)
    {
        var list = dates.Distinct().OrderBy(d => d.Precision).ThenBy(d => d.Days).ThenBy(d => d.Start).ToList();
        if (list.Count == 0) return (null, []);
        // The candidate the most other dates agree with, most precise first.
        var best = list.OrderByDescending(c => list.Count(d => d.Overlaps(c))).ThenBy(c => c.Precision).ThenBy(c => c.Days).ThenBy(c => c.Start).First();
        return (best, list.Where(d => !d.Overlaps(best)).ToList());
    }

    private static TimelineEvent Build(Group c, Dictionary<string, string> display)
    {
        var mentions = c.Members.OrderBy(m => m.Document, StringComparer.Ordinal).ThenBy(m => m.Trigger.Start).ThenBy(m => m.Type).ToList();
        // Dates from the text win; the publication date stands in only for events no sentence dates.
        var textDates = mentions.Where(m => m.DateSource == DateSource.Text).Select(m => m.Date).OfType<EventDate>().ToList();
        var (date, conflicts) = Consensus(textDates.Count > 0 ? textDates : mentions.Select(m => m.Date).OfType<EventDate>());
        var participants = mentions.SelectMany(m => m.Participants)
            .GroupBy(p => (p.Key, p.Kind))
            .Select(g => new Participant(display.GetValueOrDefault(g.Key.Key, g.First().Name), g.Key.Kind, g.Select(p => p.Role).FirstOrDefault(r => r is not null)))
            .OrderBy(p => p.Kind).ThenBy(p => mentions.FindIndex(m => m.Participants.Any(q => q.Key == p.Key)))
            .ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        var firstKey = mentions.Select(m => m.Key).Order(StringComparer.Ordinal).First();
        return new TimelineEvent
        {
            Id = StableId(firstKey),
            Type = c.Type,
            Status = c.Status,
            Title = Title(c.Type, participants),
            Date = date,
            DateSource = date is null ? DateSource.None : textDates.Count > 0 ? DateSource.Text
                : mentions.FirstOrDefault(m => m.Date == date)?.DateSource ?? DateSource.Publication,
            ConflictingDates = conflicts,
            Participants = participants,
            Location = c.Location,
            Mentions = mentions,
        };
    }

    /// <summary>Undated events related to a dated one ("just before Putin and Kim's meeting") take its date.</summary>
    private static List<TimelineEvent> DateThroughRelations(List<TimelineEvent> events)
    {
        var byTrigger = new Dictionary<(string, int), int>();
        for (int i = 0; i < events.Count; i++)
            foreach (var m in events[i].Mentions) byTrigger.TryAdd((m.Document, m.Trigger.Start), i);
        for (int round = 0; round < 3; round++)
        {
            bool changed = false;
            for (int i = 0; i < events.Count; i++)
            {
                var e = events[i];
                if (e.Date is not null && e.DateSource != DateSource.Publication) continue;
                foreach (var m in e.Mentions)
                {
                    if (m.Relation is not { } rel || m.RelatedTo is not { } to) continue;
                    if (!byTrigger.TryGetValue((m.Document, to.Start), out int j) || j == i || events[j].Date is not { } d) continue;
                    int shift = rel switch { EventRelationKind.DayBefore => -1, EventRelationKind.DayAfter => 1, _ => 0 };
                    // The day before 0001-01-01 or after 9999-12-31 does not exist: no date through this relation.
                    if (!Calendar.TryPlusDays(d.Start, shift, out var start) || !Calendar.TryPlusDays(d.End, shift, out var end)) continue;
                    events[i] = e with { Date = new EventDate(start, end, d.Precision), DateSource = DateSource.Relation };
                    changed = true;
                    break;
                }
            }
            if (!changed) break;
        }
        return events;
    }

    /// <summary>For each participant key, the spelling used most (ties: without hyphens, then ordinal).</summary>
    private static Dictionary<string, string> DisplayNames(IEnumerable<Observation> observations) =>
        observations.SelectMany(o => o.Participants).GroupBy(p => p.Key)
            .ToDictionary(g => g.Key, g => g.GroupBy(p => p.Name).OrderByDescending(v => v.Count())
                .ThenBy(v => v.Key.Contains('-') ? 1 : 0).ThenBy(v => v.Key, StringComparer.Ordinal).First().Key);

    private static string Title(EventType type, List<Participant> participants)
    {
        var names = participants.Where(p => p.Kind == ParticipantKind.Person).Select(p => p.Name).Take(3).ToList();
        if (names.Count == 0) names = participants.Select(p => p.Name).Take(3).ToList();
        return names.Count == 0 ? type.ToString() : $"{type}: {string.Join(", ", names)}";
    }

    private static string StableId(string key) =>
        "e" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..12];
}
