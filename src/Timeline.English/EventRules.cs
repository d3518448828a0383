using Timeline.Events;
using Timeline.Patterns;
using Timeline.Pipeline;
using Timeline.Text;

namespace Timeline.English;

/// <summary>English event data (Words/event-*.tsv, countries, places, titles, boilerplate) as rule sets.</summary>
internal static class EventRules
{
    /// <summary>The word tables, registered in the grammar's lexicon before it is frozen.</summary>
    internal sealed record Tables(
        WordTable<EventType> Triggers, WordTable<EventStatus> Status, WordTable<EventRelationKind> Relations,
        WordTable<BoilerplateKind> Boilerplate, WordTable<string> Countries, WordTable<string> Places, WordTable<string> Titles,
        WordTable<bool> Venues, WordTable<bool> ReportingVerbs, WordTable<bool> ClauseBoundaries, WordTable<bool> LeaderRoles,
        WordTable<bool> OrganisationWords, WordTable<bool> Sources, WordTable<bool> NameStopWords, WordTable<bool> LeaderGroups,
        WordTable<bool> PlacePrepositions, WordTable<bool> BackgroundCues);

    public static Tables Register(Grammar g) => new(
        WordTables.Enums<EventType>(g.Lex, "event-triggers"),
        WordTables.Enums<EventStatus>(g.Lex, "event-status"),
        WordTables.Enums<EventRelationKind>(g.Lex, "event-relations"),
        WordTables.Enums<BoilerplateKind>(g.Lex, "boilerplate"),
        WordTables.Strings(g.Lex, "countries"),
        WordTables.Strings(g.Lex, "places"),
        WordTables.Strings(g.Lex, "titles"),
        WordTables.Flags(g.Lex, "venue-words"),
        WordTables.Flags(g.Lex, "reporting-verbs"),
        WordTables.Flags(g.Lex, "clause-boundaries"),
        WordTables.Flags(g.Lex, "leader-roles"),
        WordTables.Flags(g.Lex, "organisation-words"),
        WordTables.Flags(g.Lex, "news-sources"),
        WordTables.Flags(g.Lex, "name-stopwords"),
        WordTables.Flags(g.Lex, "leader-groups"),
        WordTables.Flags(g.Lex, "place-prepositions"),
        WordTables.Flags(g.Lex, "background-cues"));

    public static EventLanguage Build(Tables t, TemporalLanguage temporal)
    {
        // Proper nouns are capitalised: "US" the country, not "us"; "May" the month is no "may" cue. The last word of the
        // name has a capital letter, which may follow an apostrophe or precede a full stop ("Côte d'Ivoire", "U.S.").
        static bool LastCapital(TokenStream s, int i, int end)
        {
            int k = end - 1;
            while (k > i && s.Tokens[k].Kind != TokenKind.Word) k--;
            foreach (char c in s.Text.AsSpan(s.Tokens[k].Start, s.Tokens[k].Length)) if (char.IsUpper(c)) return true;
            return false;
        }
        static bool Lower(TokenStream s, int i, int end) => char.IsLower(s.Text[s.Tokens[i].Start]);
        return new EventLanguage
        {
            Temporal = temporal,
            Triggers = Set("trigger", t.Triggers.Pattern),
            StatusCues = Set("status", t.Status.Pattern.Guard(Lower)),
            RelationCues = Set("relation", t.Relations.Pattern),
            Boilerplate = Set("boilerplate", t.Boilerplate.Pattern),
            Countries = Set("country", t.Countries.Pattern.Guard(LastCapital)),
            Places = Set("place", t.Places.Pattern.Guard(LastCapital)),
            Titles = Set("title", t.Titles.Pattern),
            VenueWords = Set("venue", t.Venues.Pattern),
            Sources = Set("source", t.Sources.Pattern.Guard(LastCapital)),
            LeaderGroups = Set("leader-group", t.LeaderGroups.Pattern),
            ReportingVerbs = t.ReportingVerbs,
            ClauseBoundaries = t.ClauseBoundaries,
            LeaderRoles = t.LeaderRoles,
            OrganisationWords = t.OrganisationWords,
            NameStopWords = t.NameStopWords,
            PlacePrepositions = t.PlacePrepositions,
            BackgroundCues = t.BackgroundCues,
        };

        static RuleSet<T> Set<T>(string name, Pattern<T> p) => new([new Rule<T>(name, p)]);
    }
}
