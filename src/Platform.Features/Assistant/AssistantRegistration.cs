using Microsoft.Extensions.Configuration;
using Platform.Features.Common;

namespace Platform.Features.Assistant;

public sealed class AssistantRegistration : IAreaRegistration
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AssistantOptions>(configuration.GetSection("Platform:Assistant"));
        services.Scan(scan => scan.FromAssemblyOf<AssistantRegistration>()
            .AddClasses(c => c.AssignableTo<IAssistantTool>(), publicOnly: false).As<IAssistantTool>().WithScopedLifetime());
        services.AddScoped<TurnDatasets>();
        services.AddScoped<BuiltinAssistant>();
        services.AddScoped<ModelAssistant>();
        services.AddScoped<TurnAnswerer>();
        services.AddSingleton<ModelLists>();
        services.AddSingleton<RoomRelay>();
        services.AddSingleton<TurnDecisions>();
        services.AddHostedService<PresetAgents>();
        services.AddMcpServer(mcp => mcp.ServerInfo = new ModelContextProtocol.Protocol.Implementation { Name = "platform", Version = "1.0" })
            .WithHttpTransport(http => http.Stateless = true)
            .WithListToolsHandler(McpTools.ListAsync)
            .WithCallToolHandler(McpTools.CallAsync);
        services.AddSingleton<AssistantTurns>();
        services.AddHostedService(provider => provider.GetRequiredService<AssistantTurns>());
    }
}
