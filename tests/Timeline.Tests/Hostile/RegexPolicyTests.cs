namespace Timeline.Tests.Hostile;

/// <summary>
/// No regular expression in src/ may backtrack catastrophically on hostile text: each one is built with
/// <c>RegexOptions.NonBacktracking</c> or given a match timeout. (The engine itself uses none: it scans tokens once.)
/// </summary>
public sealed class RegexPolicyTests
{
    [Fact]
    public void EveryRegexInSrcIsNonBacktrackingOrHasATimeout()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var files = Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToList();
        files.Should().Contain(f => f.EndsWith("TemporalTagger.cs", StringComparison.Ordinal), "the scan reads the engine's sources");

        var violations = files.SelectMany(f => RegexPolicy.Violations(File.ReadAllText(f)).Select(v => $"{Path.GetRelativePath(src, f)}: {v}"));
        violations.Should().BeEmpty("a regex over article text must use RegexOptions.NonBacktracking or a match timeout");
    }

    [Theory]
    [InlineData("var r = new Regex(@\"(a+)+b\");")]
    [InlineData("static readonly Regex Words = new(\"\\\\w+\", RegexOptions.Compiled);")]
    [InlineData("if (Regex.IsMatch(text, \"(x+x+)+y\")) return;")]
    [InlineData("var s = Regex.Replace(text, \"a|b\", \"c\", RegexOptions.IgnoreCase);")]
    [InlineData("[GeneratedRegex(\"(a|aa)+$\", RegexOptions.IgnoreCase)] private static partial Regex Bad();")]
    [InlineData("var r = new System.Text.RegularExpressions.Regex(p, RegexOptions.None, Regex.InfiniteMatchTimeout);")]
    public void TheScanFlagsARegexThatMayBacktrackForever(string code) =>
        RegexPolicy.Violations(code).Should().ContainSingle();

    [Theory]
    [InlineData("var r = new Regex(@\"(a+)+b\", RegexOptions.NonBacktracking);")]
    [InlineData("var r = new Regex(\"(a+)+b\", RegexOptions.None, TimeSpan.FromMilliseconds(100));")]
    [InlineData("static readonly Regex Words = new(\"\\\\w+(\", RegexOptions.Compiled, MatchTimeout);")]
    [InlineData("if (Regex.IsMatch(text, \"(x+x+)+y\", RegexOptions.None, TimeSpan.FromSeconds(1))) return;")]
    [InlineData("[GeneratedRegex(\"(a|aa)+$\", RegexOptions.NonBacktracking)] private static partial Regex Good();")]
    [InlineData("[GeneratedRegex(\"(a|aa)+$\", RegexOptions.None, 250)] private static partial Regex Good();")]
    [InlineData("[GeneratedRegex(\"(a|aa)+$\", matchTimeoutMilliseconds: 250)] private static partial Regex Good();")]
    [InlineData("// new Regex(\"(a+)+b\") in a comment is no regex")]
    [InlineData("var name = \"new Regex(\"; var m = regex.Match(text);")]
    public void TheScanAcceptsARegexThatCannot(string code) =>
        RegexPolicy.Violations(code).Should().BeEmpty();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No Timeline.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>Finds where C# source builds a regular expression, and which of those may backtrack without limit.</summary>
internal static class RegexPolicy
{
    private static readonly string[] Openers =
    [
        "new Regex(", "new System.Text.RegularExpressions.Regex(", "[GeneratedRegex(",
        "Regex.IsMatch(", "Regex.Match(", "Regex.Matches(", "Regex.Replace(", "Regex.Split(", "Regex.Count(",
        "Regex.EnumerateMatches(", "Regex.EnumerateSplits(",
    ];

    /// <summary>One line per regex built in <paramref name="source"/> with neither NonBacktracking nor a timeout.</summary>
    public static IEnumerable<string> Violations(string source)
    {
        var code = WithoutCommentsAndStrings(source);
        foreach (int at in Sites(code))
        {
            int open = code.IndexOf('(', at);
            var args = Arguments(code, open);
            string all = string.Join(",", args);
            bool nonBacktracking = all.Contains("NonBacktracking", StringComparison.Ordinal);
            bool timeout = !all.Contains("InfiniteMatchTimeout", StringComparison.Ordinal)
                && (all.Contains("TimeSpan", StringComparison.Ordinal) || all.Contains("imeout", StringComparison.Ordinal)
                    || (code.AsSpan(at).StartsWith("[GeneratedRegex(") && args.Count >= 3));
            if (!nonBacktracking && !timeout) yield return $"line {LineOf(source, at)}: {Snippet(source, at)}";
        }
    }

    private static IEnumerable<int> Sites(string code)
    {
        foreach (var opener in Openers)
        {
            for (int i = code.IndexOf(opener, StringComparison.Ordinal); i >= 0; i = code.IndexOf(opener, i + 1, StringComparison.Ordinal))
            {
                // "Regex.Match(" but not "myRegex.Match(" (an instance already built).
                if (opener.StartsWith("Regex.", StringComparison.Ordinal) && i > 0 && (char.IsLetterOrDigit(code[i - 1]) || code[i - 1] == '_')) continue;
                yield return i;
            }
        }
        // Target-typed: "Regex Name = new(" / "Regex? name = new(".
        for (int i = code.IndexOf("Regex", StringComparison.Ordinal); i >= 0; i = code.IndexOf("Regex", i + 1, StringComparison.Ordinal))
        {
            int k = i + "Regex".Length;
            if (i > 0 && (char.IsLetterOrDigit(code[i - 1]) || code[i - 1] == '_' || code[i - 1] == '.')) continue;
            if (k < code.Length && code[k] == '?') k++;
            if (k >= code.Length || !char.IsWhiteSpace(code[k])) continue;
            while (k < code.Length && char.IsWhiteSpace(code[k])) k++;
            int name = k;
            while (k < code.Length && (char.IsLetterOrDigit(code[k]) || code[k] == '_')) k++;
            if (k == name) continue;
            while (k < code.Length && char.IsWhiteSpace(code[k])) k++;
            if (k >= code.Length || code[k] != '=') continue;
            k++;
            while (k < code.Length && char.IsWhiteSpace(code[k])) k++;
            if (code.AsSpan(k).StartsWith("new(") || code.AsSpan(k).StartsWith("new ("))
                yield return k;
        }
    }

    /// <summary>The top-level arguments of the call whose parenthesis opens at <paramref name="open"/>.</summary>
    private static List<string> Arguments(string code, int open)
    {
        var args = new List<string>();
        int depth = 0, start = open + 1;
        for (int i = open; i < code.Length; i++)
        {
            char c = code[i];
            if (c is '(' or '[' or '{') depth++;
            else if (c is ')' or ']' or '}')
            {
                if (--depth == 0)
                {
                    if (i > start || args.Count > 0) args.Add(code[start..i].Trim());
                    break;
                }
            }
            else if (c == ',' && depth == 1)
            {
                args.Add(code[start..i].Trim());
                start = i + 1;
            }
        }
        return args;
    }

    /// <summary>
    /// The source with comments removed and the contents of string and character literals blanked (same length, so that
    /// positions still match), so that neither is taken for code.
    /// </summary>
    private static string WithoutCommentsAndStrings(string s)
    {
        var chars = s.ToCharArray();
        int i = 0;
        while (i < chars.Length)
        {
            if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '/')
            {
                while (i < s.Length && s[i] != '\n') chars[i++] = ' ';
            }
            else if (s[i] == '/' && i + 1 < s.Length && s[i + 1] == '*')
            {
                while (i < s.Length && !(s[i] == '*' && i + 1 < s.Length && s[i + 1] == '/'))
                {
                    chars[i] = s[i] == '\n' ? '\n' : ' ';
                    i++;
                }
                for (int k = 0; k < 2 && i < s.Length; k++) chars[i++] = ' ';
            }
            else if (s[i] == '"' || (s[i] == '@' && i + 1 < s.Length && s[i + 1] == '"'))
            {
                bool verbatim = s[i] == '@';
                i += verbatim ? 2 : 1;
                while (i < s.Length)
                {
                    if (!verbatim && s[i] == '\\') { chars[i] = ' '; if (i + 1 < s.Length) chars[i + 1] = ' '; i += 2; continue; }
                    if (s[i] == '"')
                    {
                        if (verbatim && i + 1 < s.Length && s[i + 1] == '"') { chars[i] = chars[i + 1] = ' '; i += 2; continue; }
                        i++;
                        break;
                    }
                    chars[i] = s[i] == '\n' ? '\n' : ' ';
                    i++;
                }
            }
            else if (s[i] == '\'' && i + 2 < s.Length)
            {
                int end = s.IndexOf('\'', i + (s[i + 1] == '\\' ? 3 : 2));
                if (end < 0) { i++; continue; }
                for (int k = i + 1; k < end; k++) chars[k] = ' ';
                i = end + 1;
            }
            else
            {
                i++;
            }
        }
        return new string(chars);
    }

    private static int LineOf(string source, int at) => source.AsSpan(0, at).Count('\n') + 1;

    private static string Snippet(string source, int at)
    {
        int end = source.IndexOf('\n', at);
        return source[at..(end < 0 ? source.Length : end)].Trim();
    }
}
