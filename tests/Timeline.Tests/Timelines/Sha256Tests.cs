using Timeline.Timelines;

namespace Timeline.Tests.Timelines;

/// <summary>The managed SHA-256 that event ids are made with gives the standard digest.</summary>
public sealed class Sha256Tests
{
    /// <summary>The FIPS 180-2 examples and the empty message.</summary>
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void Gives_the_standard_test_vectors(string message, string expected)
    {
        var digest = new byte[Sha256.HashSizeInBytes];
        Sha256.HashData(System.Text.Encoding.ASCII.GetBytes(message), digest);
        Convert.ToHexStringLower(digest).Should().Be(expected);
    }

    /// <summary>Random messages of every length up to a few blocks, against <see cref="System.Security.Cryptography.SHA256"/>.</summary>
    [Fact]
    public void Agrees_with_the_platform_on_every_length_around_the_block_boundaries()
    {
        // Lengths 0 … 300 cover one, two and more blocks and each place the padding can fall.
        var random = new Random(7);
        var digest = new byte[Sha256.HashSizeInBytes];
        for (int length = 0; length <= 300; length++)
        {
            var message = new byte[length];
            random.NextBytes(message);
            Sha256.HashData(message, digest);
            digest.Should().Equal(System.Security.Cryptography.SHA256.HashData(message), $"a message of {length} bytes");
        }
    }
}
