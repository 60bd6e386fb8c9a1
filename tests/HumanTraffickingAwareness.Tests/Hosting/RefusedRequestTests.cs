using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Hosting;

/// <summary>Even a request the site refuses before any page runs is answered with the hotline, in the address's
/// language.</summary>
[Trait("Suite", "InProcess")]
public sealed class RefusedRequestTests(RepositorySite site) : IClassFixture<RepositorySite>
{
    [Theory]
    [InlineData("POST", "/learn", 405, "If you need help now")]
    [InlineData("DELETE", "/es/learn", 405, "Si necesita ayuda")]
    [InlineData("GET", "/learn?q=", 414, "If you need help now")]
    public async Task A_refused_request_still_gives_the_hotline(string method, string url, int status, string sentence)
    {
        var address = url.EndsWith('=') ? url + new string('x', 3000) : url;
        using var request = new HttpRequestMessage(new HttpMethod(method), address);

        var response = await site.CreatePlainClient().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains(sentence, body);
        Assert.Contains("1-888-373-7888", body);
        Assert.Contains("911", body);
    }
}
