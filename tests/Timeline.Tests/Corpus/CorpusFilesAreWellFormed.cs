namespace Timeline.Tests.Corpus;

/// <summary>The corpora themselves: every line parses, spans are in their texts, references are dates.</summary>
public sealed class CorpusFilesAreWellFormed
{
    [Fact]
    public void EveryCorpusFileExists()
    {
        foreach (var file in CorpusFile.PositiveFiles.Append(CorpusFile.NegativeFile))
            File.Exists(Path.Combine(CorpusFile.Directory, file)).Should().BeTrue($"{file} is copied to the test output");
    }

    [Fact]
    public void EveryLineParses()
    {
        var errors = new List<string>();
        foreach (var file in CorpusFile.PositiveFiles.Append(CorpusFile.NegativeFile))
        {
            foreach (var (line, text) in CorpusFile.DataLines(file))
            {
                if (CorpusFile.Parse(file, line, text, file == CorpusFile.NegativeFile, out var error) is null)
                    errors.Add($"{file}:{line}: {error}");
            }
        }
        errors.Should().BeEmpty();
    }

    [Fact]
    public void NoLineIsRepeated()
    {
        var repeated = CorpusFile.Positive.Concat(CorpusFile.Negative)
            .GroupBy(e => (e.Reference, e.Text, e.Span))
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(", ", g.Select(e => e.Location)))
            .ToList();
        repeated.Should().BeEmpty();
    }

    [Fact]
    public void EveryFileHasExamples()
    {
        foreach (var file in CorpusFile.PositiveFiles)
            CorpusFile.Positive.Count(e => e.File == file).Should().BeGreaterThan(10, $"{file} covers its rule group");
        CorpusFile.Positive.Count.Should().BeGreaterThanOrEqualTo(400);
        CorpusFile.Negative.Count.Should().BeGreaterThanOrEqualTo(30);
    }

    [Fact]
    public void ValuesLookLikeTimex3()
    {
        var bad = CorpusFile.Positive
            .Where(e => !System.Text.RegularExpressions.Regex.IsMatch(e.Value!, @"^(P[0-9]+Y[0-9]+M|PT[0-9]+H[0-9]+M|PT[0-9]+M[0-9]+S|P[0-9]+DT[0-9]+H|P[0-9X.]+[YMWDQHE]+|P[0-9X.]+WE|PT[0-9X.]+[HMS]|[0-9X]{2,4}(-[0-9X]{2}(-[0-9X]{2})?|-W[0-9X]{2}(-[1-7]|-WE)?|-Q[1-4X]|-H[12X]|-(SP|SU|FA|WI))?(T([0-9]{2}:[0-9]{2}|MO|MI|AF|EV|NI))?|PRESENT_REF|PAST_REF|FUTURE_REF)$"))
            .Select(e => $"{e.Location}: {e.Value}")
            .ToList();
        bad.Should().BeEmpty();
    }
}
