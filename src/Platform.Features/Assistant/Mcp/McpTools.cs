using System.Text.Json;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

/// <summary>
/// The assistant's tools for other AI clients, over the Model Context Protocol: the same catalogue, schemas and access
/// rules (a call runs as the person whose access token or API key signed the request in), each call on its own outside
/// any conversation. A result is the tool's summary with its sampled rows as JSON; a failed call is an error result.
/// </summary>
public static class McpTools
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ValueTask<ListToolsResult> ListAsync(RequestContext<ListToolsRequestParams> context, CancellationToken ct) =>
        ValueTask.FromResult(new ListToolsResult
        {
            Tools = context.Services!.GetServices<IAssistantTool>().OrderBy(t => t.Name)
                .Select(t => new Tool { Name = t.Name, Description = t.Description, InputSchema = t.Parameters }).ToList(),
        });

    public static async ValueTask<CallToolResult> CallAsync(RequestContext<CallToolRequestParams> context, CancellationToken ct)
    {
        var services = context.Services!;
        var caller = services.GetRequiredService<CurrentUser>();
        var name = context.Params?.Name ?? "";
        var arguments = JsonSerializer.SerializeToElement(context.Params?.Arguments ?? new Dictionary<string, JsonElement>(), Json);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var conversation = new Conversation { Id = Guid.CreateVersion7(), OwnerId = caller.Id, Title = "MCP", CreatedAt = now, UpdatedAt = now };
        var answer = new ConversationMessage { Id = Guid.CreateVersion7(), ConversationId = conversation.Id, OwnerId = caller.Id, Role = MessageRole.Assistant, CreatedAt = now };
        var turn = new Turn(conversation, answer, "", [], TurnFrames.Unstored(), services, services.GetRequiredService<IOptions<AssistantOptions>>().Value);
        var outcome = await turn.CallAsync(name, arguments, ct);
        return new CallToolResult
        {
            IsError = !outcome.Ok,
            Content = [new TextContentBlock { Text = JsonSerializer.Serialize(new { ok = outcome.Ok, summary = outcome.Summary, rowCount = outcome.RowCount, result = outcome.ForModel }, Json) }],
        };
    }
}
