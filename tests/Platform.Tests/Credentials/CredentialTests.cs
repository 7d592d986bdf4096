using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Platform.Tests.Datasets;

namespace Platform.Tests.Credentials;

/// <summary>
/// Provider keys kept encrypted, checked with the provider, and choosing the model that answers: a person's own, else
/// their organisation's default, else the server's (none here). The provider is a loopback OpenAI-compatible stub.
/// </summary>
public sealed class CredentialTests(CredentialTests.Provider provider) : IClassFixture<CredentialTests.Provider>
{
    private const string Key = "sk-test-4f1c9a7e2b7d4c1a9e3f";
    private readonly OpenAiStub _provider = provider.Stub;
    private readonly PlatformFactory _factory = provider.Factory;

    /// <summary>The provider stub, accepting <see cref="Key"/> only, and a service allowed to call it on loopback.</summary>
    public sealed class Provider : IAsyncLifetime
    {
        public OpenAiStub Stub { get; private set; } = null!;
        public PlatformFactory Factory { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Stub = await OpenAiStub.StartAsync();
            Stub.AcceptedKey = Key;
            Factory = await new PlatformFactory().With("Platform:Outbound:AllowedHosts:0", "127.0.0.1").StartAsync();
        }

        public async Task DisposeAsync()
        {
            await Factory.DisposeAsync();
            await Stub.DisposeAsync();
        }
    }

    private async Task<JsonElement> CreateAsync(Person person, object? organizationId = null, string apiKey = Key, string name = "My key") =>
        await (await person.Client.PostAsJsonAsync("/api/credentials",
            new { name, provider = "openai", baseUrl = _provider.BaseUrl, apiKey, defaultModel = "stub-model", organizationId })).JsonAsync(HttpStatusCode.Created);

    private static async Task<JsonElement> AskAsync(Person person, Guid dataset) =>
        await (await person.Client.PostAsJsonAsync("/api/query/nl", new { datasetId = dataset, question = "how many rows are there?" })).JsonAsync();

    private async Task<Guid> StocksAsync(Person person) =>
        (await (await person.Client.UploadSharedAsync("stocks.csv")).JsonAsync(HttpStatusCode.Created)).Id();

    [Fact]
    public async Task A_key_is_stored_encrypted_shown_masked_and_never_returned()
    {
        var person = await Person.RegisterAsync(_factory);

        var created = await CreateAsync(person);
        Assert.Equal("****9e3f", created.GetProperty("apiKey").GetString());
        Assert.True(created.GetProperty("isDefault").GetBoolean());
        var id = created.Id();
        var read = await (await person.Client.GetAsync($"/api/credentials/{id}")).Content.ReadAsStringAsync();
        var listed = await (await person.Client.GetAsync("/api/credentials")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(Key, read + listed);
        Assert.Contains(id.ToString(), listed);

        await using var db = new NpgsqlConnection(_factory.ConnectionString);
        await db.OpenAsync();
        await using var stored = new NpgsqlCommand("select data::text from platform.mt_doc_credential where id = @id", db) { Parameters = { new("id", id) } };
        var document = (string)(await stored.ExecuteScalarAsync())!;
        Assert.DoesNotContain(Key, document);
        Assert.DoesNotContain("4f1c9a7e", document);
        // The key ring beside it is encrypted too: a copy of the database alone decrypts nothing.
        await using var ring = new NpgsqlCommand("select string_agg(data::text, '') from platform.mt_doc_dataprotectionkey", db);
        var keys = (string)(await ring.ExecuteScalarAsync())!;
        Assert.Contains("encryptedKey", keys);
        Assert.DoesNotContain("masterKey", keys);
    }

    [Fact]
    public async Task Verify_asks_the_provider_and_tells_a_refused_key_apart()
    {
        var person = await Person.RegisterAsync(_factory);
        var good = (await CreateAsync(person)).Id();
        var bad = (await CreateAsync(person, apiKey: "sk-wrong-0000000000", name: "Old key")).Id();

        var accepted = await (await person.Client.PostAsync($"/api/credentials/{good}/verify", null)).JsonAsync();
        Assert.True(accepted.GetProperty("valid").GetBoolean());
        Assert.Equal(["stub-embedder", "stub-model"], accepted.GetProperty("models").EnumerateArray().Select(m => m.GetString()));
        var refused = await (await person.Client.PostAsync($"/api/credentials/{bad}/verify", null)).JsonAsync();
        Assert.False(refused.GetProperty("valid").GetBoolean());
        Assert.Contains("refused the key (401)", refused.GetProperty("error").GetString());
        var kept = await (await person.Client.GetAsync($"/api/credentials/{bad}")).JsonAsync();
        Assert.False(kept.GetProperty("lastCheck").GetProperty("valid").GetBoolean());

        // A new key clears the old check; with it the provider accepts.
        var rekeyed = await (await person.Client.PatchAsJsonAsync($"/api/credentials/{bad}", new { apiKey = Key })).JsonAsync();
        Assert.Equal(JsonValueKind.Null, rekeyed.GetProperty("lastCheck").ValueKind);
        Assert.True((await (await person.Client.PostAsync($"/api/credentials/{bad}/verify", null)).JsonAsync()).GetProperty("valid").GetBoolean());
    }

    [Fact]
    public async Task A_persons_default_credential_answers_their_questions_and_each_call_is_counted()
    {
        var person = await Person.RegisterAsync(_factory);
        var stocks = await StocksAsync(person);
        var withoutModel = await AskAsync(person, stocks);
        Assert.Equal("builtin", withoutModel.GetProperty("engine").GetString());

        var credential = (await CreateAsync(person)).Id();
        var table = (await (await person.Client.GetAsync($"/api/datasets/{stocks}")).JsonAsync()).GetProperty("tableName").GetString();
        _provider.Reply($"select count(*) as n from {table}");
        var answer = await AskAsync(person, stocks);

        Assert.Equal("stub-model", answer.GetProperty("engine").GetString());
        Assert.Equal(560, answer.GetProperty("rows")[0][0].GetInt64());
        Assert.Equal($"Bearer {Key}", _provider.Authorizations[^1]);
        var usage = await (await person.Client.GetAsync($"/api/credentials/{credential}/usage")).JsonAsync();
        Assert.Equal(1, usage.GetProperty("calls").GetInt64());
        Assert.Equal(10, usage.GetProperty("inputTokens").GetInt64());
        Assert.Equal(10, usage.GetProperty("outputTokens").GetInt64());
        Assert.Single(usage.GetProperty("byDay").EnumerateArray());

        // No longer the default: the built-in engine answers again.
        await (await person.Client.PatchAsJsonAsync($"/api/credentials/{credential}", new { isDefault = false })).EnsureStatus(HttpStatusCode.OK);
        Assert.Equal("builtin", (await AskAsync(person, stocks)).GetProperty("engine").GetString());
        await (await person.Client.GetAsync($"/api/credentials/{credential}/usage?days=0")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_organisations_default_answers_members_without_their_own_and_only_its_admins_manage_it()
    {
        var owner = await Person.RegisterAsync(_factory);
        var member = await Person.RegisterAsync(_factory);
        var outsider = await Person.RegisterAsync(_factory);
        var organization = (await (await owner.Client.PostAsJsonAsync("/api/organizations", new { name = "Acme" })).JsonAsync(HttpStatusCode.Created)).Id();
        await (await owner.Client.PostAsJsonAsync($"/api/organizations/{organization}/members", new { email = member.Email, role = "member" })).EnsureStatus(HttpStatusCode.Created);
        var personal = (await CreateAsync(owner, name: "Mine")).Id();
        var shared = await CreateAsync(owner, organization, name: "Acme key");
        Assert.False(shared.GetProperty("isDefault").GetBoolean());
        var sharedId = shared.Id();

        await (await owner.Client.PutAsJsonAsync($"/api/organizations/{organization}/default-credential", new { credentialId = personal })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await member.Client.PutAsJsonAsync($"/api/organizations/{organization}/default-credential", new { credentialId = sharedId })).ProblemAsync(HttpStatusCode.Forbidden);
        await (await outsider.Client.PutAsJsonAsync($"/api/organizations/{organization}/default-credential", new { credentialId = sharedId })).ProblemAsync(HttpStatusCode.NotFound);
        var set = await (await owner.Client.PutAsJsonAsync($"/api/organizations/{organization}/default-credential", new { credentialId = sharedId })).JsonAsync();
        Assert.True(set.GetProperty("isOrganizationDefault").GetBoolean());

        var stocks = await StocksAsync(member);
        var table = (await (await member.Client.GetAsync($"/api/datasets/{stocks}")).JsonAsync()).GetProperty("tableName").GetString();
        _provider.Reply($"select count(*) as n from {table}");
        Assert.Equal("stub-model", (await AskAsync(member, stocks)).GetProperty("engine").GetString());
        Assert.Equal(1, (await (await owner.Client.GetAsync($"/api/credentials/{sharedId}/usage")).JsonAsync()).GetProperty("calls").GetInt64());

        // Members use it but do not see or change it; outsiders do not learn it exists; a personal one is its owner's alone.
        await (await member.Client.GetAsync($"/api/credentials/{sharedId}")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.PostAsync($"/api/credentials/{sharedId}/verify", null)).ProblemAsync(HttpStatusCode.Forbidden);
        await (await member.Client.GetAsync($"/api/credentials?organizationId={organization}")).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.DoesNotContain(sharedId.ToString(), await (await member.Client.GetAsync("/api/credentials")).Content.ReadAsStringAsync());
        await (await outsider.Client.GetAsync($"/api/credentials/{sharedId}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await outsider.Client.DeleteAsync($"/api/credentials/{sharedId}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await member.Client.GetAsync($"/api/credentials/{personal}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await member.Client.PostAsJsonAsync("/api/credentials", new { name = "x", provider = "openai", organizationId = organization })).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains(sharedId.ToString(), await (await owner.Client.GetAsync("/api/credentials")).Content.ReadAsStringAsync());

        // The organisation keeps its credentials until they are deleted; deleting its default clears the default.
        await (await owner.Client.DeleteAsync($"/api/organizations/{organization}")).ProblemAsync(HttpStatusCode.Conflict);
        await (await owner.Client.DeleteAsync($"/api/credentials/{sharedId}")).EnsureStatus(HttpStatusCode.NoContent);
        await (await owner.Client.GetAsync($"/api/credentials/{sharedId}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("builtin", (await AskAsync(member, stocks)).GetProperty("engine").GetString());
        await (await owner.Client.DeleteAsync($"/api/organizations/{organization}/default-credential")).EnsureStatus(HttpStatusCode.NoContent);
        await (await owner.Client.DeleteAsync($"/api/organizations/{organization}")).EnsureStatus(HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("http://169.254.169.254/v1")]
    [InlineData("http://localhost:11434/v1")]
    [InlineData("http://[::ffff:10.0.0.1]/v1")]
    [InlineData("http://192.168.1.10/v1")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public async Task Internal_and_odd_base_urls_are_refused(string baseUrl)
    {
        var person = await Person.RegisterAsync(_factory);
        var problem = await (await person.Client.PostAsJsonAsync("/api/credentials", new { name = "Inside", provider = "openai", baseUrl, apiKey = Key })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("baseUrl", problem.GetRawText());
    }

    [Fact]
    public async Task A_name_that_resolves_to_an_internal_address_is_refused_when_connecting()
    {
        var host = System.Net.Dns.GetHostName();
        Assert.All(System.Net.Dns.GetHostAddresses(host), a => Assert.True(Platform.Features.Common.OutboundHttp.IsInternal(a), $"{host} resolves to {a} here."));
        var person = await Person.RegisterAsync(_factory);
        var port = new Uri(_provider.BaseUrl).Port;
        var credential = await (await person.Client.PostAsJsonAsync("/api/credentials",
            new { name = "Sneaky", provider = "openai", baseUrl = $"http://{host}:{port}/v1", apiKey = Key })).JsonAsync(HttpStatusCode.Created);

        var check = await (await person.Client.PostAsync($"/api/credentials/{credential.Id()}/verify", null)).JsonAsync();

        Assert.False(check.GetProperty("valid").GetBoolean());
        Assert.Contains("internal address", check.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Bad_and_oversized_input_is_a_400_and_leaves_nothing()
    {
        var person = await Person.RegisterAsync(_factory);
        var cases = new object[]
        {
            new { name = "", provider = "openai" },
            new { name = new string('n', 101), provider = "openai" },
            new { name = "x", provider = "anthropic" },
            new { name = "x", provider = "openai", apiKey = new string('k', 1001) },
            new { name = "x", provider = "openai", apiKey = "sk-\u0000" },
            new { name = "x", provider = "openai", defaultModel = new string('m', 201) },
            new { name = "x", provider = "openai", organizationId = Guid.NewGuid(), isDefault = true },
        };
        foreach (var body in cases) await (await person.Client.PostAsJsonAsync("/api/credentials", body)).ProblemAsync(HttpStatusCode.BadRequest);
        await (await person.Client.PostAsJsonAsync("/api/credentials", new { name = "x", provider = "openai", organizationId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await (await person.Client.GetAsync("/api/credentials")).JsonAsync()).GetArrayLength());
        await (await person.Client.PatchAsJsonAsync($"/api/credentials/{Guid.NewGuid()}", new { name = "y" })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Deleting_an_account_deletes_its_personal_credentials()
    {
        var person = await Person.RegisterAsync(_factory);
        var credential = (await CreateAsync(person)).Id();
        using var admin = _factory.CreateClient((await _factory.AdminAsync()).AccessToken);
        var check = await (await admin.GetAsync($"/api/admin/users/{person.Id}/check-delete")).Content.ReadAsStringAsync();
        Assert.Contains("personal credentials", check);

        await (await admin.DeleteAsync($"/api/admin/users/{person.Id}")).EnsureStatus(HttpStatusCode.NoContent);

        await using var db = new NpgsqlConnection(_factory.ConnectionString);
        await db.OpenAsync();
        await using var count = new NpgsqlCommand("select count(*) from platform.mt_doc_credential where id = @id", db) { Parameters = { new("id", credential) } };
        Assert.Equal(0L, await count.ExecuteScalarAsync());
    }
}
