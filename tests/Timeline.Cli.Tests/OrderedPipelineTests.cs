using Timeline.Cli.Processing;

namespace Timeline.Cli.Tests;

/// <summary>The CLI's pipeline: results in input order, and what is in flight bounded by number and by size.</summary>
public class OrderedPipelineTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Results_come_in_input_order_whatever_each_item_takes(int jobs)
    {
        var sunk = new List<int>();
        // Items of very different lengths, so that later ones often finish first.
        OrderedPipeline.Run(Enumerable.Range(0, 500), i =>
        {
            if (i % 37 == 0) Thread.Sleep(5);
            return i;
        }, sunk.Add, jobs);

        sunk.Should().Equal(Enumerable.Range(0, 500));
    }

    [Fact]
    public void No_more_items_than_the_window_are_in_flight()
    {
        const int jobs = 2;
        var (read, sunk, most) = Track(1000, jobs, size: null);

        read.Should().Be(1000);
        sunk.Should().Be(1000);
        most.Should().BeLessThanOrEqualTo(jobs * OrderedPipeline.ItemsPerJob, "the reader waits once the window is full");
    }

    [Fact]
    public void What_is_in_flight_stays_within_the_size_budget_and_one_item()
    {
        const long itemSize = OrderedPipeline.SizeBudget / 5; // six items are over the budget
        var (_, sunk, most) = Track(100, jobs: 4, size: _ => itemSize);

        sunk.Should().Be(100);
        (most * itemSize).Should().BeLessThanOrEqualTo(OrderedPipeline.SizeBudget + itemSize);
    }

    [Fact]
    public void An_item_larger_than_the_budget_still_goes_through()
    {
        var sunk = new List<int>();
        OrderedPipeline.Run(Enumerable.Range(0, 10), i => i, sunk.Add, jobs: 2, size: i => i == 3 ? 10 * OrderedPipeline.SizeBudget : 1);

        sunk.Should().Equal(Enumerable.Range(0, 10));
    }

    [Fact]
    public void A_failure_while_reading_propagates_after_the_items_in_flight_are_done()
    {
        int finished = 0;
        var act = () => OrderedPipeline.Run(Failing(), i =>
        {
            Thread.Sleep(1);
            Interlocked.Increment(ref finished);
            return i;
        }, _ => { }, jobs: 2);

        act.Should().Throw<IOException>().WithMessage("the disk went away");
        finished.Should().Be(50, "every item read before the failure was finished before the error came out");

        static IEnumerable<int> Failing()
        {
            for (int i = 0; i < 50; i++) yield return i;
            throw new IOException("the disk went away");
        }
    }

    /// <summary>
    /// Runs the pipeline over <paramref name="count"/> items (each its own result) and says how many were read and
    /// handed over, and the most that had been read and not yet handed over when the next was read.
    /// </summary>
    private static (int Read, int Sunk, int Most) Track(int count, int jobs, Func<int, long>? size)
    {
        int read = 0, sunk = 0, most = 0;
        OrderedPipeline.Run(Items(), i => i, _ => sunk++, jobs, size);
        return (read, sunk, most);

        IEnumerable<int> Items()
        {
            for (int i = 0; i < count; i++)
            {
                most = Math.Max(most, read - sunk);
                read++;
                yield return i;
            }
        }
    }
}
