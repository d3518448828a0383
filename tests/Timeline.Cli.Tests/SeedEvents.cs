namespace Timeline.Cli.Tests;

/// <summary>An expected event date: whole days, end inclusive, and its precision.</summary>
internal sealed record ExpectedDate(string Start, string End, string Precision);

/// <summary>An event a perfect run finds in a seed article: where its evidence stands, and its type, status and date.</summary>
/// <param name="Document">The first three characters of the sample's file name ("000").</param>
/// <param name="Evidence">An exact phrase of the article that states the event.</param>
internal sealed record ExpectedEvent(string Document, string Type, string Status, ExpectedDate? Date, string Evidence)
{
    public override string ToString() => $"{Document}: {Type}/{Status}/{Date?.Start ?? "undated"} \"{Evidence}\"";
}

/// <summary>
/// What a run of <c>timeline extract</c> over the five seed articles of <c>samples/</c> must find: our own expectations
/// for those articles (the events, their dates after merging across articles, the boilerplate that yields nothing,
/// and the mentions that must merge into one event).
/// </summary>
internal static class SeedEvents
{
    private static ExpectedDate Day(string start, string end, string precision) => new(start, end, precision);

    public static readonly ExpectedEvent[] Events =
    [
        new("000", "meeting", "occurred", Day("2019-06-07", "2019-06-07", "day"), "Officials from North Korea and Russia met on Friday"),
        new("000", "summit", "occurred", Day("2019-04-25", "2019-04-25", "day"), "Kim Jong-un had visited Vladivostok for a summit with Russian President Vladimir Putin in April"),
        new("000", "summit", "occurred", null, "the second summit in Vietnam ended abruptly"),
        new("000", "launch", "occurred", null, "North Korea has since launched multiple projectiles"),
        new("000", "aid", "occurred", Day("2019-06-03", "2019-06-07", "week"), "Earlier this week, the Russian Embassy in Pyongyang had said that around 3,900 tons of wheat was sent to North Korea"),
        new("001", "meeting", "occurred", Day("2023-09-20", "2023-09-20", "day"), "During the politburo meeting of the central committee of the Workers' Party on Wednesday"),
        new("001", "summit", "occurred", Day("2023-09-13", "2023-09-13", "day"), "The rare summit between the two leaders took place at the Vostochny space center in Russia's Far East last Wednesday"),
        new("002", "delegation", "occurred", null, "led a delegation to Russia from Pyongyang on Monday"),
        new("002", "delegation", "occurred", null, "a group of Russian officials, led by a deputy director of its foreign ministry had arrived in Pyongyang"),
        new("002", "summit", "planned", null, "is planning to embark on a visit to Russia this month or next month"),
        new("002", "visit", "occurred", null, "visiting China thrice this year, meeting President Xi Jinping"),
        new("002", "summit", "occurred", null, "met with United States President Donald Trump in their first-ever meeting"),
        new("003", "summit", "occurred", Day("2023-09-13", "2023-09-13", "day"), "first face-to-face summit in four years"),
        new("003", "invitation", "occurred", Day("2023-09-13", "2023-09-13", "day"), "Putin has accepted an invitation from Kim Jong Un to visit North Korea"),
        new("003", "visit", "planned", null, "he extended the offer to Putin at \"a convenient time\""),
        new("003", "visit", "planned", null, "the North Korean leader is anticipated to go to Vladivostok to see Russia's Pacific fleet"),
        new("003", "visit", "occurred", Day("2023-07-01", "2023-07-31", "month"), "Sergei Shoigu, who in July attended celebrations in Pyongyang honouring the armistice"),
        new("003", "launch", "occurred", Day("2023-09-13", "2023-09-13", "day"), "North Korea launched two short-range ballistic missiles just before Putin and Kim's meeting"),
        new("004", "statement", "occurred", Day("2023-04-25", "2023-04-25", "day"), "North Korea vowed on Tuesday to strengthen its ties with Russia"),
        new("004", "summit", "occurred", Day("2019-04-25", "2019-04-25", "day"), "the fourth anniversary of the first summit between the leaders of the two nations"),
    ];

    /// <summary>Page boilerplate: no mention may start at or after the first of these in its article.</summary>
    public static readonly (string Document, string Marker)[] Boilerplate =
    [
        ("001", "Related Stories"),
        ("001", "Politics Realted Stories"),
        ("002", "You’ve reached your limit"),
        ("003", "You’ve reached your limit"),
        ("004", "Previous Story"),
        ("004", "Latest from -Top News"),
        ("004", "Don't Miss"),
    ];

    /// <summary>The same real event reported by two articles: one timeline event with this date.</summary>
    public static readonly (int First, int Second, ExpectedDate Date)[] Merges =
    [
        (1, 19, Day("2019-04-25", "2019-04-25", "day")), // the 2019 Vladivostok summit: "in April" (000), "the fourth anniversary of the first summit" (004)
        (6, 12, Day("2023-09-13", "2023-09-13", "day")), // the 2023 Vostochny summit: "last Wednesday" (001), undated (003)
    ];
}
