namespace Timeline.Cli.Processing;

/// <summary>
/// Maps items on the thread pool, at most <c>jobs</c> at once, and hands the results to a sink one at a time in input
/// order. At most <c>4 × jobs</c> items are in flight, so memory stays flat however long the input is; reading and
/// the sink run on the calling thread. With one job, items are mapped on the calling thread, one after another.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>The default number of parallel jobs: one per core.</summary>
    public static int DefaultJobs => Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// The result of <paramref name="task"/>, waiting for it asleep: <c>GetResult</c> on an unfinished task spins first,
    /// and on two cores that spinning took CPU time from the jobs it waited for (over a second in a 9 MB extract run).
    /// </summary>
    private static T Result<T>(Task<T> task)
    {
        if (!task.IsCompleted) ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
        return task.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Runs <paramref name="map"/> over <paramref name="items"/> on <paramref name="jobs"/> threads and calls
    /// <paramref name="sink"/> with each result in the order of <paramref name="items"/>. <paramref name="map"/> must not
    /// throw (turn failures into results); if reading <paramref name="items"/> throws, the items in flight are
    /// finished, not sunk, and the exception propagates.
    /// </summary>
    public static void Run<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> map, Action<TOut> sink, int jobs)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        if (jobs == 1)
        {
            foreach (var item in items) sink(map(item));
            return;
        }

        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, jobs).ConcurrentScheduler;
        int window = jobs * 4;
        var inFlight = new Queue<Task<TOut>>(window);
        try
        {
            foreach (var item in items)
            {
                inFlight.Enqueue(Task.Factory.StartNew(() => map(item), CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler));
                if (inFlight.Count >= window) sink(Result(inFlight.Dequeue()));
            }
            while (inFlight.Count > 0) sink(Result(inFlight.Dequeue()));
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
