using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace IetPortal.Web.Tests.Account;

/// <summary>
/// What an authenticator app does (RFC 6238: HMAC-SHA1 over 30-second steps, 6 digits), from the shared key the
/// setup page shows, so tests sign in with real codes. Shared with the browser tests.
/// </summary>
public static class Totp
{
    private const int StepSeconds = 30;

    /// <summary>The code an app shows now.</summary>
    public static string Now(string sharedKey) => At(sharedKey, DateTimeOffset.UtcNow);

    public static string At(string sharedKey, DateTimeOffset time) => ForStep(Base32Decode(sharedKey), time.ToUnixTimeSeconds() / StepSeconds);

    /// <summary>A well-formed code that no step within three of now accepts (the server allows two either way).</summary>
    public static string Wrong(string sharedKey)
    {
        var key = Base32Decode(sharedKey);
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / StepSeconds;
        var valid = Enumerable.Range(-3, 7).Select(offset => ForStep(key, step + offset)).ToHashSet();
        return Enumerable.Range(0, 100).Select(n => (n * 111_111 % 1_000_000).ToString("D6", CultureInfo.InvariantCulture))
            .First(code => !valid.Contains(code));
    }

    /// <summary>RFC 4226 HOTP with 6 digits for one counter value.</summary>
    public static string ForStep(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 and every authenticator app use HMAC-SHA1; here it only reproduces their codes.
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>RFC 4648 base32, ignoring spaces, case and padding (keys are shown grouped in fours).</summary>
    public static byte[] Base32Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=')))
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a base32 character.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
