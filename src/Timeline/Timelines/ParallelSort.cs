namespace Timeline.Timelines;

/// <summary>
/// Sorting on two threads: each half of the array is sorted at once, then the halves are merged. For element types
/// whose order is total (no two elements compare equal), the result is exactly the one <see cref="Array.Sort{T}(T[])"/>
/// gives, whatever the number of threads.
/// </summary>
internal static class ParallelSort
{
    /// <summary>Below this many elements, one thread sorts: the merge and the second thread would cost more than they save.</summary>
    public const int SerialBelow = 8192;

    /// <summary>Sorts <paramref name="items"/>; on two threads when <paramref name="parallelism"/> allows and there are at least <paramref name="serialBelow"/> of them.</summary>
    public static void Sort<T>(T[] items, int parallelism, int serialBelow = SerialBelow)
        where T : IComparable<T>
    {
        if (parallelism < 2 || items.Length < Math.Max(2, serialBelow))
        {
            Array.Sort(items);
            return;
        }
        int mid = items.Length / 2;
        Parallel.Invoke(
            new ParallelOptions { MaxDegreeOfParallelism = 2 },
            () => Array.Sort(items, 0, mid),
            () => Array.Sort(items, mid, items.Length - mid));

        var left = items.AsSpan(0, mid).ToArray();
        int a = 0, b = mid, k = 0;
        while (a < left.Length && b < items.Length)
            items[k++] = left[a].CompareTo(items[b]) <= 0 ? left[a++] : items[b++];
        while (a < left.Length) items[k++] = left[a++];
        // What is left of the right half is already in place.
    }
}
