using System.Text;
using Timeline.English;
using Timeline.Pipeline;
using Timeline.Temporal;

namespace Timeline.Tests.Corpus;

/// <summary>Runs every example corpus line as a test case (Duckling-style: phrasing + reference date → value).</summary>
public sealed class CorpusTests
{
    internal static readonly TemporalTagger Tagger = English.English.CreateTagger();

    public static TheoryData<CorpusExample> PositiveExamples() => [.. CorpusFile.Positive];

    public static TheoryData<CorpusExample> NegativeExamples() => [.. CorpusFile.Negative];

    [Theory]
    [MemberData(nameof(PositiveExamples))]
    public void Example(CorpusExample example)
    {
        var found = Tagger.Tag(example.Text, example.Reference).Expressions;
        var atSpan = found.Where(e => e.Text == example.Span && CorpusFile.Occurrences(example.Text, example.Span).Contains(e.Span.Start)).ToList();
        if (atSpan.Count == 0)
            Assert.Fail($"{example.Location}: no expression '{example.Span}' (expected {example.Value}); found {Describe(found)}");
        if (!atSpan.Any(e => e.Value == example.Value))
            Assert.Fail($"{example.Location}: '{example.Span}' is {string.Join(" / ", atSpan.Select(e => e.Value))}, expected {example.Value}; found {Describe(found)}");
    }

    [Theory]
    [MemberData(nameof(NegativeExamples))]
    public void NotATimeExpression(CorpusExample example)
    {
        var found = Tagger.Tag(example.Text, example.Reference).Expressions;
        var wrong = example.Span == "*"
            ? found.ToList()
            : found.Where(e => CorpusFile.Occurrences(example.Text, example.Span).Any(at => e.Span.Start < at + example.Span.Length && e.Span.End > at)).ToList();
        if (wrong.Count > 0)
            Assert.Fail($"{example.Location}: '{example.Span}' must not be tagged; found {Describe(wrong)}");
    }

    [Fact]
    public void EveryRuleHasAnExample()
    {
        var covered = new HashSet<string>(StringComparer.Ordinal);
        foreach (var example in CorpusFile.Positive)
        {
            foreach (var e in Tagger.Tag(example.Text, example.Reference).Expressions)
            {
                if (e.Text == example.Span) covered.Add(e.Rule);
            }
        }
        var missing = English.English.Language.Rules.Rules.Select(r => r.Name).Where(n => !covered.Contains(n)).ToList();
        Assert.True(missing.Count == 0, $"Every rule needs a corpus example whose span it tags. Rules without one: {string.Join(", ", missing)}");
    }

    internal static string Describe(IEnumerable<TemporalExpression> expressions)
    {
        var sb = new StringBuilder();
        foreach (var e in expressions)
        {
            if (sb.Length > 0) sb.Append("; ");
            sb.Append('\'').Append(e.Text).Append("' = ").Append(e.Value).Append(" (").Append(e.Type).Append(", ").Append(e.Rule).Append(')');
        }
        return sb.Length == 0 ? "nothing" : sb.ToString();
    }
}
