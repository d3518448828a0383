using Timeline.Timelines;

namespace Timeline.Tests.Timelines;

public sealed class ParallelSortTests
{
    // A total order: many equal keys, told apart by their place in the input, as the merge's sort keys are.
    private readonly record struct Item(int Key, int Index) : IComparable<Item>
    {
        public int CompareTo(Item other) => Key != other.Key ? Key.CompareTo(other.Key) : Index.CompareTo(other.Index);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(1000)]
    [InlineData(1001)]
    public void Two_threads_give_the_order_of_one(int length)
    {
        var random = new Random(length);
        var items = Enumerable.Range(0, length).Select(i => new Item(random.Next(50), i)).ToArray();
        var expected = items.ToArray();
        Array.Sort(expected);

        ParallelSort.Sort(items, parallelism: 2, serialBelow: 2);

        items.Should().Equal(expected);
    }

    [Fact]
    public void Sorted_and_reversed_halves_merge_right()
    {
        var ascending = Enumerable.Range(0, 500).Select(i => new Item(i, i)).ToArray();
        var descending = ascending.Reverse().ToArray();
        var expected = ascending.ToArray();

        ParallelSort.Sort(ascending, parallelism: 4, serialBelow: 2);
        ParallelSort.Sort(descending, parallelism: 4, serialBelow: 2);

        ascending.Should().Equal(expected);
        descending.Should().Equal(expected);
    }
}
