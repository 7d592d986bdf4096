using System.Text.Json;
using Microsoft.Extensions.AI;

namespace Platform.Features.Assistant;

/// <summary>
/// Something the assistant can do with the asking person's own access: the same rules as the API, so what they
/// cannot reach stays a "not found". Found by scanning; <c>GET /api/llm/tools</c> lists them, the language model calls
/// them by name with JSON arguments, the built-in assistant calls them by routing a message.
/// </summary>
public interface IAssistantTool
{
    /// <summary>snake_case, as function-calling models expect.</summary>
    string Name { get; }
    string Description { get; }
    /// <summary>The JSON Schema of the arguments.</summary>
    JsonElement Parameters { get; }
    Task<ToolOutcome> RunAsync(JsonElement arguments, ToolCall call, CancellationToken ct);
}

/// <summary>A tool whose arguments are a record: its schema is made from the record, its arguments read into it.</summary>
public abstract class AssistantTool<TArguments> : IAssistantTool where TArguments : class
{
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly JsonElement Schema = AIJsonUtilities.CreateJsonSchema(typeof(TArguments), serializerOptions: Json);

    public abstract string Name { get; }
    public abstract string Description { get; }
    public JsonElement Parameters => Schema;

    public Task<ToolOutcome> RunAsync(JsonElement arguments, ToolCall call, CancellationToken ct) =>
        RunAsync(arguments.ValueKind == JsonValueKind.Object ? arguments.Deserialize<TArguments>(Json)! : throw new JsonException("Arguments are a JSON object."), call, ct);

    protected abstract Task<ToolOutcome> RunAsync(TArguments arguments, ToolCall call, CancellationToken ct);

    /// <summary>Arguments as the frames and the record of the call show them.</summary>
    public static JsonElement Arguments(TArguments arguments) => JsonSerializer.SerializeToElement(arguments, Json);
}

/// <summary>The arguments of a tool that takes none.</summary>
public sealed record NoArguments;
