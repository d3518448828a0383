using Timeline.Events;
using Timeline.Temporal;

namespace Timeline.Export.Json;

/// <summary>
/// The lower-case names the timeline JSON uses for the model's enums (<c>summit</c>, <c>occurred</c>, <c>day</c>,
/// <c>merge</c>, <c>dateline</c> …), in one place so that a writer and a reader cannot disagree. Each
/// <c>TryParse…</c> is the exact inverse of the matching name method for every listed value.
/// </summary>
public static class TimelineJsonNames
{
    private static readonly string[] Types =
        ["summit", "visit", "meeting", "talks", "delegation", "statement", "agreement", "aid", "launch", "sanctions", "invitation", "other"];

    private static readonly string[] Statuses = ["occurred", "planned", "uncertain"];

    private static readonly string[] Precisions = ["day", "week", "month", "quarter", "year"];

    private static readonly string[] DateSources = ["none", "text", "merge", "relation", "publication", "discourse"];

    private static readonly string[] Kinds = ["person", "country", "organisation"];

    private static readonly string[] Relations = ["sameday", "daybefore", "dayafter"];

    private static readonly string[] PublicationSources = ["none", "caller", "dateline"];

    private static readonly string[] PloverCategories = Enum.GetValues<PloverCategory>().Select(Plover.Name).ToArray();

    /// <summary>The event type: <c>summit</c>, <c>visit</c>, …, <c>other</c>.</summary>
    public static string Name(EventType type) => Lookup(Types, (int)type, type);

    /// <summary>The status: <c>occurred</c>, <c>planned</c>, <c>uncertain</c>.</summary>
    public static string Name(EventStatus status) => Lookup(Statuses, (int)status, status);

    /// <summary>The date precision: <c>day</c>, <c>week</c>, <c>month</c>, <c>quarter</c>, <c>year</c>.</summary>
    public static string Name(DatePrecision precision) => Lookup(Precisions, (int)precision, precision);

    /// <summary>How a date was found: <c>none</c>, <c>text</c>, <c>merge</c>, <c>relation</c>, <c>publication</c>, <c>discourse</c>.</summary>
    public static string Name(DateSource source) => Lookup(DateSources, (int)source, source);

    /// <summary>What a participant is: <c>person</c>, <c>country</c>, <c>organisation</c>.</summary>
    public static string Name(ParticipantKind kind) => Lookup(Kinds, (int)kind, kind);

    /// <summary>How a mention is dated through another: <c>sameday</c>, <c>daybefore</c>, <c>dayafter</c>.</summary>
    public static string Name(EventRelationKind relation) => Lookup(Relations, (int)relation, relation);

    /// <summary>Where a publication date came from: <c>none</c>, <c>caller</c>, <c>dateline</c>.</summary>
    public static string Name(PublicationDateSource source) => Lookup(PublicationSources, (int)source, source);

    /// <summary>The PLOVER category in upper case: <c>CONSULT</c>, <c>AGREE</c>, …</summary>
    public static string Name(PloverCategory category) => (uint)category < (uint)PloverCategories.Length ? PloverCategories[(int)category] : Plover.Name(category);

    /// <summary>Reads an event type name.</summary>
    public static bool TryParse(string? name, out EventType value) => TryFind(Types, name, out value);

    /// <summary>Reads a status name.</summary>
    public static bool TryParse(string? name, out EventStatus value) => TryFind(Statuses, name, out value);

    /// <summary>Reads a precision name.</summary>
    public static bool TryParse(string? name, out DatePrecision value) => TryFind(Precisions, name, out value);

    /// <summary>Reads a date-source name.</summary>
    public static bool TryParse(string? name, out DateSource value) => TryFind(DateSources, name, out value);

    /// <summary>Reads a participant-kind name.</summary>
    public static bool TryParse(string? name, out ParticipantKind value) => TryFind(Kinds, name, out value);

    /// <summary>Reads a relation name.</summary>
    public static bool TryParse(string? name, out EventRelationKind value) => TryFind(Relations, name, out value);

    /// <summary>Reads a publication-date source name.</summary>
    public static bool TryParse(string? name, out PublicationDateSource value) => TryFind(PublicationSources, name, out value);

    /// <summary>Reads a PLOVER category name (upper case).</summary>
    public static bool TryParse(string? name, out PloverCategory value) => TryFind(PloverCategories, name, out value);

    // A value added to the model after this table still gets a name (tests fail until it is listed, so readers know it).
    private static string Lookup<T>(string[] names, int index, T value) where T : struct, Enum =>
        (uint)index < (uint)names.Length ? names[index] : value.ToString().ToLowerInvariant();

    private static bool TryFind<T>(string[] names, string? name, out T value) where T : struct, Enum
    {
        int index = name is null ? -1 : Array.IndexOf(names, name);
        value = index < 0 ? default : (T)(object)index;
        return index >= 0;
    }
}
