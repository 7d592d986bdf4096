using System.Text;
using System.Text.Json;
using Marten;
using Marten.Patching;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <summary>
/// A turn answered by the language model with function calling: its text streams as <c>message.delta</c>, each call it
/// asks for runs through <see cref="Turn.CallAsync"/> (the same tools, frames and limits as the built-in assistant), and
/// the results go back to it until it answers without calling, or the turn's tool calls run out. The model sees tool
/// results summarised and sampled, never whole tables; in privacy mode it sees no values at all (columns and counts),
/// and the figures are written from the rows here instead.
/// </summary>
public sealed class ModelAssistant(TurnDatasets datasets, IEnumerable<IAssistantTool> tools, TurnDecisions decisions, IDocumentSession session, IOptions<AssistantOptions> options)
{
    private const int HistoryMessages = 20;
    private const int FlushAfterCharacters = 48;

    public async Task AnswerAsync(Turn turn, ChatModel model, CancellationToken ct)
    {
        if (await GuardAsync(turn, ct) is not { } question)
        {
            turn.FinishReason = "blocked";
            await turn.SayAsync("The message was not sent to the language model: it holds data that must not leave.");
            return;
        }
        var privacy = model.Options.PrivacyMode;
        var declarations = tools.Where(t => AgentTools.Allows(turn.Agent, t.Name))
            .Select(t => (AITool)AIFunctionFactory.CreateDeclaration(t.Name, t.Description, t.Parameters)).ToList();
        var messages = new List<ChatMessage> { new(ChatRole.System, await InstructionsAsync(turn, ct)) };
        // Earlier questions as the model was given them: redacted ones redacted, blocked ones left out.
        messages.AddRange(turn.History.TakeLast(HistoryMessages).Select(m => (m.Role, Text: m.ModelText ?? m.Content)).Where(m => m.Text.Length > 0)
            .Select(m => new ChatMessage(m.Role == MessageRole.User ? ChatRole.User : ChatRole.Assistant, m.Text)));
        messages.Add(new ChatMessage(ChatRole.User, question));
        var chatOptions = new ChatOptions { Tools = declarations, ToolMode = ChatToolMode.Auto, ModelId = turn.Agent?.Model };
        string? figures = null;
        while (true)
        {
            var updates = new List<ChatResponseUpdate>();
            var pending = new StringBuilder();
            await foreach (var update in model.Chat.GetStreamingResponseAsync(messages, chatOptions, ct))
            {
                updates.Add(update);
                pending.Append(update.Text);
                if (pending.Length >= FlushAfterCharacters || pending.ToString().Contains('\n')) await FlushAsync(turn, pending);
            }
            await FlushAsync(turn, pending);
            var response = updates.ToChatResponse();
            messages.AddMessages(response);
            var calls = response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().ToList();
            if (calls.Count == 0) break;
            foreach (var call in calls)
            {
                var arguments = JsonSerializer.SerializeToElement(call.Arguments ?? new Dictionary<string, object?>());
                var outcome = await turn.CallAsync(call.Name, arguments, ct);
                if (outcome.Ok && outcome.RowCount is not null && call.Name is "ask_data" or "run_sql") figures = outcome.Summary;
                messages.Add(new ChatMessage(ChatRole.Tool, [new FunctionResultContent(call.CallId, ForModel(outcome, privacy))]));
            }
            // Out of calls: the model still sees the tools it used, but must answer in words now.
            if (turn.ToolCallsLeft == 0) chatOptions = new ChatOptions { Tools = declarations, ToolMode = ChatToolMode.None, ModelId = turn.Agent?.Model };
        }
        if (privacy && figures is not null) await turn.SayAsync("\n" + figures);
    }

    /// <summary>
    /// The question as it may leave for the model: as written when nothing sensitive is in it (or the policy is off),
    /// redacted, or null when blocked; under the ask policy the turn pauses with a <c>dlp.finding</c> frame until the
    /// person decides. What was sent is kept on the question.
    /// </summary>
    private async Task<string?> GuardAsync(Turn turn, CancellationToken ct)
    {
        var policy = options.Value.Dlp;
        var findings = policy == DlpPolicy.Off ? [] : Dlp.Scan(turn.Message);
        if (findings.Count == 0) return turn.SentToModel = turn.Message;
        string[] choices = ["allow", "redact", "block"];
        var decided = policy switch { DlpPolicy.Redact => "redact", DlpPolicy.Block => "block", _ => null };
        Task AnnounceAsync() => turn.Frames.WriteAsync("dlp.finding", new
        {
            findings = findings.Select(f => new { kind = f.Kind, label = Dlp.Label(f.Kind), masked = f.Masked, start = f.Start, length = f.Length }),
            policy = policy.ToString().ToLowerInvariant(), decision = decided, options = decided is null ? choices : null,
        });
        if (decided is not null) await AnnounceAsync();
        else
        {
            decided = await decisions.AskAsync(turn.Answer.Id, "dlp", choices, null, "block", AnnounceAsync, ct);
            await turn.Frames.WriteAsync("dlp.decision", new { decision = decided });
        }
        var sent = decided switch { "allow" => turn.Message, "redact" => Dlp.Redact(turn.Message, findings), _ => "" };
        if (turn.Answer.ParentId is { } question && sent != turn.Message)
        {
            session.Patch<ConversationMessage>(question).Set(m => m.ModelText, sent);
            await session.SaveChangesAsync(ct);
        }
        return turn.SentToModel = sent.Length > 0 ? sent : null;
    }

    private static async Task FlushAsync(Turn turn, StringBuilder pending)
    {
        if (pending.Length == 0) return;
        await turn.AppendStreamedAsync(pending.ToString());
        pending.Clear();
    }

    /// <summary>What the model is told of a result: whether it worked and its summary with sampled rows; in privacy mode, the shape only.</summary>
    private static string ForModel(ToolOutcome outcome, bool privacy)
    {
        if (!outcome.Ok) return JsonSerializer.Serialize(new { ok = false, error = outcome.Summary });
        if (privacy) return JsonSerializer.Serialize(new { ok = true, rowCount = outcome.RowCount, note = "Privacy mode: values are shown to the person, not to you. Do not state figures." });
        return JsonSerializer.Serialize(new { ok = true, summary = outcome.Summary, result = outcome.ForModel });
    }

    /// <summary>The model's instructions: what it is, the datasets at hand (schemas, never values), and how to use the tools.</summary>
    private async Task<string> InstructionsAsync(Turn turn, CancellationToken ct)
    {
        var candidates = await datasets.CandidatesAsync(turn, ct);
        var text = new StringBuilder();
        if (turn.Agent is { Instructions.Length: > 0 } agent) text.AppendLine($"You are {agent.Name}. {agent.Instructions}");
        text.AppendLine("You are the assistant of a data workspace. Answer questions about the person's datasets by calling the tools; never invent figures.");
        text.AppendLine("Use ask_data for questions in plain language, run_sql only for queries you write yourself (DuckDB dialect, tables named as below).");
        text.AppendLine("After a tool answers, explain the result briefly in the person's language, stating the key figures. The person sees tables and charts already.");
        text.AppendLine($"You may make at most {options.Value.MaxToolCalls} tool calls in one answer.");
        if (candidates.Count == 0) text.AppendLine("There are no datasets yet: say how to upload one.");
        else
        {
            text.AppendLine("Datasets:");
            foreach (var dataset in candidates.Take(30))
                text.AppendLine($"- {dataset.Name} (table {dataset.TableName}, {dataset.RowCount} rows): {string.Join(", ", dataset.Columns.Select(c => $"{c.Name} {c.Type}"))}");
        }
        if (turn.Context is { } context) text.AppendLine($"The last data answer in this conversation was for: {context.Question}");
        return text.ToString();
    }
}
