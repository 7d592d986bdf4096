using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Platform.Features.Common;

namespace Platform.Features.Rooms;

public sealed class RoomsRegistration : IAreaRegistration
{
    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.Scan(scan => scan.FromAssemblyOf<RoomsRegistration>()
            .AddClasses(c => c.AssignableTo<IRoomStatusContributor>()).As<IRoomStatusContributor>().WithScopedLifetime());

        services.Configure<RoomEventsOptions>(configuration.GetSection("Platform:Rooms:Events"));
        services.AddSingleton<RoomEventHub>();
        services.AddSingleton<RoomEventLog>();
        services.AddSingleton<IRoomEvents>(provider => provider.GetRequiredService<RoomEventLog>());
        services.AddHostedService<RoomEventListener>();
        services.AddTransient<IStartupFilter, WebSocketsFirst>();
    }

    /// <summary>WebSocket support at the start of the pipeline, without the host having to know.</summary>
    private sealed class WebSocketsFirst : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(15) });
            next(app);
        };
    }
}
