using Timeline.Temporal;

namespace Timeline.Patterns;

/// <summary>
/// The pattern combinators rules are written with: sequences, alternatives, options, numbers.
/// Words and word tables come from a <see cref="LexiconBuilder"/>.
/// </summary>
public static class P
{
    /// <summary>A sequence of 2 patterns whose values are combined by <paramref name="combine"/>.</summary>
    public static Pattern<TResult> Seq<TA, TB, TResult>(Pattern<TA> a, Pattern<TB> b, Func<TA, TB, TResult> combine) =>
        new Seq2Pattern<TA, TB, TResult>(a, b, combine);

    /// <summary>A sequence of 3 patterns whose values are combined by <paramref name="combine"/>.</summary>
    public static Pattern<TResult> Seq<TA, TB, TC, TResult>(Pattern<TA> a, Pattern<TB> b, Pattern<TC> c, Func<TA, TB, TC, TResult> combine) =>
        new Seq3Pattern<TA, TB, TC, TResult>(a, b, c, combine);

    /// <summary>A sequence of 4 patterns whose values are combined by <paramref name="combine"/>.</summary>
    public static Pattern<TResult> Seq<TA, TB, TC, TD, TResult>(Pattern<TA> a, Pattern<TB> b, Pattern<TC> c, Pattern<TD> d, Func<TA, TB, TC, TD, TResult> combine) =>
        new Seq4Pattern<TA, TB, TC, TD, TResult>(a, b, c, d, combine);

    /// <summary>A sequence of 5 patterns whose values are combined by <paramref name="combine"/>.</summary>
    public static Pattern<TResult> Seq<TA, TB, TC, TD, TE, TResult>(Pattern<TA> a, Pattern<TB> b, Pattern<TC> c, Pattern<TD> d, Pattern<TE> e, Func<TA, TB, TC, TD, TE, TResult> combine) =>
        new Seq5Pattern<TA, TB, TC, TD, TE, TResult>(a, b, c, d, e, combine);

    /// <summary>A sequence of 6 patterns whose values are combined by <paramref name="combine"/>.</summary>
    public static Pattern<TResult> Seq<TA, TB, TC, TD, TE, TF, TResult>(Pattern<TA> a, Pattern<TB> b, Pattern<TC> c, Pattern<TD> d, Pattern<TE> e, Pattern<TF> f, Func<TA, TB, TC, TD, TE, TF, TResult> combine) =>
        new Seq6Pattern<TA, TB, TC, TD, TE, TF, TResult>(a, b, c, d, e, f, combine);

    /// <summary>A sequence of 7 patterns whose values are combined by <paramref name="combine"/>.</summary>
    public static Pattern<TResult> Seq<TA, TB, TC, TD, TE, TF, TG, TResult>(Pattern<TA> a, Pattern<TB> b, Pattern<TC> c, Pattern<TD> d, Pattern<TE> e, Pattern<TF> f, Pattern<TG> g, Func<TA, TB, TC, TD, TE, TF, TG, TResult> combine) =>
        new Seq7Pattern<TA, TB, TC, TD, TE, TF, TG, TResult>(a, b, c, d, e, f, g, combine);

    /// <summary>The longest match among the alternatives (the first listed wins a tie).</summary>
    public static Pattern<T> Alt<T>(params Pattern<T>[] alternatives) =>
        alternatives.Length == 1 ? alternatives[0] : new AltPattern<T>(alternatives);

    /// <summary>Matches <paramref name="pattern"/> or nothing, yielding <paramref name="fallback"/> for nothing.</summary>
    public static Pattern<T> Opt<T>(Pattern<T> pattern, T fallback) => new OptionalPattern<T>(pattern, fallback);

    /// <summary>Matches <paramref name="pattern"/> or nothing; yields whether it matched.</summary>
    public static Pattern<bool> Opt(Pattern<Nothing> pattern) => new OptionalPattern<bool>(pattern.Select(static _ => true), false);

    /// <summary>Matches <paramref name="pattern"/> or nothing, yielding null for nothing (value types).</summary>
    public static Pattern<T?> OptValue<T>(Pattern<T> pattern) where T : struct =>
        new OptionalPattern<T?>(pattern.Select(static v => (T?)v), null);

    /// <summary>Matches <paramref name="pattern"/> or nothing, yielding null for nothing (reference types).</summary>
    public static Pattern<T?> OptRef<T>(Pattern<T> pattern) where T : class =>
        new OptionalPattern<T?>(pattern.Select(static v => (T?)v), null);

    /// <summary>A run of digits: <paramref name="minDigits"/> to <paramref name="maxDigits"/> long, valued <paramref name="min"/> to <paramref name="max"/>.</summary>
    public static Pattern<long> Number(int minDigits, int maxDigits, long min, long max) =>
        new NumberPattern(minDigits, maxDigits, min, max);

    /// <summary>Any run of digits.</summary>
    public static Pattern<long> AnyNumber { get; } = new NumberPattern(1, 19, 0, long.MaxValue);

    /// <summary>Any lower-case word of at least <paramref name="minLength"/> letters that ends in <paramref name="suffix"/>.</summary>
    public static Pattern<Nothing> Suffix(string suffix, int minLength) => new SuffixPattern(suffix, minLength);

    /// <summary>A pattern defined later (for recursive grammars).</summary>
    public static Pattern<T> Lazy<T>(Func<Pattern<T>> factory) => new LazyPattern<T>(factory);
}
