namespace Timeline.Cli.Processing;

/// <summary>
/// Maps items on the thread pool, at most <c>jobs</c> at once, and hands the results to a sink one at a time in input
/// order; reading and the sink run on the calling thread. With one job, items are mapped on the calling thread, one
/// after another. Memory stays flat however long the input is: at most <see cref="ItemsPerJob"/> × <c>jobs</c> items,
/// and at most <see cref="SizeBudget"/> of their size (when a size is given) plus one item, are in flight.
/// </summary>
internal static class OrderedPipeline
{
    /// <summary>The default number of parallel jobs: one per core.</summary>
    public static int DefaultJobs => Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// How many items per job may be in flight. A window of a few items left a job idle behind one long article (the
    /// reader waited for it while the other job ran out of work), and the reader woke for every item.
    /// </summary>
    public const int ItemsPerJob = 32;

    /// <summary>The most that the sizes of the items in flight add up to (beyond one item), in the unit of the size given: 16 MB of input.</summary>
    public const long SizeBudget = 16L << 20;

    /// <summary>
    /// Waits for <paramref name="task"/> asleep: <c>GetResult</c> on an unfinished task spins first, and on two cores
    /// that spinning took CPU time from the jobs it waited for (over a second in a 9 MB extract run).
    /// </summary>
    private static void WaitAsleep(Task task)
    {
        if (!task.IsCompleted) ((IAsyncResult)task).AsyncWaitHandle.WaitOne();
    }

    /// <summary>The result of <paramref name="task"/>, waited for asleep.</summary>
    private static T Result<T>(Task<T> task)
    {
        WaitAsleep(task);
        return task.GetAwaiter().GetResult();
    }

    /// <summary>
    /// Runs <paramref name="map"/> over <paramref name="items"/> on <paramref name="jobs"/> threads and calls
    /// <paramref name="sink"/> with each result in the order of <paramref name="items"/>. <paramref name="map"/> must not
    /// throw (turn failures into results); if reading <paramref name="items"/> throws, the items in flight are
    /// finished, not sunk, and the exception propagates. <paramref name="size"/> (for example an item's bytes) bounds
    /// what is in flight by <see cref="SizeBudget"/> as well as by number.
    /// </summary>
    public static void Run<TIn, TOut>(IEnumerable<TIn> items, Func<TIn, TOut> map, Action<TOut> sink, int jobs, Func<TIn, long>? size = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        if (jobs == 1)
        {
            foreach (var item in items) sink(map(item));
            return;
        }

        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, jobs).ConcurrentScheduler;
        int window = jobs * ItemsPerJob;
        var inFlight = new Queue<(Task<TOut> Task, long Size)>(window);
        long inFlightSize = 0;
        try
        {
            foreach (var item in items)
            {
                long itemSize = size?.Invoke(item) ?? 0;
                inFlight.Enqueue((Task.Factory.StartNew(() => map(item), CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler), itemSize));
                inFlightSize += itemSize;
                if (inFlight.Count >= window || inFlightSize > SizeBudget)
                {
                    // Full: hand over results until half the window is free, so that the reader wakes once for a batch
                    // of items, not for each; the jobs work on the other half meanwhile. The jobs take items in order,
                    // so once the last of the batch is done the ones before it mostly are too: wait for that one first.
                    int batch = 0;
                    long rest = inFlightSize;
                    Task<TOut>? last = null;
                    foreach (var (task, taskSize) in inFlight)
                    {
                        if (inFlight.Count - batch <= 1 || (inFlight.Count - batch <= window / 2 && rest <= SizeBudget / 2)) break;
                        batch++;
                        rest -= taskSize;
                        last = task;
                    }
                    if (last is not null) WaitAsleep(last);
                    for (int i = 0; i < batch; i++) SinkFirst();
                }
                // What is done already goes out at once.
                while (inFlight.Count > 0 && inFlight.Peek().Task.IsCompleted) SinkFirst();
            }
            while (inFlight.Count > 0) SinkFirst();
        }
        finally
        {
            // On failure, let running work end before the caller tears down what it uses.
            foreach (var (task, _) in inFlight)
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

        void SinkFirst()
        {
            var (task, itemSize) = inFlight.Dequeue();
            inFlightSize -= itemSize;
            sink(Result(task));
        }
    }
}
