using Timeline.Patterns;
using static Timeline.Patterns.P;

namespace Timeline.Tests.Patterns;

/// <summary>
/// The analysis a rule set makes of its patterns (first sets, prefixes, requirements; <c>PatternInfo</c>), seen through
/// what it decides: which rules are tried where. Each answer is computed once per pattern node and shared.
/// </summary>
public sealed class PatternAnalysisTests
{
    private static string[] Matches<T>(RuleSet<T> rules, Lexicon lexicon, string text)
    {
        var s = lexicon.Analyze(text);
        return [.. rules.Scan(s).Select(m => $"{m.Rule.Name}:{text[s.Tokens[m.Start].Start..s.Tokens[m.End - 1].End]}")];
    }

    [Fact]
    public void A_pattern_shared_by_rules_is_analysed_for_each_place_it_stands()
    {
        var lex = new LexiconBuilder();
        var colours = lex.Table("colours", new Dictionary<string, int> { ["red"] = 1, ["deep blue"] = 2 });
        var car = lex.Literal("car");
        var colour = colours.Pattern;
        // The same node optional in one rule (the rule may start with "car") and required in another.
        var rules = new RuleSet<int>(
        [
            new Rule<int>("coloured-car", Seq(OptValue(colour), car, (c, _) => c ?? 0)),
            new Rule<int>("colour", colour),
            new Rule<int>("number-colour", Seq(Number(1, 2, 1, 99), colour, (n, c) => (int)n * 10 + c)),
        ]);
        var lexicon = lex.Build();

        Matches(rules, lexicon, "a car, a deep blue car, deep blue, 4 red and red")
            .Should().Equal("coloured-car:car", "coloured-car:deep blue car", "colour:deep blue", "number-colour:4 red", "colour:red");
    }

    [Fact]
    public void A_lazy_pattern_is_expanded_with_a_guard_and_its_answers_are_not_kept_half_made()
    {
        var lex = new LexiconBuilder();
        var name = lex.Table("names", new Dictionary<string, string> { ["ann"] = "Ann", ["bob"] = "Bob", ["cy"] = "Cy" });
        var and = lex.Literal("and", ",");
        Pattern<string>? list = null;
        // Right-recursive: a name, then optionally "and" and the rest of the list.
        list = Lazy(() => Seq(name.Pattern, OptRef(Seq(and, list!, (_, rest) => rest)), (first, rest) => rest is null ? first : first + "+" + rest));
        var rules = new RuleSet<string>([new Rule<string>("list", list), new Rule<string>("then", Seq(lex.Literal("then"), list, (_, l) => l))]);
        var lexicon = lex.Build();

        var s = lexicon.Analyze("then Ann, Bob and Cy left; Bob stayed");
        rules.Scan(s).Select(m => (m.Rule.Name, m.Value)).Should().Equal(("then", "Ann+Bob+Cy"), ("list", "Bob"));
    }

    [Fact]
    public void A_rule_matches_where_its_first_token_and_its_required_words_stand()
    {
        var lex = new LexiconBuilder();
        var ordinal = lex.Table("ordinals", new Dictionary<string, int> { ["first"] = 1, ["third"] = 3 });
        var rules = new RuleSet<int>(
        [
            new Rule<int>("quarter", Seq(lex.Literal("the"), ordinal.Pattern, lex.Literal("quarter"), (_, n, _) => n)),
            new Rule<int>("numbered", Seq(Opt(lex.Literal("the")), Number(1, 1, 1, 4), lex.Literal("quarter", "half"), (_, n, _) => (int)n)),
        ]);
        var lexicon = lex.Build();

        Matches(rules, lexicon, "the third day, the third quarter, the 2 half and 1 quarter")
            .Should().Equal("quarter:the third quarter", "numbered:the 2 half", "numbered:1 quarter");
    }

    [Fact]
    public void A_rule_set_names_the_first_repeated_rule_and_refuses_a_rule_that_can_match_nothing()
    {
        var lex = new LexiconBuilder();
        var a = lex.Literal("a");
        var b = lex.Literal("b");
        var dup = () => new RuleSet<bool>(
        [
            new Rule<bool>("x", Opt(a)), new Rule<bool>("y", Opt(b)), new Rule<bool>("y", Opt(b)), new Rule<bool>("x", Opt(a)),
        ]);
        dup.Should().Throw<ArgumentException>().WithMessage("Two rules are named 'x'.*");

        var empty = () => new RuleSet<bool>([new Rule<bool>("a", a.Select(_ => true)), new Rule<bool>("maybe-b", Opt(b))]);
        empty.Should().Throw<ArgumentException>().WithMessage("Rule 'maybe-b' can match nothing.*");
    }

    [Fact]
    public void A_table_of_boxed_values_takes_only_values_of_its_type()
    {
        var lex = new LexiconBuilder();
        List<KeyValuePair<string, object>> days = [new("monday", DayOfWeek.Monday), new("tue", DayOfWeek.Tuesday)];
        List<KeyValuePair<string, object>> numbers = [new("friday", 5)];
        var ok = lex.Table<DayOfWeek>("days", days);
        var bad = () => lex.Table<DayOfWeek>("bad", numbers);
        bad.Should().Throw<ArgumentException>().WithMessage("*'friday' is no DayOfWeek*");

        var rules = new RuleSet<DayOfWeek>([new Rule<DayOfWeek>("day", ok.Pattern)]);
        var lexicon = lex.Build();
        rules.Scan(lexicon.Analyze("Monday or Tue")).Select(m => m.Value).Should().Equal(DayOfWeek.Monday, DayOfWeek.Tuesday);
    }
}
