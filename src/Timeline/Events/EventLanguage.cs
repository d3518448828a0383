using Timeline.Patterns;
using Timeline.Pipeline;

namespace Timeline.Events;

/// <summary>Where page furniture begins or stands.</summary>
public enum BoilerplateKind
{
    /// <summary>The article ends at this line ("Related Stories", "Previous Story").</summary>
    Cut,
    /// <summary>This line alone is not news ("Disclaimer: …", "Open in App").</summary>
    Line,
}

/// <summary>
/// The language data event extraction needs, built by a language package against the same lexicon as its
/// <see cref="TemporalLanguage"/>: trigger words, status and relation cues, a small gazetteer, boilerplate markers.
/// Immutable and thread-safe.
/// </summary>
public sealed class EventLanguage
{
    /// <summary>The temporal language (and lexicon) these tables belong to.</summary>
    public required TemporalLanguage Temporal { get; init; }

    /// <summary>Event trigger words and phrases.</summary>
    public required RuleSet<EventType> Triggers { get; init; }

    /// <summary>Cues that make what follows planned, uncertain or (explicitly) occurred.</summary>
    public required RuleSet<EventStatus> StatusCues { get; init; }

    /// <summary>Phrases that date an event through another event named after them.</summary>
    public required RuleSet<EventRelationKind> RelationCues { get; init; }

    /// <summary>Boilerplate markers, matched at the start of a line.</summary>
    public required RuleSet<BoilerplateKind> Boilerplate { get; init; }

    /// <summary>Country names, demonyms and capitals as metonyms, with the canonical country.</summary>
    public required RuleSet<string> Countries { get; init; }

    /// <summary>Places with their canonical names.</summary>
    public required RuleSet<string> Places { get; init; }

    /// <summary>Role titles written before names, with the role's display form.</summary>
    public required RuleSet<string> Titles { get; init; }

    /// <summary>Lower-case words that end a venue name.</summary>
    public required RuleSet<bool> VenueWords { get; init; }

    /// <summary>Reporting verbs: a date right after them dates the report.</summary>
    public required WordTable<bool> ReportingVerbs { get; init; }

    /// <summary>Words opening a clause.</summary>
    public required WordTable<bool> ClauseBoundaries { get; init; }

    /// <summary>Roles of heads of state or government.</summary>
    public required WordTable<bool> LeaderRoles { get; init; }

    /// <summary>Words that make a capitalised name an organisation.</summary>
    public required WordTable<bool> OrganisationWords { get; init; }

    /// <summary>News sources (not participants).</summary>
    public required RuleSet<bool> Sources { get; init; }

    /// <summary>Capitalised words that never belong to a person's name.</summary>
    public required WordTable<bool> NameStopWords { get; init; }

    /// <summary>Phrases naming the leaders already mentioned ("the two leaders", "both leaders").</summary>
    public required RuleSet<bool> LeaderGroups { get; init; }

    /// <summary>Words that put a clause in the background ("has since launched", "recently"): no publication-date default there.</summary>
    public required WordTable<bool> BackgroundCues { get; init; }

    /// <summary>Prepositions that introduce a place ("in", "at", "to").</summary>
    public required WordTable<bool> PlacePrepositions { get; init; }
}
