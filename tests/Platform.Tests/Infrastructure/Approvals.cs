using System.Runtime.CompilerServices;

namespace Platform.Tests.Infrastructure;

/// <summary>
/// Approval testing: compares text with <c>Snapshots/{name}.verified.{ext}</c> beside the test. On a
/// difference it writes <c>.received.</c> next to it and fails with the first differing lines. Set
/// <c>ACCEPT_SNAPSHOTS=1</c> to accept what was received. A missing snapshot fails too.
/// </summary>
public static class Approvals
{
    public static void Verify(string name, string actual, string extension = "json", [CallerFilePath] string testFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        actual = actual.ReplaceLineEndings("\n").TrimEnd() + "\n";

        if (Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No approved snapshot {verified}. Review {received} and accept it with ACCEPT_SNAPSHOTS=1."
            : $"{name} differs from its approved snapshot (received: {received}; accept with ACCEPT_SNAPSHOTS=1):\n{Diff(expected, actual)}");
    }

    private static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lines = new List<string>();
        for (var i = 0; i < Math.Max(a.Length, b.Length) && lines.Count < 30; i++)
        {
            var left = i < a.Length ? a[i] : null;
            var right = i < b.Length ? b[i] : null;
            if (left == right) continue;
            if (left is not null) lines.Add($"{i + 1,5} - {left}");
            if (right is not null) lines.Add($"{i + 1,5} + {right}");
        }
        return string.Join('\n', lines);
    }
}
