using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Platform.Features.Identity;

namespace Platform.Tests.Identity;

public sealed partial class PasswordResetTests(PlatformFactory factory) : IClassFixture<PlatformFactory>
{
    private const string NewPassword = "an entirely new passphrase";

    [GeneratedRegex(@"token=([A-Za-z0-9_-]+)")]
    private static partial Regex TokenInLink();

    private async Task<string> RequestResetToken(HttpClient client, string email)
    {
        await (await client.PostAsJsonAsync("/api/auth/forgot-password", new { email })).EnsureStatus(HttpStatusCode.Accepted);
        var body = await factory.LatestMailAsync(email);
        return TokenInLink().Match(body!).Groups[1].Value;
    }

    [Fact]
    public async Task Forgot_password_answers_alike_for_unknown_accounts_and_sends_nothing()
    {
        using var client = factory.CreateClient();
        var unknown = TestUsers.NewEmail();

        var response = await client.PostAsJsonAsync("/api/auth/forgot-password", new { email = unknown });

        await response.EnsureStatus(HttpStatusCode.Accepted);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Null(await factory.LatestMailAsync(unknown));
    }

    [Fact]
    public async Task Reset_sets_the_new_password_once_and_signs_out_every_session()
    {
        var email = TestUsers.NewEmail();
        var signedIn = await factory.RegisterAsync(email);
        using var client = factory.CreateClient();
        var token = await RequestResetToken(client, email);

        var reset = await client.PostAsJsonAsync("/api/auth/reset-password", new { token, newPassword = NewPassword });
        var replay = await client.PostAsJsonAsync("/api/auth/reset-password", new { token, newPassword = "yet another passphrase" });

        await reset.EnsureStatus(HttpStatusCode.NoContent);
        await replay.ProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PostAsJsonAsync("/api/auth/login", new { email, password = TestUsers.Password })).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await client.PostAsJsonAsync("/api/auth/login", new { email, password = NewPassword })).EnsureStatus(HttpStatusCode.OK);
        await (await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = signedIn.RefreshToken })).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Reset_refuses_a_forged_token_and_a_weak_password()
    {
        var email = TestUsers.NewEmail();
        await factory.RegisterAsync(email);
        using var client = factory.CreateClient();
        var token = await RequestResetToken(client, email);

        var forged = await client.PostAsJsonAsync("/api/auth/reset-password", new { token = token[..^2] + "xx", newPassword = NewPassword });
        var weak = await client.PostAsJsonAsync("/api/auth/reset-password", new { token, newPassword = "password" });
        var stillValid = await client.PostAsJsonAsync("/api/auth/reset-password", new { token, newPassword = NewPassword });

        await forged.ProblemAsync(HttpStatusCode.BadRequest);
        var problem = await weak.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("newPassword", out _));
        await stillValid.EnsureStatus(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Reset_tokens_expire()
    {
        await using var shortLived = await new PlatformFactory().With("Platform:Auth:ResetTokenLifetime", "00:00:01").StartAsync();
        var email = TestUsers.NewEmail();
        await shortLived.RegisterAsync(email);
        using var client = shortLived.CreateClient();
        await (await client.PostAsJsonAsync("/api/auth/forgot-password", new { email })).EnsureStatus(HttpStatusCode.Accepted);
        var body = (await shortLived.LatestMailAsync(email))!;
        await Task.Delay(1500);

        var reset = await client.PostAsJsonAsync("/api/auth/reset-password", new { token = TokenInLink().Match(body).Groups[1].Value, newPassword = NewPassword });

        await reset.ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Change_password_needs_the_current_one_and_signs_out_other_sessions()
    {
        var signedIn = await factory.RegisterAsync();
        using var client = factory.CreateClient(signedIn.AccessToken);

        var wrong = await client.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = "not it at all", newPassword = NewPassword });
        var changed = await client.PostAsJsonAsync("/api/auth/change-password", new { currentPassword = TestUsers.Password, newPassword = NewPassword });

        var wrongProblem = await wrong.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(wrongProblem.GetProperty("errors").TryGetProperty("currentPassword", out _));
        var fresh = (await changed.JsonAsync()).Deserialize<AuthResponse>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        using var anonymous = factory.CreateClient();
        await (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = signedIn.RefreshToken })).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = fresh.RefreshToken })).EnsureStatus(HttpStatusCode.OK);
        await (await anonymous.PostAsJsonAsync("/api/auth/login", new { email = signedIn.User.Email, password = NewPassword })).EnsureStatus(HttpStatusCode.OK);
    }
}
