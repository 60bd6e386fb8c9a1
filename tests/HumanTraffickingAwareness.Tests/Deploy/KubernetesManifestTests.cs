using YamlDotNet.RepresentationModel;
using HumanTraffickingAwareness.Tests.Infrastructure;

namespace HumanTraffickingAwareness.Tests.Deploy;

/// <summary>
/// deploy/kubernetes.yml against the site's own answers: a pod whose content cannot load keeps running (its pages
/// still give the hotline) but gets no readers, and the pod passes the restricted Pod Security Standard. The manifest
/// is also validated against the Kubernetes API schema by .ci/run (.ci/validate-kubernetes.js).
/// </summary>
[Trait("Suite", "InProcess")]
public sealed class KubernetesManifestTests
{
    private static readonly YamlMappingNode Pod = ReadPodTemplate();

    private static YamlMappingNode Container => (YamlMappingNode)((YamlSequenceNode)Pod["containers"])[0];

    private static string ProbePath(string probe) =>
        ((YamlScalarNode)((YamlMappingNode)((YamlMappingNode)Container[probe])["httpGet"])["path"]).Value!;

    [Fact]
    public async Task A_pod_without_content_is_kept_alive_and_taken_out_of_service_not_restarted()
    {
        using var empty = new TempContent(copyRepositoryContent: false);
        using var site = new SiteFactory(empty.Root);
        var client = site.CreatePlainClient();

        Assert.Equal(200, (int)(await client.GetAsync(ProbePath("livenessProbe"))).StatusCode);
        Assert.Equal(503, (int)(await client.GetAsync(ProbePath("readinessProbe"))).StatusCode);
    }

    [Fact]
    public async Task A_pod_with_content_is_alive_and_ready()
    {
        using var site = new SiteFactory();
        var client = site.CreatePlainClient();

        Assert.Equal(200, (int)(await client.GetAsync(ProbePath("livenessProbe"))).StatusCode);
        Assert.Equal(200, (int)(await client.GetAsync(ProbePath("readinessProbe"))).StatusCode);
    }

    [Fact]
    public void The_pod_meets_the_restricted_pod_security_standard()
    {
        var pod = (YamlMappingNode)Pod["securityContext"];
        var container = (YamlMappingNode)Container["securityContext"];

        Assert.Equal("true", ((YamlScalarNode)pod["runAsNonRoot"]).Value);
        Assert.Equal("RuntimeDefault", ((YamlScalarNode)((YamlMappingNode)pod["seccompProfile"])["type"]).Value);
        Assert.Equal("false", ((YamlScalarNode)container["allowPrivilegeEscalation"]).Value);
        Assert.Equal("ALL",
            ((YamlScalarNode)((YamlSequenceNode)((YamlMappingNode)container["capabilities"])["drop"])[0]).Value);
    }

    private static YamlMappingNode ReadPodTemplate()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(TempContent.RepositoryRoot, "deploy",
            "kubernetes.yml"))));
        var deployment = yaml.Documents.Select(d => (YamlMappingNode)d.RootNode)
            .Single(d => ((YamlScalarNode)d["kind"]).Value == "Deployment");
        return (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)deployment["spec"])["template"])["spec"];
    }
}
