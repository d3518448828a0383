using Timeline.Events;
using static Timeline.Tests.Events.Reading;

namespace Timeline.Tests.Events;

/// <summary>
/// The gazetteer of states (Words/countries.tsv): names of many words, demonyms, abbreviations and capitals are the
/// country; names that are also ordinary words or people's names are not.
/// </summary>
public sealed class CountryTests
{
    [Theory]
    [InlineData("North Korean officials visited Moscow on Monday.", "visited", "North Korea")]
    [InlineData("Russian officials arrived in Pyongyang on Monday.", "arrived", "Russia")]
    [InlineData("Officials from North Korea and Russia met on Friday.", "met", "North Korea")]
    [InlineData("Officials from North Korea and Russia met on Friday.", "met", "Russia")]
    [InlineData("The DPRK launched two short-range ballistic missiles on Wednesday.", "launched", "North Korea")]
    [InlineData("Officials from the Czech Republic met on Monday.", "met", "Czech Republic")]
    [InlineData("Officials from Czechia met on Monday.", "met", "Czech Republic")]
    [InlineData("Czech officials met on Monday.", "met", "Czech Republic")]
    [InlineData("Officials from the United Arab Emirates met on Monday.", "met", "United Arab Emirates")]
    [InlineData("UAE officials met on Monday.", "met", "United Arab Emirates")]
    [InlineData("Officials from the Dominican Republic met on Monday.", "met", "Dominican Republic")]
    [InlineData("Officials from the Central African Republic met on Monday.", "met", "Central African Republic")]
    [InlineData("Officials from the Democratic Republic of the Congo met on Monday.", "met", "Democratic Republic of the Congo")]
    [InlineData("Officials from the Solomon Islands met on Monday.", "met", "Solomon Islands")]
    [InlineData("Officials from Bosnia and Herzegovina met on Monday.", "met", "Bosnia and Herzegovina")]
    [InlineData("Officials from Trinidad and Tobago met on Monday.", "met", "Trinidad and Tobago")]
    [InlineData("Officials from the United Kingdom met on Monday.", "met", "United Kingdom")]
    [InlineData("U.K. officials met on Monday.", "met", "United Kingdom")]
    [InlineData("Officials from the U.S. met on Monday.", "met", "United States")]
    [InlineData("British officials met on Monday.", "met", "United Kingdom")]
    [InlineData("Hungarians voted on Sunday.", "voted", "Hungary")]
    [InlineData("Polish officials met on Monday.", "met", "Poland")]
    [InlineData("Turkish officials met on Monday.", "met", "Turkey")]
    [InlineData("Jordanian officials met on Monday.", "met", "Jordan")]
    [InlineData("Chadian officials met on Monday.", "met", "Chad")]
    [InlineData("Officials from Côte d'Ivoire met on Monday.", "met", "Ivory Coast")]
    [InlineData("Officials from Taiwan and Kosovo met on Monday.", "met", "Taiwan")]
    [InlineData("Officials from Taiwan and Kosovo met on Monday.", "met", "Kosovo")]
    [InlineData("Palestinian officials met on Monday.", "met", "Palestine")]
    [InlineData("Officials from the People's Republic of China met on Monday.", "met", "China")]
    [InlineData("Officials from the Republic of China met on Monday.", "met", "Taiwan")]
    [InlineData("Officials from Papua New Guinea met on Monday.", "met", "Papua New Guinea")]
    [InlineData("Officials from Guinea-Bissau met on Monday.", "met", "Guinea-Bissau")]
    [InlineData("South Sudanese officials met on Monday.", "met", "South Sudan")]
    public void CountriesAndDemonymsAreTheCountry(string text, string trigger, string country)
    {
        var mention = Mention(text, trigger, Friday);
        mention.Participants.Should().Contain(new Participant(country, ParticipantKind.Country), Describe([mention], text));
        mention.Participants.Should().NotContain(p => p.Kind == ParticipantKind.Person, "no person is named");
    }

    [Fact]
    public void TheCzechRepublicIsNoPersonAndCzechNoReferenceToIt()
    {
        const string text = "In July, the alliance said it would accept Poland, Hungary and the Czech Republic. "
                            + "The Czech foreign minister, Jan Kavan, met his Polish counterpart on Friday.";
        var article = Read(text, Friday);
        var people = article.Observations.SelectMany(o => o.Participants).Where(p => p.Kind == ParticipantKind.Person).ToList();
        people.Should().NotContain(p => p.Name.Contains("Czech") || p.Name.Contains("Republic"), Describe(article.Observations, text));
        people.Select(p => p.Name).Should().Contain("Jan Kavan");
    }

    [Fact]
    public void ADemonymBeforeATitleGivesThePersonACountry()
    {
        // The country goes with the person: "the Hungarian prime minister" names him again, the Slovak one does not.
        const string text = "Hungarian Prime Minister Viktor Orban arrived in Vienna on Tuesday. "
                            + "The Hungarian prime minister met Austrian officials on Wednesday. "
                            + "The Slovak prime minister met Austrian officials on Thursday.";
        var article = Read(text, Friday);
        var arrived = At(article, text, "arrived").Single();
        var orban = arrived.Participants.Single(p => p.Kind == ParticipantKind.Person);
        orban.Name.Should().Be("Viktor Orban", Describe([arrived], text));
        orban.Role.Should().Be("Prime Minister");
        var met = article.Observations.Where(o => text[o.Trigger.Start..o.Trigger.End] == "met").ToList();
        met.Should().HaveCount(2, Describe(article.Observations, text));
        met[0].Participants.Should().Contain(p => p.Kind == ParticipantKind.Person && p.Name == "Viktor Orban", Describe(met, text));
        met[1].Participants.Should().NotContain(p => p.Kind == ParticipantKind.Person, Describe(met, text));
    }

    [Theory]
    [InlineData("The two foreign ministers held talks in Hanoi on Thursday.", "talks", "Hanoi", "Vietnam")]
    [InlineData("The two foreign ministers held talks in Madrid on Thursday.", "talks", "Madrid", "Spain")]
    [InlineData("The two foreign ministers held talks in Addis Ababa on Thursday.", "talks", "Addis Ababa", "Ethiopia")]
    [InlineData("The two foreign ministers held talks in Phnom Penh on Thursday.", "talks", "Phnom Penh", "Cambodia")]
    public void ACapitalIsThePlaceAndNamesItsCountry(string text, string trigger, string place, string country)
    {
        var mention = Mention(text, trigger, Friday);
        mention.Location.Should().Be(place, Describe([mention], text));
        mention.LocationIsCountry.Should().BeFalse("a capital is a city, a strong place");
        mention.Participants.Should().Contain(new Participant(country, ParticipantKind.Country), Describe([mention], text));
    }

    [Fact]
    public void ACapitalStandsForItsGovernment()
    {
        const string text = "Ottawa and Canberra signed a trade agreement on Monday.";
        var signed = Mention(text, "signed", Friday);
        signed.Participants.Should().Contain([new Participant("Canada", ParticipantKind.Country), new Participant("Australia", ParticipantKind.Country)],
            Describe([signed], text));
    }

    [Fact]
    public void ACountryIsThePlaceOnlyWhenNoCityOrVenueIsNamed()
    {
        const string text = "Kim Jong-un met Vladimir Putin in Russia, at the Vostochny space center, on Wednesday.";
        var met = Mention(text, "met", Friday);
        met.Location.Should().Be("Vostochny space center", Describe([met], text));
        met.LocationIsCountry.Should().BeFalse();
    }

    [Fact]
    public void ACountryNamedAloneIsAWeakPlace()
    {
        const string text = "The Hungarian prime minister is on a visit to Portugal.";
        var visit = Mention(text, "visit", Friday);
        visit.Location.Should().Be("Portugal", Describe([visit], text));
        visit.LocationIsCountry.Should().BeTrue();
    }

    [Theory]
    [InlineData("Officials from the Ruritanian Republic met on Monday.", "met", "Ruritanian Republic")]
    [InlineData("Officials from the Zembla Islands met on Monday.", "met", "Zembla Islands")]
    [InlineData("Officials from the Freedonian Federation met on Monday.", "met", "Freedonian Federation")]
    [InlineData("Officials from the Grand Kingdom met on Monday.", "met", "Grand Kingdom")]
    public void AnUnknownStateIsNoPerson(string text, string trigger, string state)
    {
        var mention = Mention(text, trigger, Friday);
        mention.Participants.Should().NotContain(p => p.Kind == ParticipantKind.Person && p.Name.Contains(state), Describe([mention], text));
    }

    [Theory]
    [InlineData("Chad Smith met reporters on Monday.", "met", "Chad Smith", "Chad")]
    [InlineData("Jordan Peterson met reporters on Monday.", "met", "Jordan Peterson", "Jordan")]
    [InlineData("Georgia Harris met reporters on Monday.", "met", "Georgia Harris", "Georgia")]
    public void AGivenNameThatIsAlsoACountryIsAPerson(string text, string trigger, string person, string country)
    {
        var mention = Mention(text, trigger, Friday);
        mention.Participants.Should().Contain(p => p.Kind == ParticipantKind.Person && p.Name == person, Describe([mention], text));
        mention.Participants.Should().NotContain(new Participant(country, ParticipantKind.Country));
    }

    [Theory]
    [InlineData("Officials from New Mexico met on Monday.", "met", "United States", "Mexico")]
    [InlineData("Officials from the Niger Delta met on Monday.", "met", "Nigeria", "Niger")]
    [InlineData("Officials from Northern Ireland met on Monday.", "met", "United Kingdom", "Ireland")]
    [InlineData("Officials from Little Havana met on Monday.", "met", "United States", "Cuba")]
    public void APlaceInsideOneCountryNamesThatCountryNotItsNamesake(string text, string trigger, string country, string namesake)
    {
        var mention = Mention(text, trigger, Friday);
        mention.Participants.Should().Contain(new Participant(country, ParticipantKind.Country), Describe([mention], text));
        mention.Participants.Should().NotContain(new Participant(namesake, ParticipantKind.Country));
    }

    [Theory]
    [InlineData("The two leaders met over turkey and rice on Thursday.", "met", "Turkey")]
    [InlineData("The two leaders met over chile con carne on Thursday.", "met", "Chile")]
    [InlineData("The two leaders met over a dinner of china and silver on Thursday.", "met", "China")]
    [InlineData("The two leaders met with us on Thursday.", "met", "United States")]
    public void ALowerCaseWordIsNoCountry(string text, string trigger, string country)
    {
        var mention = Mention(text, trigger, Friday);
        mention.Participants.Should().NotContain(new Participant(country, ParticipantKind.Country), Describe([mention], text));
    }
}
