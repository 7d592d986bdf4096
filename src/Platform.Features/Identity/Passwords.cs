using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace Platform.Features.Identity;

/// <summary>
/// Password rules after NIST SP 800-63B: 8 to 128 characters, no composition rules, and not one of
/// the most common passwords. Hashing is ASP.NET Core Identity's salted, versioned PBKDF2.
/// </summary>
public static class Passwords
{
    private static readonly PasswordHasher<User> Hasher = new();

    public static string Hash(User user, string password) => Hasher.HashPassword(user, password);

    /// <summary>Checks the password; on success, re-hashes it in place when the stored hash uses an older scheme.</summary>
    public static bool Verify(User user, string password)
    {
        var result = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded) user.PasswordHash = Hash(user, password);
        return result != PasswordVerificationResult.Failed;
    }

    /// <summary>A password an administrator hands over once: 128 random bits, to be changed at the first sign-in.</summary>
    public static string Generate() => TokenIssuer.NewSecret()[..22];

    /// <summary>Spends the same time as a real check, so unknown accounts cannot be told apart by timing.</summary>
    public static void VerifyNothing(string password) => Hasher.VerifyHashedPassword(Decoy, DecoyHash, password);

    private static readonly User Decoy = new() { Email = "", DisplayName = "", Role = "", PasswordHash = "" };
    private static readonly string DecoyHash = Hasher.HashPassword(Decoy, Guid.NewGuid().ToString());

    /// <summary>Compared case-insensitively; entries shorter than 8 characters are refused by length anyway.</summary>
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd", "p@ssword",
        "12345678", "123456789", "1234567890", "12345678910", "87654321", "11111111", "00000000", "88888888",
        "123123123", "1q2w3e4r", "1q2w3e4r5t", "qwertyuiop", "qwerty123", "qwerty12", "qwertyui", "1qaz2wsx",
        "zaq12wsx", "asdfghjkl", "asdfasdf", "zxcvbnm1", "iloveyou", "iloveyou1", "sunshine", "princess",
        "football", "baseball", "welcome1", "welcome123", "superman", "batman123", "trustno1", "starwars",
        "dragon123", "master123", "letmein1", "letmein123", "monkey123", "shadow123", "abc12345", "abcd1234",
        "abcdefgh", "aa123456", "a1b2c3d4", "changeme", "changeme1", "computer", "internet", "whatever",
        "jennifer", "michelle", "jordan23", "charlie1", "michael1", "corvette", "mercedes", "midnight",
        "1234qwer", "qazwsxedc", "secret123", "admin123", "administrator", "adminadmin", "rootroot", "default1",
        "test1234", "testtest", "guest123", "summer2024", "summer2025", "winter2024", "winter2025", "spring2025",
        "autumn2025", "password!", "Password1!", "letmein!", "q1w2e3r4", "q1w2e3r4t5", "11223344", "12341234",
        "123qweasd", "1q2w3e4r5t6y", "qwer1234", "passpass", "loveme123", "freedom1", "liverpool", "chelsea1",
    };

    public static IRuleBuilderOptions<T, string> ValidPassword<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty()
        .MinimumLength(8).MaximumLength(128)
        .Must(p => p is null || !Common.Contains(p)).WithMessage("This password is among the most commonly used ones; choose another.");

    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) => rule
        .NotEmpty()
        .MaximumLength(254)
        .EmailAddress()
        .Must(e => e is null || !e.Trim().Any(char.IsWhiteSpace)).WithMessage("'Email' must not contain spaces.");
}
