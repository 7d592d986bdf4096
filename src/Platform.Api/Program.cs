using System.Text.Json.Serialization;
using Carter;
using Platform.Api;
using Platform.Api.Database;
using Platform.Api.Logging;
using Platform.Api.OpenApi;
using Platform.Features.Common;
using Scalar.AspNetCore;
using Serilog;

// `restore ARCHIVE` is a command, not settings: the host is built with none of its arguments.
var builder = WebApplication.CreateBuilder(RestoreCommand.Matches(args) ? [] : args);

// This host's own logger, not the static one: several hosts in one process (tests, benchmarks) would share the last.
builder.Services.AddSerilog((services, logger) => logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.With<AccessTokenRedactor>(),
    preserveStaticLogger: true);
builder.Services.AddPlatformDatabase(builder.Configuration, builder.Environment);
builder.Services.AddMediator((Mediator.MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    options.PipelineBehaviors = [typeof(ValidationBehavior<,>)];
});
builder.Services.AddPlatformFeatures(builder.Configuration);
builder.Services.AddPlatformCors(builder.Configuration);
builder.Services.AddPlatformForwardedHeaders(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
builder.Services.AddOpenApi(options => options.AddContractTransformers());
builder.Services.AddPlatformMetrics();

var app = builder.Build();

try
{
    // Start (or reach) PostgreSQL before anything else, so a failure reads as a reason, not a stack trace.
    _ = app.Services.GetRequiredService<PlatformDatabase>().ConnectionString;
}
catch (EmbeddedPostgresException e)
{
    app.Logger.LogCritical("Cannot start: {Reason}", e.Message);
    return 1;
}

if (RestoreCommand.Matches(args)) return await RestoreCommand.RunAsync(app.Services, args);

// The client's address from a trusted proxy first, so everything after sees it.
app.UsePlatformForwardedHeaders();
app.UseSingleWriteResponses();
// Request logging outermost, so it records the status the client got, not the exception on its way to the handler.
app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
// CORS before the exception handler, so error responses carry its headers too and a browser can read them.
app.UseCors();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapOpenApi().AllowAnonymous();
app.MapPlatformMetrics();
app.MapScalarApiReference("/docs", options => options.WithTitle("Platform API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
// Every create accepts Idempotency-Key: one filter for all endpoints, so new areas inherit it.
app.MapGroup("").WithIdempotentCreates().MapCarter();
app.Lifetime.ApplicationStarted.Register(() =>
    app.Logger.LogInformation("Platform is running: API docs at {DocsUrl}", $"{app.Urls.FirstOrDefault()?.TrimEnd('/')}/docs"));

await app.RunAsync();
return 0;

public partial class Program;
