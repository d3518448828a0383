using NodaTime;
using Timeline.Events;
using Timeline.Timelines;
using static Timeline.Tests.Events.Reading;

namespace Timeline.Tests.Events;

/// <summary>Who takes part and where: people with roles, references back to them, countries, organisations, places; not news agencies.</summary>
public sealed class ParticipantTests
{
    private const string KimKey = "kim jong un";

    [Theory]
    [InlineData("Kim Jong-un", "Kim Jong Un")]
    [InlineData("Kim Jong-un", "kim jong-un")]
    [InlineData("Im Chon-il", "Im  Chon il")]
    public void SpellingsOfOneNameShareAKey(string a, string b) =>
        new Participant(a, ParticipantKind.Person).Key.Should().Be(new Participant(b, ParticipantKind.Person).Key);

    [Theory]
    [InlineData("Kim Jong-un", "kim jong un")]
    [InlineData("  Kim   Jong‐un  ", "kim jong un")]
    [InlineData("-Putin-", "putin")]
    [InlineData("ÉMILE ZOLA", "émile zola")]
    [InlineData("İSTANBUL Σ", "İstanbul σ")] // the invariant culture keeps the dotted capital I
    [InlineData("Tab\tKept", "tab\tkept")]
    [InlineData("", "")]
    [InlineData(" - ", "")]
    public void AKeyIsTheNameInLowerCaseWithHyphensAndRunsOfSpacesAsOneSpace(string name, string key)
    {
        Participant.NameKey(name).Should().Be(key);
        // The same as the definition written with Replace, Split and Join, which the key was made with at first.
        Participant.NameKey(name).Should().Be(string.Join(' ', name.Replace('-', ' ').Replace('‐', ' ')
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant());
    }

    [Fact]
    public void ALongNameHasAKeyToo()
    {
        var name = string.Join(" - ", Enumerable.Repeat("Name", 100));
        Participant.NameKey(name).Should().Be(string.Join(' ', Enumerable.Repeat("name", 100)));
    }

    [Fact]
    public void DifferentNamesHaveDifferentKeys() =>
        new Participant("Kim Jong-un", ParticipantKind.Person).Key.Should().NotBe(new Participant("Kim Yong-jae", ParticipantKind.Person).Key);

    [Fact]
    public void AFullNameASurnameAndARoleAreOneParticipant()
    {
        const string text = "North Korean leader Kim Jong-un arrived in Vladivostok on Tuesday. Kim met Russian officials on Wednesday. "
                            + "The North Korean leader toured an aviation factory on Thursday.";
        var article = Read(text, Friday);
        foreach (var trigger in new[] { "arrived", "met", "toured" })
        {
            var mention = At(article, text, trigger).FirstOrDefault();
            mention.Should().NotBeNull($"'{trigger}' triggers a mention; found {Describe(article.Observations, text)}");
            mention!.Participants.Where(p => p.Kind == ParticipantKind.Person).Select(p => p.Key).Should()
                .Equal([KimKey], $"'{trigger}' names Kim Jong-un; found {Describe([mention], text)}");
        }
    }

    [Fact]
    public void SpellingsWithAndWithoutHyphenAreOneParticipantInATimeline()
    {
        const string text = "North Korean leader Kim Jong Un visited Russia on Tuesday. Kim Jong-un met Russian officials on Wednesday.";
        var article = Read(text, Friday);
        article.Observations.SelectMany(o => o.Participants).Where(p => p.Kind == ParticipantKind.Person)
            .Select(p => p.Key).Distinct().Should().Equal([KimKey], Describe(article.Observations, text));
        var people = EventTimeline.From([article]).Events.SelectMany(e => e.Participants)
            .Where(p => p.Kind == ParticipantKind.Person).Select(p => p.Name).Distinct().ToList();
        people.Should().ContainSingle("one display name is chosen for all spellings of one person");
    }

    [Theory]
    [InlineData("Russian President Vladimir Putin visited Pyongyang on Tuesday.", "visited", "Vladimir Putin", "President")]
    [InlineData("North Korean leader Kim Jong-un visited Vladivostok on Tuesday.", "visited", "Kim Jong-un", "leader")]
    [InlineData("Russian Defence Minister Sergei Shoigu visited Pyongyang on July 26.", "visited", "Sergei Shoigu", "Defence Minister")]
    [InlineData("Vice Foreign Minister Im Chon-il issued a statement on Tuesday.", "statement", "Im Chon-il", "Vice Foreign Minister")]
    public void ATitledNameIsAPersonWithThatRole(string text, string trigger, string name, string role)
    {
        var mention = Mention(text, trigger, Friday);
        var person = mention.Participants.SingleOrDefault(p => p.Key == Participant.NameKey(name));
        person.Should().NotBeNull($"{name} takes part; found {Describe([mention], text)}");
        person!.Kind.Should().Be(ParticipantKind.Person);
        person.Role.Should().Be(role);
        person.Name.Should().Be(name, "the title is not part of the name");
    }

    [Fact]
    public void TheTwoLeadersAreTheTwoLeadersNamedBefore()
    {
        const string text = "Russian President Vladimir Putin and North Korean leader Kim Jong-un held talks on Wednesday. "
                            + "The two leaders also agreed to strengthen strategic and tactical cooperation.";
        var article = Read(text, Friday);
        var agreed = At(article, text, "agreed").Single();
        agreed.Participants.Where(p => p.Kind == ParticipantKind.Person).Select(p => p.Key).Should()
            .BeEquivalentTo([KimKey, "vladimir putin"], Describe([agreed], text));
    }

    [Theory]
    [InlineData("Yonhap News Agency reported that North Korean officials visited Moscow on Monday.")]
    [InlineData("The Korean Central News Agency (KCNA) said that Kim Jong-un visited a tractor factory on Monday.")]
    [InlineData("North Korea launched a missile on Monday, Yonhap reported citing KCNA.")]
    [InlineData("North Korea launched a missile on Monday, Al Jazeera reported.")]
    public void NewsAgenciesAreNotParticipants(string text)
    {
        var article = Read(text, Friday);
        article.Observations.Should().NotBeEmpty();
        var names = article.Observations.SelectMany(o => o.Participants).Select(p => p.Name).ToList();
        names.Should().NotContain(n => n.Contains("Yonhap") || n.Contains("KCNA") || n.Contains("News Agency") || n.Contains("Al Jazeera"),
            Describe(article.Observations, text));
    }

    [Theory]
    [InlineData("Veterans of the Korean War visited Pyongyang on Monday.", "Korean War")]
    [InlineData("North Korean leader Kim Jong-un arrived in Russia's Far East on Tuesday.", "Far East")]
    [InlineData("Kim Jong-un toured the Vostochny Cosmodrome on Wednesday.", "Vostochny Cosmodrome")]
    [InlineData("The Workers' Party politburo met in Pyongyang on Wednesday.", "Workers' Party")]
    public void NamesOfWarsRegionsPlacesAndPartiesAreNotPeople(string text, string notAPerson)
    {
        var article = Read(text, Friday);
        article.Observations.Should().NotBeEmpty();
        article.Observations.SelectMany(o => o.Participants).Where(p => p.Kind == ParticipantKind.Person)
            .Should().NotContain(p => p.Name.Contains(notAPerson), Describe(article.Observations, text));
    }

    [Fact]
    public void APartyIsAnOrganisation()
    {
        const string text = "The Workers' Party politburo met in Pyongyang on Wednesday.";
        var met = Mention(text, "met", Friday);
        met.Participants.Should().Contain(p => p.Kind == ParticipantKind.Organisation && p.Name.Contains("Workers' Party"), Describe([met], text));
    }

    [Fact]
    public void AMinisterAndHisCounterpartAreBothParticipants()
    {
        const string text = "A delegation headed by North Korea's Minister for External Economic Affairs Kim Yong-jae met his Russian counterpart, "
                            + "Alexander Kozlov, in Pyongyang, Yonhap News Agency reported.";
        var article = Read(text, new LocalDate(2019, 6, 8));
        var people = article.Observations.SelectMany(o => o.Participants).Where(p => p.Kind == ParticipantKind.Person).ToList();
        people.Select(p => p.Name).Should().Contain(["Kim Yong-jae", "Alexander Kozlov"], Describe(article.Observations, text));
        people.Should().NotContain(p => p.Name.Contains("External"), "the ministry is not part of the minister's name");
    }

    [Theory]
    [InlineData("North Korean leader Kim Jong-un met Russian President Vladimir Putin in Pyongyang on Wednesday.", "met", "Pyongyang")]
    [InlineData("North Korean leader Kim Jong-un visited Vladivostok on Tuesday.", "visited", "Vladivostok")]
    [InlineData("The two countries held talks in Moscow on Thursday.", "talks", "Moscow")]
    [InlineData("North Korean leader Kim Jong-un met Russian President Vladimir Putin at the Vostochny space center on Wednesday.", "met", "Vostochny space center")]
    public void ThePlaceIsTheCityOrVenue(string text, string trigger, string place)
    {
        var mention = Mention(text, trigger, Friday);
        mention.Location.Should().Be(place, Describe([mention], text));
        mention.LocationIsCountry.Should().BeFalse();
    }

    [Fact]
    public void APlaceAfterAnAppositiveIsThePlaceOfTheMeeting()
    {
        const string text = "A delegation headed by North Korea's Minister for External Economic Affairs Kim Yong-jae met his Russian counterpart, "
                            + "Alexander Kozlov, in Pyongyang, Yonhap News Agency reported.";
        var met = Mention(text, "met", new LocalDate(2019, 6, 8));
        met.Location.Should().Be("Pyongyang", Describe([met], text));
    }

    [Fact]
    public void ACountryAloneIsAWeakPlace()
    {
        const string text = "North Korean leader Kim Jong-un is on a visit to Russia.";
        var visit = Mention(text, "visit", Friday);
        visit.Location.Should().Be("Russia", Describe([visit], text));
        visit.LocationIsCountry.Should().BeTrue();
    }
}
