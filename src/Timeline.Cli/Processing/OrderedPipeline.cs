namespace Timeline.Cli.Processing;

/// <summary>
/// Maps items on the thread pool, several at once, and hands the results to a sink one at a time in input order.
/// At most <c>window</c> items are in flight, so memory stays flat however long the input is; reading and the
/// sink run on the calling thread.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>The default number of items in flight: enough to keep every core busy while the oldest item finishes.</summary>
    public static int DefaultWindow => Math.Max(2, Environment.ProcessorCount) * 4;

    /// <summary>
    /// Runs <paramref name="map"/> over <paramref name="items"/> in parallel and calls <paramref name="sink"/> with each
    /// result in the order of <paramref name="items"/>. <paramref name="map"/> must not throw (turn failures into results);
    /// if reading <paramref name="items"/> throws, the items in flight are finished, not sunk, and the exception propagates.
    /// </summary>
    public static void Run<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> map, Action<TOut> sink, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var inFlight = new Queue<Task<TOut>>(window);
        try
        {
            foreach (var item in items)
            {
                inFlight.Enqueue(Task.Run(() => map(item)));
                if (inFlight.Count >= window) sink(inFlight.Dequeue().GetAwaiter().GetResult());
            }
            while (inFlight.Count > 0) sink(inFlight.Dequeue().GetAwaiter().GetResult());
        }
        finally
        {
            // On failure, let running work end before the caller tears down what it uses.
            foreach (var task in inFlight)
            {
                try
                {
                    task.Wait();
                }
                catch (AggregateException)
                {
                    // Already failing; the original exception is the one to report.
                }
            }
        }
    }
}
