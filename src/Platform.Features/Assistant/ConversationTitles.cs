using Microsoft.Extensions.AI;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <summary>
/// A conversation's title: made at once from its first question (its first line, at most <see cref="MaxLength"/>
/// characters, cut between words), refined by the language model when one serves the person.
/// </summary>
public static class ConversationTitles
{
    public const int MaxLength = 60;

    public static string FromQuestion(string question)
    {
        var line = string.Join(' ', question.Trim().Split('\n')[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd('?', '.', '!', ' ');
        if (line.Length == 0) return "New conversation";
        if (line.Length > MaxLength)
        {
            var cut = line.LastIndexOf(' ', MaxLength - 1);
            line = line[..(cut > MaxLength / 2 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
        }
        return char.ToUpperInvariant(line[0]) + line[1..];
    }

    public static string Branch(string title) => Within($"{title} (branch)", 200);

    public static string Copy(string name) => Within($"{name} (copy)", 200);

    /// <summary>A text kept to its last <paramref name="length"/> characters (where a suffix says what it is).</summary>
    public static string Within(string text, int length) => text.Length <= length ? text : text[^length..];

    /// <summary>The model's title for a conversation beginning with <paramref name="question"/>; null when it gives none in time.</summary>
    public static async Task<string?> RefineAsync(ChatModel model, string question, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(model.Options.Timeout);
        try
        {
            var reply = await model.Chat.GetResponseAsync(
            [
                new ChatMessage(ChatRole.System, "Write a title of at most six words for a conversation that begins with the message below. Reply with the title alone."),
                new ChatMessage(ChatRole.User, question.Length > 2000 ? question[..2000] : question),
            ], new ChatOptions { ToolMode = ChatToolMode.None }, timeout.Token);
            var title = reply.Text.Trim().Trim('"', '\'', '*', '#', ' ').Split('\n')[0].Trim();
            return title.Length == 0 ? null : FromQuestion(title);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return null;
        }
    }
}
