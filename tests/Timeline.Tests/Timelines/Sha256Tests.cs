using FluentAssertions;
using Timeline.Timelines;
using Xunit;
using PlatformSha256 = System.Security.Cryptography.SHA256;

namespace Timeline.Tests.Timelines;

/// <summary>The managed SHA-256 that event ids are made with gives the platform's digest.</summary>
public sealed class Sha256Tests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void It_gives_the_standards_test_vectors(string message, string expected)
    {
        var digest = new byte[Sha256.HashSizeInBytes];
        Sha256.HashData(System.Text.Encoding.ASCII.GetBytes(message), digest);
        Convert.ToHexStringLower(digest).Should().Be(expected);
    }

    [Fact]
    public void It_gives_the_platforms_digest_for_every_length_across_three_blocks()
    {
        // Every length from 0 to 200 bytes: one, two and three blocks, and each place where the padding needs a block more.
        var random = new Random(20261123);
        for (int length = 0; length <= 200; length++)
        {
            var message = new byte[length];
            random.NextBytes(message);
            var digest = new byte[Sha256.HashSizeInBytes];
            Sha256.HashData(message, digest);
            digest.Should().Equal(PlatformSha256.HashData(message), $"the message is {length} bytes long");
        }
    }

    [Fact]
    public void A_digest_needs_32_bytes()
    {
        var act = () => Sha256.HashData([1, 2, 3], new byte[31]);
        act.Should().Throw<ArgumentException>();
    }
}
