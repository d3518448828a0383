namespace Timeline.Events;

/// <summary>What kind of event a mention reports.</summary>
public enum EventType
{
    /// <summary>A meeting of heads of state or government.</summary>
    Summit,
    /// <summary>A visit or trip.</summary>
    Visit,
    /// <summary>A meeting of officials.</summary>
    Meeting,
    /// <summary>Talks, negotiations, discussions.</summary>
    Talks,
    /// <summary>A delegation sent or received.</summary>
    Delegation,
    /// <summary>A statement, pledge or declaration.</summary>
    Statement,
    /// <summary>An agreement, deal or treaty.</summary>
    Agreement,
    /// <summary>Aid: food, humanitarian, military assistance.</summary>
    Aid,
    /// <summary>A launch of missiles, rockets or satellites.</summary>
    Launch,
    /// <summary>Sanctions imposed or lifted.</summary>
    Sanctions,
    /// <summary>An invitation extended or accepted.</summary>
    Invitation,
    /// <summary>Any other event.</summary>
    Other,
}

/// <summary>Whether an event happened.</summary>
public enum EventStatus
{
    /// <summary>It happened.</summary>
    Occurred,
    /// <summary>It is planned, expected, scheduled or invited.</summary>
    Planned,
    /// <summary>Reported, speculated or denied.</summary>
    Uncertain,
}

/// <summary>PLOVER event categories (the political-event ontology researchers code events in).</summary>
public enum PloverCategory
{
    /// <summary>Consultations, meetings, visits.</summary>
    Consult,
    /// <summary>Agreements.</summary>
    Agree,
    /// <summary>Material aid.</summary>
    Aid,
    /// <summary>Sanctions.</summary>
    Sanction,
    /// <summary>Military mobilization and shows of force (missile launches).</summary>
    Mobilize,
    /// <summary>Statements of support and pledges.</summary>
    Support,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>The granularity of an event date.</summary>
public enum DatePrecision
{
    /// <summary>A day, or a span of days.</summary>
    Day,
    /// <summary>An ISO week or part of one.</summary>
    Week,
    /// <summary>A month, or a span of months.</summary>
    Month,
    /// <summary>A quarter.</summary>
    Quarter,
    /// <summary>A year, or a span of years.</summary>
    Year,
}

/// <summary>How an event got its date.</summary>
public enum DateSource
{
    /// <summary>No date.</summary>
    None,
    /// <summary>From a temporal expression of the mention's own sentence.</summary>
    Text,
    /// <summary>From another mention of the same event (in the same or another article).</summary>
    Merge,
    /// <summary>Through another event it is related to ("just before the summit").</summary>
    Relation,
    /// <summary>The publication date, because the sentence reports the present ("North Korea says …").</summary>
    Publication,
    /// <summary>The article's lead date (the first day its body names), for an undated sentence that elaborates on the lead.</summary>
    Discourse,
}

/// <summary>What a participant is.</summary>
public enum ParticipantKind
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>A country.</summary>
    Country,
    /// <summary>An organisation.</summary>
    Organisation,
}

/// <summary>How one event relates in time to another it names ("just before the summit").</summary>
public enum EventRelationKind
{
    /// <summary>On the same day (during, at, just before, just after, following).</summary>
    SameDay,
    /// <summary>The day before (on the eve of).</summary>
    DayBefore,
    /// <summary>The day after.</summary>
    DayAfter,
}

/// <summary>PLOVER mapping of event types.</summary>
public static class Plover
{
    /// <summary>The PLOVER category of <paramref name="type"/>.</summary>
    public static PloverCategory Of(EventType type) => type switch
    {
        EventType.Summit or EventType.Visit or EventType.Meeting or EventType.Talks or EventType.Delegation or EventType.Invitation => PloverCategory.Consult,
        EventType.Agreement => PloverCategory.Agree,
        EventType.Aid => PloverCategory.Aid,
        EventType.Sanctions => PloverCategory.Sanction,
        EventType.Launch => PloverCategory.Mobilize,
        EventType.Statement => PloverCategory.Support,
        _ => PloverCategory.Other,
    };

    /// <summary>The category's PLOVER name (CONSULT, AGREE …).</summary>
    public static string Name(PloverCategory c) => c.ToString().ToUpperInvariant();
}
