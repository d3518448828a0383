using System.Text;
using NodaTime;
using Timeline.Events;

namespace Timeline.Tests.Events;

/// <summary>Reads made-up news sentences with one shared extractor, and finds and describes their event mentions.</summary>
internal static class Reading
{
    /// <summary>The reference date of most examples: Friday, two days after the Kim–Putin summit of Wednesday 2023-09-13.</summary>
    public static readonly LocalDate Friday = new(2023, 9, 15);

    public static EventExtractor Extractor { get; } = English.English.CreateExtractor();

    public static ArticleEvents Read(string text, LocalDate? published, string id = "t") =>
        Extractor.Extract(new Article(id, text, published));

    /// <summary>The mentions whose trigger covers the first occurrence of <paramref name="word"/> (whole word) in the text.</summary>
    public static List<Observation> At(ArticleEvents article, string text, string word)
    {
        int at = IndexOfWord(text, word);
        at.Should().BeGreaterThanOrEqualTo(0, $"'{word}' occurs in \"{text}\"");
        return [.. article.Observations.Where(o => o.Trigger.Start <= at && at < o.Trigger.End)];
    }

    /// <summary>The one mention whose trigger covers <paramref name="word"/> (of <paramref name="type"/> when given).</summary>
    public static Observation Mention(string text, string word, LocalDate? published, EventType? type = null)
    {
        var article = Read(text, published);
        var found = At(article, text, word).Where(o => type is null || o.Type == type).ToList();
        found.Should().NotBeEmpty($"a mention is triggered by '{word}'{(type is null ? "" : $" of type {type}")} in \"{text}\"; found {Describe(article.Observations, text)}");
        return found[0];
    }

    public static int IndexOfWord(string text, string word)
    {
        for (int i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
        {
            bool startsWord = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            bool endsWord = i + word.Length == text.Length || !char.IsLetterOrDigit(text[i + word.Length]);
            if (startsWord && endsWord) return i;
        }
        return -1;
    }

    public static string Describe(IEnumerable<Observation> observations, string? text = null)
    {
        var sb = new StringBuilder();
        foreach (var o in observations)
        {
            var trigger = text is not null && o.Trigger.End <= text.Length ? text[o.Trigger.Start..o.Trigger.End] : $"@{o.Trigger.Start}";
            sb.Append($"[{trigger}: {o.Type} {o.Status} {o.Date?.ToString() ?? "undated"}/{o.Date?.Precision} {o.DateSource}");
            if (o.Timex is not null) sb.Append($" timex '{o.Timex}'");
            if (o.Location is not null) sb.Append($" in {o.Location}");
            if (o.Relation is not null) sb.Append($" {o.Relation}");
            if (o.Participants.Count > 0) sb.Append(" with ").Append(string.Join("; ", o.Participants.Select(p => $"{p.Name} ({p.Kind}{(p.Role is null ? "" : ", " + p.Role)})")));
            sb.Append("] ");
        }
        return sb.Length == 0 ? "no mentions" : sb.ToString();
    }
}
