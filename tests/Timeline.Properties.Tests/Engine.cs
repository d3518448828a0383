using Timeline.Events;
using Timeline.Pipeline;

namespace Timeline.Properties.Tests;

/// <summary>The English tagger and extractor, built once, and a generous time guard for each case.</summary>
internal static class Engine
{
    /// <summary>Far more than any generated case needs (they take milliseconds): a guard against a hang, not a benchmark.</summary>
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static TemporalTagger Tagger { get; } = English.English.CreateTagger();

    public static EventExtractor Extractor { get; } = English.English.CreateExtractor();

    /// <summary>Runs <paramref name="work"/>, failing if it has not finished within the limit; its exceptions pass through.</summary>
    public static T Bounded<T>(Func<T> work)
    {
        var task = Task.Run(work);
        bool finished;
        try
        {
            finished = task.Wait(Limit);
        }
        catch (AggregateException)
        {
            finished = true; // it threw: rethrown unwrapped below
        }
        if (!finished) throw new TimeoutException($"Did not finish within {Limit.TotalSeconds} s.");
        return task.GetAwaiter().GetResult();
    }
}
